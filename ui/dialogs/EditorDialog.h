#pragma once

#include "dialogs/ConflictDialog.h"

#include <QDialog>
#include <QMessageBox>

#include <functional>

namespace metodist {

// An editor of one record whose OK can save it before the editor closes, so
// that a save refused (someone else changed the record, an error) leaves the
// user's work open. Without a commit OK simply accepts: the caller saves.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    // Run by OK; the editor stays open when it returns false.
    void setCommit(std::function<bool()> commit) { m_commit = std::move(commit); }

    // OK saves `edited()` over `loaded` (the version the caller read and
    // showed) through `save`, a checked save in core: a conflict is put to
    // the user (commitChecked), an error is shown over the editor. `show`
    // fills the form with a stored version the user takes; `id` gets the
    // saved record's id. `loaded` must outlive the editor's exec().
    template<typename T>
    void commitChecked(T &loaded, std::function<QString()> record, std::function<T()> edited,
                       std::function<Result<SaveOutcome<T>>(const T &, const T &, SaveMode)> save,
                       std::function<void(const T &)> show, qint64 *id = nullptr)
    {
        setCommit([this, &loaded, record = std::move(record), edited = std::move(edited), save = std::move(save),
                   show = std::move(show), id] {
            QString error;
            const bool saved = metodist::commitChecked<T>(this, record(), loaded, edited(), save, show, id, &error);
            if (!error.isEmpty())
                QMessageBox::warning(this, windowTitle(), error);
            return saved;
        });
    }

    void accept() override
    {
        if (m_commit && !m_commit())
            return;
        QDialog::accept();
    }

private:
    std::function<bool()> m_commit;
};

} // namespace metodist
