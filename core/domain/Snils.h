#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace metodist {

// СНИЛС, the personal insurance account number: nine digits and a two-digit
// check number. A Snils always holds a well-formed number; an empty cell is
// not a СНИЛС, so callers check isBlank() first and treat blank as "absent".
class Snils
{
    Q_DECLARE_TR_FUNCTIONS(Snils)

public:
    // Accepts "112-233-445 95", "112-233-445-95", "112 233 445 95" and
    // "11223344595", with surrounding whitespace. Spaces (including no-break
    // spaces) and hyphens/dashes between the digits are ignored; anything
    // else, a digit count other than 11 or a wrong check number is an error.
    static Result<Snils> parse(QStringView text);

    // True for an empty or whitespace-only text.
    static bool isBlank(QStringView text);

    // The two check digits for the first nine digits ("112233445" → "95").
    // Returns an empty string when the argument is not exactly nine ASCII digits.
    static QString checkDigitsFor(QStringView nineDigits);

    // Numbers up to 001-001-998 were issued before the check number existed:
    // their check digits are not validated. False unless nine ASCII digits.
    static bool isExemptFromCheck(QStringView nineDigits);

    // "11223344595": the form storage keeps.
    // Stored digits as people write them ("112-233-445 95"); anything that is
    // not a СНИЛС comes back as it is.
    static QString format(const QString &digits);

    QString digits() const { return m_digits; }
    // "112-233-445 95": the form people read.
    QString formatted() const;

    friend bool operator==(const Snils &, const Snils &) = default;

private:
    explicit Snils(QString digits) : m_digits(std::move(digits)) {}

    QString m_digits;
};

} // namespace metodist
