#include <catch2/catch.hpp>

#include "domain/SearchKey.h"

using metodist::searchKey;

TEST_CASE("search key folds Cyrillic case", "[search]")
{
    CHECK(searchKey(u"ИВАНОВ") == QStringLiteral("иванов"));
    CHECK(searchKey(u"Иванов") == searchKey(u"иВАНОВ"));
    CHECK(searchKey(u"Щукина Юлия") == QStringLiteral("щукина юлия"));
}

TEST_CASE("search key treats ё as е", "[search]")
{
    CHECK(searchKey(u"Пётр") == QStringLiteral("петр"));
    CHECK(searchKey(u"ЁЛКИН Семён") == QStringLiteral("елкин семен"));
    // A decomposed ё (е + combining diaeresis) is the same letter.
    CHECK(searchKey(QStringLiteral("Пе\u0308тр")) == QStringLiteral("петр"));
    CHECK(searchKey(u"Петр") == searchKey(u"Пётр"));
}

TEST_CASE("search key collapses whitespace", "[search]")
{
    CHECK(searchKey(u"  Иванов \t Иван\n Иванович  ") == QStringLiteral("иванов иван иванович"));
    CHECK(searchKey(QStringLiteral("Иванов\u00A0Иван")) == QStringLiteral("иванов иван"));
    CHECK(searchKey(u"   ").isEmpty());
}

TEST_CASE("search key keeps hyphenated surnames together", "[search]")
{
    CHECK(searchKey(u"Петрова-Водкина") == QStringLiteral("петрова-водкина"));
    CHECK(searchKey(u"Петрова - Водкина") == QStringLiteral("петрова-водкина"));
    CHECK(searchKey(QStringLiteral("Петрова\u2013Водкина")) == QStringLiteral("петрова-водкина"));
    CHECK(searchKey(QStringLiteral("Петрова \u2014 Водкина Анна")) == QStringLiteral("петрова-водкина анна"));
}

TEST_CASE("search key of name parts skips empty parts", "[search]")
{
    CHECK(searchKey({u"Фёдоров", u"Семён", u""}) == QStringLiteral("федоров семен"));
    CHECK(searchKey({u"Фёдоров", u" ", u"Ильич"}) == QStringLiteral("федоров ильич"));
}

TEST_CASE("search key leaves Latin and digits readable", "[search]")
{
    CHECK(searchKey(u"School № 5 MAOU") == QStringLiteral("school № 5 maou"));
}
