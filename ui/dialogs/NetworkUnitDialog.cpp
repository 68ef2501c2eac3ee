#include "dialogs/NetworkUnitDialog.h"

#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "domain/TextRules.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist {

namespace {

// A found person in the list of matches: kind and id.
constexpr int MethodistRole = Qt::UserRole + 1;
constexpr int searchLimit = 20;

void select(QComboBox *combo, qint64 id)
{
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

QString personLine(const PersonRow &row, const QString &what)
{
    QStringList parts{row.fullName(), what};
    if (!row.organisation.isEmpty())
        parts << row.organisation;
    else if (!row.municipality.isEmpty())
        parts << row.municipality;
    return parts.join(QStringLiteral(" — "));
}

} // namespace

NetworkUnitDialog::NetworkUnitDialog(Database &db, qint64 id, QWidget *parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_kind(dictionaryCombo(QStringLiteral("network_kinds"), tr("— choose —"), QStringLiteral("unitKind")))
    , m_name(new QLineEdit(this))
    , m_municipality(dictionaryCombo(QStringLiteral("municipalities"), tr("regional unit"),
                                     QStringLiteral("unitMunicipality")))
    , m_host(new QComboBox(this))
    , m_subject(dictionaryCombo(QStringLiteral("subjects"), tr("—"), QStringLiteral("unitSubject")))
    , m_theme(new QLineEdit(this))
    , m_headName(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_personSearch(new QLineEdit(this))
    , m_people(new QListWidget(this))
    , m_addPerson(new QPushButton(tr("&Add member"), this))
    , m_members(new QTableWidget(0, 3, this))
    , m_makeHead(new QPushButton(tr("Make &head"), this))
    , m_removeMember(new QPushButton(tr("&Remove member"), this))
    , m_schoolSearch(new QLineEdit(this))
    , m_schoolMatches(new QListWidget(this))
    , m_addSchool(new QPushButton(tr("Add &school"), this))
    , m_schools(new QListWidget(this))
    , m_removeSchool(new QPushButton(tr("Remove s&chool"), this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("networkUnitDialog"));
    setWindowTitle(id == 0 ? tr("New unit of the network") : tr("Unit of the network"));
    m_name->setObjectName(QStringLiteral("unitName"));
    m_host->setObjectName(QStringLiteral("unitHost"));
    m_theme->setObjectName(QStringLiteral("unitTheme"));
    m_headName->setObjectName(QStringLiteral("unitHeadName"));
    m_note->setObjectName(QStringLiteral("unitNote"));
    m_personSearch->setObjectName(QStringLiteral("personSearch"));
    m_people->setObjectName(QStringLiteral("personMatches"));
    m_addPerson->setObjectName(QStringLiteral("addMember"));
    m_members->setObjectName(QStringLiteral("unitMembers"));
    m_makeHead->setObjectName(QStringLiteral("makeHead"));
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    m_schoolSearch->setObjectName(QStringLiteral("schoolSearch"));
    m_schoolMatches->setObjectName(QStringLiteral("schoolMatches"));
    m_addSchool->setObjectName(QStringLiteral("addSchool"));
    m_schools->setObjectName(QStringLiteral("unitSchools"));
    m_removeSchool->setObjectName(QStringLiteral("removeSchool"));
    m_problems->setObjectName(QStringLiteral("problems"));

    // The host: a school of the unit's municipality (of the region for a
    // regional unit), typed with completion or chosen from the list.
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->completer()->setFilterMode(Qt::MatchContains);
    m_host->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_host->setMinimumContentsLength(24);
    for (QComboBox *combo : {m_kind, m_municipality, m_subject}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    m_theme->setPlaceholderText(tr("for internship sites: «Наставничество», …"));
    m_headName->setPlaceholderText(tr("when the head is not among the members"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind*"), m_kind);
    form->addRow(tr("Name*"), m_name);
    form->addRow(tr("Municipality"), m_municipality);
    form->addRow(tr("Host organisation"), m_host);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Head (as written)"), m_headName);
    form->addRow(tr("Note"), m_note);

    // Members: found by name or СНИЛС among the teachers and methodists.
    m_personSearch->setPlaceholderText(tr("Find a teacher or a methodist by name or СНИЛС"));
    m_personSearch->setClearButtonEnabled(true);
    m_people->setMaximumHeight(m_people->fontMetrics().lineSpacing() * 5 + 8);
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Who"), tr("Organisation")});
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->setDefaultSectionSize(m_members->fontMetrics().height() + 8);
    m_members->setColumnWidth(0, 260);
    m_members->setColumnWidth(1, 90);
    m_members->setMinimumWidth(480);
    auto *membersBox = new QGroupBox(tr("Members"), this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    auto *findPerson = new QHBoxLayout;
    findPerson->addWidget(m_personSearch, 1);
    findPerson->addWidget(m_addPerson);
    membersLayout->addLayout(findPerson);
    membersLayout->addWidget(m_people);
    membersLayout->addWidget(m_members, 1);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_makeHead);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();
    membersLayout->addLayout(memberButtons);

    // Covered schools: found by name within the region.
    m_schoolSearch->setPlaceholderText(tr("Find a school of the region by name"));
    m_schoolSearch->setClearButtonEnabled(true);
    m_schoolMatches->setMaximumHeight(m_schoolMatches->fontMetrics().lineSpacing() * 4 + 8);
    
    auto *schoolsBox = new QGroupBox(tr("Covered schools"), this);
    auto *schoolsLayout = new QVBoxLayout(schoolsBox);
    auto *findSchool = new QHBoxLayout;
    findSchool->addWidget(m_schoolSearch, 1);
    findSchool->addWidget(m_addSchool);
    schoolsLayout->addLayout(findSchool);
    schoolsLayout->addWidget(m_schoolMatches);
    schoolsLayout->addWidget(m_schools);
    auto *schoolButtons = new QHBoxLayout;
    schoolButtons->addWidget(m_removeSchool);
    schoolButtons->addStretch();
    schoolsLayout->addLayout(schoolButtons);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(schoolsBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(membersBox, 1);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->setWordWrap(true);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(m_problems);
    outer->addWidget(m_buttons);

    // Wide enough for the members' names and schools, within a 1366×768 screen.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1120, screen.width() - 40), std::min(660, screen.height() - 60));

    connect(m_name, &QLineEdit::textChanged, this, &NetworkUnitDialog::validate);
    connect(m_theme, &QLineEdit::textChanged, this, &NetworkUnitDialog::validate);
    connect(m_headName, &QLineEdit::textChanged, this, &NetworkUnitDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &NetworkUnitDialog::validate);
    connect(m_host, &QComboBox::currentTextChanged, this, &NetworkUnitDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NetworkUnitDialog::validate);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &NetworkUnitDialog::validate);
    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] {
        fillHosts();
        validate();
    });
    connect(m_personSearch, &QLineEdit::textChanged, this, &NetworkUnitDialog::searchPeople);
    connect(m_personSearch, &QLineEdit::returnPressed, this, &NetworkUnitDialog::addPerson);
    connect(m_people, &QListWidget::itemDoubleClicked, this, &NetworkUnitDialog::addPerson);
    connect(m_people, &QListWidget::currentRowChanged, this, &NetworkUnitDialog::updateListButtons);
    connect(m_addPerson, &QPushButton::clicked, this, &NetworkUnitDialog::addPerson);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &NetworkUnitDialog::updateListButtons);
    connect(m_makeHead, &QPushButton::clicked, this, [this] {
        const int row = m_members->currentRow();
        if (row < 0 || row >= m_memberList.size())
            return;
        const bool head = !m_memberList[row].head;
        for (NetworkMember &m : m_memberList)
            m.head = false;
        m_memberList[row].head = head;
        showMembers();
        m_members->selectRow(row);
    });
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        const int row = m_members->currentRow();
        if (row < 0 || row >= m_memberList.size())
            return;
        m_memberList.removeAt(row);
        showMembers();
    });
    connect(m_schoolSearch, &QLineEdit::textChanged, this, &NetworkUnitDialog::searchSchools);
    connect(m_schoolSearch, &QLineEdit::returnPressed, this, &NetworkUnitDialog::addSchool);
    connect(m_schoolMatches, &QListWidget::itemDoubleClicked, this, &NetworkUnitDialog::addSchool);
    connect(m_schoolMatches, &QListWidget::currentRowChanged, this, &NetworkUnitDialog::updateListButtons);
    connect(m_addSchool, &QPushButton::clicked, this, &NetworkUnitDialog::addSchool);
    connect(m_schools, &QListWidget::currentRowChanged, this, &NetworkUnitDialog::updateListButtons);
    connect(m_removeSchool, &QPushButton::clicked, this, [this] {
        const int row = m_schools->currentRow();
        if (row < 0 || row >= m_schoolList.size())
            return;
        m_schoolList.removeAt(row);
        showSchools();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkUnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a search field adds the match rather than pressing OK.
    for (QPushButton *b : {m_addPerson, m_makeHead, m_removeMember, m_addSchool, m_removeSchool})
        b->setAutoDefault(false);

    m_people->hide();
    m_schoolMatches->hide();
    fillHosts();
    m_loaded.unit.id = id;
    if (id != 0) {
        // A unit gone meanwhile opens empty; saving says it was deleted.
        if (auto details = NetworkService(m_db).details(id))
            m_loaded = details.value();
        showUnit(m_loaded);
    }
    commitChecked<NetworkUnitDetails>(
        m_loaded, [this] { return m_loaded.unit.name.isEmpty() ? m_name->text().simplified() : m_loaded.unit.name; },
        [this] { return edited(); },
        [this](const NetworkUnitDetails &loaded, const NetworkUnitDetails &edited, SaveMode mode) {
            return NetworkService(m_db).saveUnit(loaded, edited, mode);
        },
        [this](const NetworkUnitDetails &stored) { showUnit(stored); }, &m_savedId);
    updateListButtons();
    validate();
}

QComboBox *NetworkUnitDialog::dictionaryCombo(const QString &dictionary, const QString &none, const QString &name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(none, qint64(0));
    auto entries = DictionaryRepository(m_db).entries(dictionary);
    for (const DictionaryEntry &entry : entries ? entries.value() : QList<DictionaryEntry>())
        combo->addItem(entry.name, entry.id);
    return combo;
}

// The schools that may host the unit: of its municipality, or of the region.
void NetworkUnitDialog::fillHosts()
{
    const QString typed = m_host->currentText();
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    m_host->addItem(QString(), qint64(0));
    const qint64 municipality = m_municipality->currentData().toLongLong();
    auto organisations = OrganisationRepository(m_db).list(municipality);
    for (const Organisation &o : organisations ? organisations.value() : QList<Organisation>())
        m_host->addItem(municipality > 0 || o.municipality.isEmpty()
                            ? o.name
                            : QStringLiteral("%1 (%2)").arg(o.name, o.municipality),
                        o.id);
    const int at = m_host->findText(typed);
    m_host->setCurrentIndex(std::max(0, at));
    if (at < 0)
        m_host->setEditText(typed);
}

void NetworkUnitDialog::showUnit(const NetworkUnitDetails &d)
{
    const NetworkUnit &u = d.unit;
    select(m_kind, u.kindId);
    m_name->setText(u.name);
    {
        const QSignalBlocker blocker(m_municipality);
        select(m_municipality, u.municipalityId);
    }
    fillHosts();
    if (u.organisationId > 0) {
        const int at = m_host->findData(u.organisationId);
        if (at >= 0)
            m_host->setCurrentIndex(at);
        else // a host of another municipality: kept as stored
            m_host->addItem(u.organisation, u.organisationId), m_host->setCurrentIndex(m_host->count() - 1);
    } else {
        m_host->setCurrentIndex(0);
    }
    select(m_subject, u.subjectId);
    m_theme->setText(u.theme);
    m_headName->setText(u.headName);
    m_note->setPlainText(u.note);
    m_memberList = d.members;
    m_schoolList = d.organisations;
    showMembers();
    showSchools();
    validate();
}

NetworkUnitDetails NetworkUnitDialog::edited() const
{
    NetworkUnitDetails d;
    d.unit.id = m_loaded.unit.id;
    d.unit.kindId = m_kind->currentData().toLongLong();
    d.unit.name = m_name->text().simplified();
    d.unit.municipalityId = m_municipality->currentData().toLongLong();
    const int host = m_host->findText(m_host->currentText());
    d.unit.organisationId = host >= 0 ? m_host->itemData(host).toLongLong() : 0;
    d.unit.subjectId = m_subject->currentData().toLongLong();
    d.unit.theme = m_theme->text().simplified();
    d.unit.headName = m_headName->text().simplified();
    d.unit.note = m_note->toPlainText().trimmed();
    d.members = m_memberList;
    d.organisations = m_schoolList;
    return d;
}

void NetworkUnitDialog::searchPeople(const QString &text)
{
    m_people->clear();
    // The matches show only while the user searches.
    m_people->setVisible(!text.trimmed().isEmpty());
    if (text.trimmed().size() < 2) {
        updateListButtons();
        return;
    }
    const TeacherRepository teachers(m_db);
    const MethodistRepository methodists(m_db);
    auto addRow = [this](const PersonRow &row, bool methodist) {
        auto *item = new QListWidgetItem(personLine(row, methodist ? tr("methodist") : tr("teacher")), m_people);
        item->setData(Qt::UserRole, row.id);
        item->setData(MethodistRole, methodist);
        item->setData(Qt::UserRole + 2, row.fullName());
        item->setData(Qt::UserRole + 3, row.organisation);
        item->setData(Qt::UserRole + 4, row.snils);
    };
    RegistryFilter filter;
    if (auto snils = Snils::parse(text); snils) {
        // A СНИЛС finds the one person it belongs to.
        filter.search = QString();
        if (auto id = teachers.findBySnils(snils->digits()); id && id.value() > 0)
            if (auto t = teachers.get(id.value()); t) {
                PersonRow row;
                row.id = id.value();
                row.lastName = t->lastName, row.firstName = t->firstName, row.middleName = t->middleName;
                row.snils = t->snils;
                if (auto o = OrganisationRepository(m_db).get(t->organisationId); o)
                    row.organisation = o->name;
                addRow(row, false);
            }
        if (auto id = methodists.findBySnils(snils->digits()); id && id.value() > 0)
            if (auto m = methodists.get(id.value()); m) {
                PersonRow row;
                row.id = id.value();
                row.lastName = m->lastName, row.firstName = m->firstName, row.middleName = m->middleName;
                row.snils = m->snils;
                if (auto o = OrganisationRepository(m_db).get(m->organisationId); o)
                    row.organisation = o->name;
                addRow(row, true);
            }
    } else {
        filter.search = text;
        if (auto rows = methodists.page(filter, {}, searchLimit); rows)
            for (const MethodistRow &row : rows.value())
                addRow(row, true);
        if (auto rows = teachers.page(filter, {}, searchLimit); rows)
            for (const TeacherRow &row : rows.value())
                addRow(row, false);
    }
    if (m_people->count() > 0)
        m_people->setCurrentRow(0);
    else
        new QListWidgetItem(tr("Nobody found."), m_people);
    updateListButtons();
}

void NetworkUnitDialog::addPerson()
{
    QListWidgetItem *item = m_people->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    NetworkMember member;
    member.unitId = m_loaded.unit.id;
    (item->data(MethodistRole).toBool() ? member.methodistId : member.teacherId) = item->data(Qt::UserRole).toLongLong();
    member.name = item->data(Qt::UserRole + 2).toString();
    member.organisation = item->data(Qt::UserRole + 3).toString();
    member.snils = item->data(Qt::UserRole + 4).toString();
    for (const NetworkMember &m : std::as_const(m_memberList))
        if (m.teacherId == member.teacherId && m.methodistId == member.methodistId) {
            m_problems->setText(tr("%1 is already a member.").arg(member.name));
            m_problems->show();
            return;
        }
    m_memberList.append(member);
    showMembers();
    m_members->selectRow(int(m_memberList.size()) - 1);
    m_personSearch->clear();
}

void NetworkUnitDialog::searchSchools(const QString &text)
{
    m_schoolMatches->clear();
    m_schoolMatches->setVisible(!text.trimmed().isEmpty());
    if (text.trimmed().size() >= 2) {
        auto found = OrganisationRepository(m_db).list(0, text);
        int shown = 0;
        for (const Organisation &o : found ? found.value() : QList<Organisation>()) {
            if (++shown > 50)
                break;
            auto *item = new QListWidgetItem(
                o.municipality.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.municipality),
                m_schoolMatches);
            item->setData(Qt::UserRole, o.id);
            item->setData(Qt::UserRole + 2, o.name);
            item->setData(Qt::UserRole + 3, o.municipalityId);
            item->setData(Qt::UserRole + 4, o.municipality);
        }
        if (m_schoolMatches->count() > 0)
            m_schoolMatches->setCurrentRow(0);
        else
            new QListWidgetItem(tr("No school found."), m_schoolMatches);
    }
    updateListButtons();
}

void NetworkUnitDialog::addSchool()
{
    QListWidgetItem *item = m_schoolMatches->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const CoveredOrganisation &o : std::as_const(m_schoolList))
        if (o.organisationId == id)
            return;
    m_schoolList.append({id, item->data(Qt::UserRole + 2).toString(), item->data(Qt::UserRole + 3).toLongLong(),
                         item->data(Qt::UserRole + 4).toString()});
    showSchools();
    m_schools->setCurrentRow(m_schools->count() - 1);
    m_schoolSearch->clear();
}

void NetworkUnitDialog::showMembers()
{
    m_members->setRowCount(int(m_memberList.size()));
    for (int row = 0; row < m_memberList.size(); ++row) {
        const NetworkMember &m = m_memberList[row];
        const QString who = m.teacherId > 0 ? tr("teacher") : tr("methodist");
        const QStringList cells{m.head ? tr("%1 (head)").arg(m.name) : m.name, who, m.organisation};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            QFont font = item->font();
            font.setBold(m.head);
            item->setFont(font);
            m_members->setItem(row, column, item);
        }
    }
    updateListButtons();
    validate();
}

