#include "pages/UsersPage.h"

#include "domain/AcademicYear.h"
#include "storage/AccessRepository.h"
#include "storage/MethodistRepository.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist {

UsersPage::UsersPage(QWidget *parent)
    : Page(parent)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("&Add user…"), this))
    , m_role(new QPushButton(tr("Change &role…"), this))
    , m_remove(new QPushButton(tr("Remove from the &registry"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_table->setObjectName(QStringLiteral("users"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_remove->setObjectName(QStringLiteral("removeUser"));
    m_note->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Role"), tr("Methodist")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_add, m_role, m_remove}) {
        buttons->addWidget(button);
        requireCapability(button, Capability::ManageUsers);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &UsersPage::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableWidget::doubleClicked, this, &UsersPage::changeRole);
    updateButtons();
}

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::setDatabase(Database *db)
{
    m_db = db;
    reloadData();
}

void UsersPage::reloadData()
{
    m_table->setRowCount(0);
    m_accounts.clear();
    if (!m_db || m_db->dialect() != Dialect::PostgreSQL) {
        m_note->setText(tr("Users and roles belong to a shared registry on a PostgreSQL server (File → Connect to a "
                           "server…). A file on this computer is one person's."));
        updateButtons();
        return;
    }
    m_note->setText(tr("Who works in this registry and in what role. The server checks every read and change "
                       "against the role. Passwords are the server's: its administrator sets them (psql's "
                       "\\password); the program never stores one."));
    if (!access().may(Capability::ManageUsers)) {
        updateButtons();
        return;
    }
    auto accounts = AccessRepository(*m_db).accounts();
    if (!accounts) {
        m_note->setText(accounts.message());
        updateButtons();
        return;
    }
    m_accounts = accounts.value();
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const StaffAccount &account = m_accounts.at(row);
        QString login = account.login;
        if (!account.canLogIn)
            login += QStringLiteral(" ") + tr("(cannot log in)");
        m_table->setItem(row, 0, new QTableWidgetItem(login));
        m_table->setItem(row, 1, new QTableWidgetItem(SessionAccess::roleTitle(account.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(account.methodistName));
    }
    updateButtons();
}

void UsersPage::updateButtons()
{
    const bool server = m_db && m_db->dialect() == Dialect::PostgreSQL;
    m_add->setEnabled(server);
    m_role->setEnabled(server && !selectedLogin().isEmpty());
    m_remove->setEnabled(server && !selectedLogin().isEmpty());
}

QString UsersPage::selectedLogin() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return {};
    return m_accounts.at(row).login;
}

bool UsersPage::askRole(const QString &title, StaffRole *role, qint64 *methodistId, StaffRole current,
                        qint64 currentMethodist)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout;
    auto *roles = new QComboBox(&dialog);
    roles->setObjectName(QStringLiteral("role"));
    for (StaffRole r : {StaffRole::Coordinator, StaffRole::Methodist, StaffRole::Viewer, StaffRole::Administrator})
        roles->addItem(SessionAccess::roleTitle(r), int(r));
    roles->setCurrentIndex(std::max(0, roles->findData(int(current))));
    auto *methodists = new QComboBox(&dialog);
    methodists->setObjectName(QStringLiteral("methodist"));
    methodists->addItem(tr("— choose —"), 0);
    auto rows = MethodistRepository(*m_db).withLoad(AcademicYear::containing(QDate::currentDate()).text());
    if (rows)
        for (const MethodistLoadRow &row : rows.value())
            methodists->addItem(QStringLiteral("%1 (%2)").arg(row.name, row.subject), row.id);
    methodists->setCurrentIndex(std::max(0, methodists->findData(currentMethodist)));
    form->addRow(tr("Role"), roles);
    form->addRow(tr("Methodist"), methodists);
    auto *hint = new QLabel(&dialog);
    hint->setWordWrap(true);
    const auto describe = [&] {
        const auto chosen = StaffRole(roles->currentData().toInt());
        SessionAccess sample;
        sample.role = chosen;
        sample.onServer = true;
        sample.methodistId = 1;
        hint->setText(sample.explanation().value(1));
        methodists->setEnabled(chosen == StaffRole::Methodist);
    };
    connect(roles, &QComboBox::currentIndexChanged, &dialog, describe);
    describe();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *role = StaffRole(roles->currentData().toInt());
    *methodistId = *role == StaffRole::Methodist ? methodists->currentData().toLongLong() : 0;
    return true;
}

void UsersPage::addUser()
{
    if (!m_db || !allowed(Capability::ManageUsers))
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a user"));
    auto *login = new QLineEdit(&dialog);
    login->setObjectName(QStringLiteral("login"));
    login->setPlaceholderText(QStringLiteral("ivanova_an"));
    auto *form = new QFormLayout;
    form->addRow(tr("Login on the server"), login);
    auto *hint = new QLabel(tr("Lower-case Latin letters, digits and «_». A login the server already has keeps its "
                               "password; a new one gets its password from the server's administrator."),
                            &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = login->text().trimmed();
    StaffRole role = StaffRole::Coordinator;
    qint64 methodistId = 0;
    if (!askRole(tr("Role of «%1»").arg(name), &role, &methodistId, role, 0))
        return;
    applied(AccessWriter(*m_db).addAccount(name, role, methodistId), tr("Add a user"), name, role);
}

void UsersPage::changeRole()
{
    const QString login = selectedLogin();
    if (!m_db || login.isEmpty() || !allowed(Capability::ManageUsers))
        return;
    const StaffAccount &account = m_accounts.at(m_table->currentRow());
    StaffRole role = account.role;
    qint64 methodistId = account.methodistId;
    if (!askRole(tr("Role of «%1»").arg(login), &role, &methodistId, account.role, account.methodistId))
        return;
    applied(AccessWriter(*m_db).setRole(login, role, methodistId), tr("Change role"), login, role);
}

void UsersPage::applied(const Status &status, const QString &title, const QString &login, StaffRole role)
{
    if (!status) {
        QMessageBox::warning(this, title, status.message());
        return;
    }
    reloadData();
    emit statusMessage(tr("«%1» is now %2 in this registry.").arg(login, SessionAccess::roleTitle(role)));
}

void UsersPage::removeUser()
{
    const QString login = selectedLogin();
    if (!m_db || login.isEmpty() || !allowed(Capability::ManageUsers))
        return;
    if (QMessageBox::question(this, tr("Remove from the registry"),
                              tr("Take the role in this registry away from «%1»? The login stays on the server.")
                                  .arg(login))
        != QMessageBox::Yes)
        return;
    if (Status status = AccessWriter(*m_db).removeAccount(login); !status) {
        QMessageBox::warning(this, tr("Remove from the registry"), status.message());
        return;
    }
    reloadData();
}

} // namespace metodist
