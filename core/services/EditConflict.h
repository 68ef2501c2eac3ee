#pragma once

#include "Status.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace metodist {

// One field of a record as an editor shows it: its name, the value compared
// and the value as the user reads it (names for ids, dates as dd.MM.yyyy).
struct RecordField
{
    QString label;
    QVariant value;
    QString text;
};
using RecordFields = QList<RecordField>;

// A field that the save would write differently from what is stored now.
struct FieldDifference
{
    QString label;
    QString yours;  // what the editor would save
    QString stored; // what is stored now
    // Someone else changed it since the editor read the record.
    bool changedElsewhere = false;
};

// Someone else changed (or deleted) the record since the editor read it, and
// the save would undo that. Nothing was written.
template<typename T>
struct EditConflict
{
    std::optional<T> stored; // the record as stored now; nothing when it was deleted
    // Every field where the editor's version and the stored one differ, the
    // ones changed elsewhere marked; empty when the record was deleted.
    QList<FieldDifference> differences;
    bool deleted() const { return !stored.has_value(); }
};

enum class SaveMode {
    // Refused with a conflict when the record changed elsewhere since it was read.
    UnlessChangedElsewhere,
    // The editor's version over whatever is stored; a record deleted
    // meanwhile comes back as a new one where that makes sense.
    Overwrite,
};

// The end of a checked save: the record's id, or the conflict that stopped it.
template<typename T>
class SaveOutcome
{
public:
    static SaveOutcome saved(qint64 id)
    {
        SaveOutcome outcome;
        outcome.m_id = id;
        return outcome;
    }
    static SaveOutcome conflicted(EditConflict<T> conflict)
    {
        SaveOutcome outcome;
        outcome.m_conflict = std::move(conflict);
        return outcome;
    }
    bool isSaved() const { return !m_conflict; }
    qint64 id() const { return m_id; }
    const EditConflict<T> &conflict() const { return *m_conflict; }

private:
    SaveOutcome() = default;
    qint64 m_id = 0;
    std::optional<EditConflict<T>> m_conflict;
};

// The fields where `edited` and `stored` differ, when at least one field
// changed elsewhere since `loaded` was read is among them (the save would
// undo someone's change); empty when the save undoes nothing. The three lists
// hold the same fields in the same order.
QList<FieldDifference> conflictingFields(const RecordFields &loaded, const RecordFields &edited,
                                         const RecordFields &stored);

// How one kind of record is read, shown and written by saveChecked().
template<typename T>
struct CheckedSave
{
    // Completes the edited record inside the transaction, before it is
    // compared (an organisation typed by name found or created); optional.
    std::function<Status(T &edited)> prepare;
    // The record as stored now; nothing when it no longer exists.
    std::function<Result<std::optional<T>>()> readStored;
    // The fields an editor shows, in its order (names looked up).
    std::function<Result<RecordFields>(const T &)> fields;
    // Writes the edited record over the stored one, or, when it was deleted
    // (stored is empty), as a new one or a refusal; returns its id.
    std::function<Result<qint64>(const T &edited, const std::optional<T> &stored)> write;
};

// The save of an editor that read `loaded` and made `edited` of it. In one
// write transaction the stored record is read again and compared with
// `loaded` field by field: when someone else changed or deleted it and the
// save would undo that, nothing is written and the conflict comes back with
// the stored version — unless `mode` says to overwrite.
template<typename T>
Result<SaveOutcome<T>> saveChecked(Database &db, const T &loaded, const T &edited, SaveMode mode,
                                   const CheckedSave<T> &how)
{
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    T completed = edited;
    if (how.prepare)
        if (Status prepared = how.prepare(completed); !prepared)
            return prepared;
    auto stored = how.readStored();
    if (!stored)
        return stored.status();
    if (mode == SaveMode::UnlessChangedElsewhere) {
        EditConflict<T> conflict;
        conflict.stored = stored.value();
        if (conflict.deleted())
            return SaveOutcome<T>::conflicted(std::move(conflict));
        const auto before = how.fields(loaded);
        const auto mine = how.fields(completed);
        const auto now = how.fields(*conflict.stored);
        for (const auto *fields : {&before, &mine, &now})
            if (!*fields)
                return fields->status();
        conflict.differences = conflictingFields(before.value(), mine.value(), now.value());
        if (!conflict.differences.isEmpty())
            return SaveOutcome<T>::conflicted(std::move(conflict));
    }
    auto id = how.write(completed, stored.value());
    if (!id)
        return id.status();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return SaveOutcome<T>::saved(id.value());
}

} // namespace metodist