void NetworkUnitDialog::showSchools()
{
    m_schools->clear();
    for (const CoveredOrganisation &o : std::as_const(m_schoolList))
        m_schools->addItem(o.municipality.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.municipality));
    updateListButtons();
    validate();
}

void NetworkUnitDialog::updateListButtons()
{
    auto found = [](QListWidget *list) {
        return list->currentItem() && list->currentItem()->data(Qt::UserRole).isValid();
    };
    m_addPerson->setEnabled(found(m_people));
    m_addSchool->setEnabled(found(m_schoolMatches));
    const int member = m_members->currentRow();
    const bool chosen = member >= 0 && member < m_memberList.size() && !m_members->selectedItems().isEmpty();
    m_makeHead->setEnabled(chosen);
    m_makeHead->setText(chosen && m_memberList[member].head ? tr("Not the &head") : tr("Make &head"));
    m_removeMember->setEnabled(chosen);
    m_removeSchool->setEnabled(m_schools->currentRow() >= 0);
}

void NetworkUnitDialog::validate()
{
    QStringList problems;
    const NetworkUnitDetails d = edited();
    if (d.unit.kindId <= 0)
        problems << tr("Choose the kind of the unit.");
    if (d.unit.name.isEmpty())
        problems << tr("Enter the name of the unit.");
    const QString theme = d.unit.theme, head = d.unit.headName, note = d.unit.note;
    if (const QString problem = TextRules::firstProblem({{d.unit.name, TextKind::Title, tr("Name of the unit")},
                                                         {theme, TextKind::Title, tr("Theme")},
                                                         {head, TextKind::Title, tr("Head")},
                                                         {note, TextKind::Note, tr("Note")}});
        !problem.isEmpty())
        problems << problem;
    if (!m_host->currentText().trimmed().isEmpty() && m_host->findText(m_host->currentText()) < 0)
        problems << tr("Choose the host organisation from the list (schools of the unit's municipality).");
    if (d.unit.kindId > 0 && !d.unit.name.isEmpty()) {
        auto existing = NetworkRepository(m_db).find(d.unit.kindId, d.unit.municipalityId, d.unit.name);
        if (existing && existing.value() > 0 && existing.value() != d.unit.id)
            problems << tr("A unit of this kind and name is already in the network in this municipality.");
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace metodist
