#pragma once

#include "Status.h"
#include "services/EditConflict.h"

#include <QDialog>

#include <functional>

namespace metodist {

// Says that the record an editor is saving was changed (or deleted) by
// someone else after the editor opened it, shows the two versions side by
// side — only the fields that differ, the ones changed elsewhere marked — and
// asks what to do. Nothing has been written when it is shown.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        KeepEditing, // back to the editor, nothing saved
        Overwrite,   // save the editor's version anyway (again as a new record when deleted)
        TakeStored,  // the stored version in the editor (or, when deleted, close it)
    };

    // `record` names the record for the user: a person's name, an event's title.
    ConflictDialog(const QString &record, const QList<FieldDifference> &differences, bool deleted,
                   QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

    static Choice ask(QWidget *parent, const QString &record, const QList<FieldDifference> &differences,
                      bool deleted);

private:
    Choice m_choice = Choice::KeepEditing;
};

// The OK of an editor whose record someone else may change while it is open.
// Saves through `save` (a core call that refuses to undo a change made
// elsewhere); on a conflict asks the user, and overwrites, or shows the stored
// version in the form through `show` (it becomes the version loaded), or
// goes back to editing. Returns true when saved (the editor may close; `id`
// gets the record's id); false when the editor stays open, with `error` set
// when the save failed, or when it was closed without saving (a record
// deleted elsewhere whose changes the user discarded).
template<typename T>
bool commitChecked(QDialog *editor, const QString &record, T &loaded, const T &edited,
                   const std::function<Result<SaveOutcome<T>>(const T &loaded, const T &edited, SaveMode mode)> &save,
                   const std::function<void(const T &stored)> &show, qint64 *id, QString *error)
{
    error->clear();
    auto outcome = save(loaded, edited, SaveMode::UnlessChangedElsewhere);
    if (outcome && !outcome.value().isSaved()) {
        const EditConflict<T> conflict = outcome.value().conflict();
        switch (ConflictDialog::ask(editor, record, conflict.differences, conflict.deleted())) {
        case ConflictDialog::Choice::KeepEditing:
            return false;
        case ConflictDialog::Choice::TakeStored:
            if (conflict.deleted()) {
                editor->reject();
                return false;
            }
            loaded = *conflict.stored;
            show(loaded);
            return false;
        case ConflictDialog::Choice::Overwrite:
            outcome = save(loaded, edited, SaveMode::Overwrite);
            break;
        }
    }
    if (!outcome) {
        *error = outcome.message();
        return false;
    }
    if (id)
        *id = outcome.value().id();
    return true;
}

} // namespace metodist
