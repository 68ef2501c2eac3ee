#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace metodist {

// How long a stored text may be and what it may hold, by what it is. The
// same rules apply to the editors, the imports and the repositories, so a
// hostile file cannot store what a person could not type: a surname of five
// million letters, a NUL, or a control character that a printed list or a
// spreadsheet would show as garbage.
enum class TextKind {
    Name,  // surname, first name, patronymic: 100 characters, one line
    Line,  // position, a dictionary entry, a code: 300 characters, one line
    Title, // an organisation, a programme, an event: 500 characters, one line
    Note,  // notes, results, descriptions: 4 000 characters, line breaks allowed
};

// A text of a record with what it is and its field's name as the user sees
// it (translated by the caller), for TextRules::firstProblem.
struct TextField
{
    QStringView text;
    TextKind kind;
    QString name;
};

class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    static int maxLength(TextKind kind);
    // Empty when the text is acceptable; otherwise a readable sentence
    // without the field's name (the caller says which field).
    static QString problem(QStringView text, TextKind kind);
    // The first field that breaks its rules, as «Field: sentence»; empty when
    // every field keeps them. For the saves of records of several texts.
    static QString firstProblem(std::initializer_list<TextField> fields);
};

} // namespace metodist
