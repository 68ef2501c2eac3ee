#pragma once

#include "Status.h"
#include "domain/Access.h"
#include "pages/Page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace metodist {

// «Пользователи»: the administrator's page of a shared registry on a server —
// who works in it and in what role, a methodist's login linked to their
// record. The server keeps the users (its roles) and their passwords; the
// page asks core (AccessWriter) for every change, as `metodist-cli user` does.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(Database *db) override;

protected:
    void reloadData() override;

private:
    void addUser();
    void changeRole();
    void removeUser();
    void updateButtons();
    // After a change of users: its refusal shown, or the list read again.
    void applied(const Status &status, const QString &title, const QString &login, StaffRole role);
    QString selectedLogin() const;
    // Asks for a role (and a methodist for one); false when cancelled.
    bool askRole(const QString &title, StaffRole *role, qint64 *methodistId, StaffRole current, qint64 currentMethodist);

    Database *m_db = nullptr;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_remove;
    QList<StaffAccount> m_accounts;
};

} // namespace metodist
