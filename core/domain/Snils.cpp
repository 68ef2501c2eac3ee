#include "domain/Snils.h"

#include "domain/SearchKey.h"

namespace metodist {

namespace {

constexpr qsizetype DigitCount = 11;
constexpr qsizetype NumberLength = 9;
// The last number issued without a check number: 001-001-998.
constexpr int LastExemptNumber = 1001998;

bool isSeparator(QChar c)
{
    return c == u' ' || c.unicode() == 0x00A0 /* no-break space */ || isDash(c);
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Result<Snils> Snils::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("The СНИЛС is empty."));

    QString digits;
    digits.reserve(DigitCount);
    for (QChar c : trimmed) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!isSeparator(c))
            return Status::failure(tr("The СНИЛС «%1» may contain only digits, spaces and hyphens.")
                                       .arg(trimmed));
    }
    if (digits.size() != DigitCount)
        return Status::failure(tr("The СНИЛС «%1» must have 11 digits.").arg(trimmed));

    const QStringView number = QStringView(digits).first(NumberLength);
    // The early numbers carry no check number, but nobody holds zero: it is
    // what a form filled with placeholders says.
    if (number.count(u'0') == NumberLength)
        return Status::failure(tr("The СНИЛС «%1» is made of zeros; no person has it.").arg(trimmed));
    if (!isExemptFromCheck(number)) {
        const QString expected = checkDigitsFor(number);
        if (QStringView(digits).last(2) != expected)
            return Status::failure(tr("The СНИЛС «%1» has a wrong check number: expected %2.")
                                       .arg(trimmed, expected));
    }
    return Snils(std::move(digits));
}

bool Snils::isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

QString Snils::checkDigitsFor(QStringView nineDigits)
{
    if (nineDigits.size() != NumberLength || !isAsciiDigits(nineDigits))
        return QString();

    int sum = 0;
    for (qsizetype i = 0; i < NumberLength; ++i)
        sum += (nineDigits[i].unicode() - u'0') * int(NumberLength - i);

    int check = sum;
    if (sum == 100 || sum == 101)
        check = 0;
    else if (sum > 101)
        check = sum % 101 == 100 ? 0 : sum % 101;
    return QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}

bool Snils::isExemptFromCheck(QStringView nineDigits)
{
    return nineDigits.size() == NumberLength && isAsciiDigits(nineDigits)
        && nineDigits.toInt() <= LastExemptNumber;
}

QString Snils::formatted() const
{
    const QStringView d(m_digits);
    return QStringLiteral("%1-%2-%3 %4").arg(d.sliced(0, 3), d.sliced(3, 3), d.sliced(6, 3), d.sliced(9, 2));
}

QString Snils::format(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    auto snils = parse(digits);
    return snils ? snils.value().formatted() : digits;
}

} // namespace metodist
