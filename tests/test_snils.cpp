#include <catch2/catch.hpp>

#include "domain/Snils.h"

using metodist::Snils;

TEST_CASE("СНИЛС check digits follow the weighted sum", "[snils]")
{
    // 1·9 + 1·8 + 2·7 + 2·6 + 3·5 + 3·4 + 4·3 + 4·2 + 5·1 = 95: below 100, used as is.
    CHECK(Snils::checkDigitsFor(u"112233445") == QStringLiteral("95"));
    // A sum of 9 is written with a leading zero.
    CHECK(Snils::checkDigitsFor(u"100000000") == QStringLiteral("09"));
    // 9·9 + 2·8 + 1·3 = 100 and 101 both give 00.
    CHECK(Snils::checkDigitsFor(u"920000100") == QStringLiteral("00"));
    CHECK(Snils::checkDigitsFor(u"920000101") == QStringLiteral("00"));
    // Above 101 the remainder of division by 101 is used: 165 % 101 = 64.
    CHECK(Snils::checkDigitsFor(u"123456789") == QStringLiteral("64"));
    // 405 % 101 = 1.
    CHECK(Snils::checkDigitsFor(u"999999999") == QStringLiteral("01"));
    // 9·9 + 9·8 + 6·7 + 1·6 = 201, 201 % 101 = 100, which becomes 00.
    CHECK(Snils::checkDigitsFor(u"996100000") == QStringLiteral("00"));
    // Not nine digits: no answer.
    CHECK(Snils::checkDigitsFor(u"12345678").isEmpty());
    CHECK(Snils::checkDigitsFor(u"12345678x").isEmpty());
}

TEST_CASE("a valid СНИЛС parses in every usual format", "[snils]")
{
    const auto expected = QStringLiteral("11223344595");
    for (const QString &text : {QStringLiteral("112-233-445 95"), QStringLiteral("11223344595"),
                                QStringLiteral("112 233 445 95"), QStringLiteral("112-233-445-95"),
                                QStringLiteral("  112-233-445 95\t"),
                                QStringLiteral("112\u00A0233\u00A0445\u00A095")}) {
        INFO(text.toStdString());
        const auto snils = Snils::parse(text);
        REQUIRE(snils.ok());
        CHECK(snils->digits() == expected);
        CHECK(snils->formatted() == QStringLiteral("112-233-445 95"));
    }
    CHECK(Snils::parse(u"112-233-445 95").value() == Snils::parse(u"11223344595").value());
    CHECK_FALSE(Snils::parse(u"123-456-789 64").value() == Snils::parse(u"11223344595").value());
}

TEST_CASE("a СНИЛС with a wrong check number is rejected", "[snils]")
{
    const auto snils = Snils::parse(u"112-233-445 96");
    REQUIRE_FALSE(snils.ok());
    CHECK(snils.message().contains(QStringLiteral("112-233-445 96")));
    CHECK(snils.message().contains(QStringLiteral("95")));

    CHECK(Snils::parse(u"123-456-789 64").ok());
    CHECK_FALSE(Snils::parse(u"123-456-789 46").ok());
    CHECK(Snils::parse(u"920-000-100 00").ok());
    CHECK(Snils::parse(u"920-000-101 00").ok());
    CHECK_FALSE(Snils::parse(u"920-000-101 01").ok());
    CHECK_FALSE(Snils::parse(u"920-000-101 100").ok());
    CHECK(Snils::parse(u"996-100-000 00").ok());
    CHECK(Snils::parse(u"999-999-999 01").ok());
}

TEST_CASE("old СНИЛС numbers up to 001-001-998 are not checked", "[snils]")
{
    CHECK(Snils::isExemptFromCheck(u"001001998"));
    CHECK(Snils::isExemptFromCheck(u"000000001"));
    CHECK_FALSE(Snils::isExemptFromCheck(u"001001999"));

    CHECK(Snils::parse(u"001-001-998 00").ok());
    CHECK(Snils::parse(u"001-001-998 77").ok());
    CHECK(Snils::parse(u"000-123-456 99").ok());
    // The first checked number: 1·7 + 1·4 + 9·3 + 9·2 + 9·1 = 65.
    CHECK(Snils::checkDigitsFor(u"001001999") == QStringLiteral("65"));
    CHECK(Snils::parse(u"001-001-999 65").ok());
    CHECK_FALSE(Snils::parse(u"001-001-999 00").ok());
}

TEST_CASE("a СНИЛС must have exactly 11 digits", "[snils]")
{
    for (const char16_t *text : {u"112-233-445 9", u"1122334459", u"112-233-445 955", u"1", u"---"}) {
        const auto snils = Snils::parse(text);
        REQUIRE_FALSE(snils.ok());
        CHECK(snils.message().contains(QStringLiteral("11")));
        CHECK(snils.message().contains(QString::fromUtf16(text)));
    }
}

TEST_CASE("a СНИЛС with letters or other signs is rejected", "[snils]")
{
    for (const char16_t *text : {u"112-233-445 9O", u"СНИЛС 112-233-445 95", u"112.233.445 95",
                                 u"112/233/445/95", u"112-233-445_95", u"+11223344595"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto snils = Snils::parse(text);
        REQUIRE_FALSE(snils.ok());
        CHECK(snils.message().contains(QString::fromUtf16(text)));
    }
}

TEST_CASE("a blank text is not a СНИЛС", "[snils]")
{
    CHECK(Snils::isBlank(u""));
    CHECK(Snils::isBlank(u"   \t "));
    CHECK(Snils::isBlank(QString()));
    CHECK_FALSE(Snils::isBlank(u" 1 "));
    CHECK_FALSE(Snils::parse(u"").ok());
    CHECK_FALSE(Snils::parse(u"   ").ok());
    CHECK_FALSE(Snils::parse(QString()).message().isEmpty());
}
