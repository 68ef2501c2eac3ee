#include "dialogs/RouteItemDialog.h"

#include "dialogs/CalendarStart.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "services/RouteService.h"
#include "storage/DictionaryRepository.h"
#include "storage/EventRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace metodist {

namespace {

constexpr int codeRole = Qt::UserRole + 1;
constexpr int startRole = Qt::UserRole + 2;
constexpr int endRole = Qt::UserRole + 3;

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // Long names (organisations, events) must not stretch the dialog off the screen.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(28);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return box;
}

qint64 idOf(const QComboBox *box)
{
    return box->currentIndex() < 0 ? 0 : box->currentData().toLongLong();
}

void choose(QComboBox *box, qint64 id)
{
    box->setCurrentIndex(std::max(0, box->findData(id)));
}

} // namespace

RouteItemDialog::RouteItemDialog(const Database &db, const QString &academicYear, qint64 routeTutorId,
                                 QWidget *parent)
    : EditorDialog(parent)
    , m_kind(combo(QStringLiteral("kind"), this))
    , m_title(new QLineEdit(this))
    , m_deficit(combo(QStringLiteral("deficitArea"), this))
    , m_hours(new QSpinBox(this))
    , m_federal(new QCheckBox(tr("The programme is in the federal registry"), this))
    , m_organisation(combo(QStringLiteral("organisation"), this))
    , m_event(combo(QStringLiteral("event"), this))
    , m_starts(optionalDateEdit(QStringLiteral("startsOn"), this))
    , m_ends(optionalDateEdit(QStringLiteral("endsOn"), this))
    , m_status(combo(QStringLiteral("status"), this))
    , m_tutor(combo(QStringLiteral("tutor"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("routeItemDialog"));
    setWindowTitle(tr("Route item"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMinimumWidth(460);
    m_title->setPlaceholderText(tr("required"));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, 2000);
    m_hours->setSpecialValueText(tr("not set"));
    m_federal->setObjectName(QStringLiteral("federalRegistry"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    const auto failed = [this](const Status &status) {
        if (!status && m_loadError.isEmpty())
            m_loadError = status.message();
    };
    DictionaryRepository dictionaries(db);
    auto kinds = dictionaries.entries(QStringLiteral("route_item_kinds"));
    failed(kinds.status());
    for (const DictionaryEntry &e : kinds ? kinds.value() : QList<DictionaryEntry>()) {
        m_kind->addItem(e.name, e.id);
        m_kind->setItemData(m_kind->count() - 1, e.code, codeRole);
    }
    m_deficit->addItem(tr("not tied to one deficit"), qint64(0));
    auto areas = dictionaries.entries(QStringLiteral("deficit_areas"));
    failed(areas.status());
    for (const DictionaryEntry &e : areas ? areas.value() : QList<DictionaryEntry>())
        m_deficit->addItem(e.name, e.id);

    // Internship sites first: internships are where an organisation matters.
    // The box is editable so that a school can be found by a part of its name.
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    m_organisation->lineEdit()->setPlaceholderText(tr("none; type a part of the name to find one"));
    m_organisation->addItem(QString(), qint64(0));
    auto organisations = OrganisationRepository(db).list();
    failed(organisations.status());
    const QList<Organisation> all = organisations ? organisations.value() : QList<Organisation>();
    for (bool sites : {true, false}) {
        for (const Organisation &o : all)
            if (o.internshipSite == sites) {
                m_organisation->addItem(sites ? tr("%1 (%2), internship site").arg(o.name, o.municipality)
                                              : tr("%1 (%2)").arg(o.name, o.municipality),
                                        o.id);
                m_organisation->setItemData(m_organisation->count() - 1, o.name, codeRole);
            }
    }
    auto *completer = new QCompleter(m_organisation->model(), m_organisation);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_organisation->setCompleter(completer);

    m_event->addItem(tr("none"), qint64(0));
    const auto year = AcademicYear::parse(academicYear);
    auto events = EventRepository(db).list(year ? year->firstDay() : QDate(), year ? year->lastDay() : QDate());
    failed(events.status());
    for (const Event &e : events ? events.value() : QList<Event>()) {
        m_event->addItem(tr("%1, %2").arg(dateText(e.startsOn), e.title), e.id);
        m_event->setItemData(m_event->count() - 1, e.startsOn, startRole);
        m_event->setItemData(m_event->count() - 1, e.endsOn.isValid() ? e.endsOn : e.startsOn, endRole);
        m_event->setItemData(m_event->count() - 1, e.title, codeRole);
    }

    for (RouteItemStatus status : {RouteItemStatus::Planned, RouteItemStatus::InProgress, RouteItemStatus::Done,
                                   RouteItemStatus::Cancelled})
        m_status->addItem(RouteRules::statusText(status), int(status));

    m_tutor->addItem(tr("none"), qint64(0));
    auto methodists = MethodistRepository(db).withLoad(year ? year->text() : academicYear);
    failed(methodists.status());
    for (const MethodistLoadRow &m : methodists ? methodists.value() : QList<MethodistLoadRow>())
        m_tutor->addItem(m.name, m.id);
    choose(m_tutor, routeTutorId);
    m_item.tutorId = routeTutorId;

    // An unset date's calendar opens at today's month within the route's
    // year, else at the year's start.
    QDate near = QDate::currentDate();
    if (year && (near < year->firstDay() || near > year->lastDay()))
        near = year->firstDay();
    new CalendarStart(m_starts, unsetDate, near);
    new CalendarStart(m_ends, unsetDate, near);
    auto *clearDates = new QPushButton(tr("No dates"), this);
    clearDates->setObjectName(QStringLiteral("clearDates"));
    clearDates->setAutoDefault(false);
    connect(clearDates, &QPushButton::clicked, this, [this] {
        m_starts->setDate(unsetDate);
        m_ends->setDate(unsetDate);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_hours);
    hours->addWidget(m_federal, 1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("from"), this));
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_ends);
    dates->addWidget(clearDates);
    dates->addStretch();
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Kind*"), m_kind);
    form->addRow(tr("Title*"), m_title);
    form->addRow(tr("Deficit"), m_deficit);
    form->addRow(tr("Hours"), hours);
    form->addRow(tr("Organisation"), m_organisation);
    form->addRow(tr("Event"), m_event);
    form->addRow(tr("Dates"), dates);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Tutor"), m_tutor);
    form->addRow(m_error);
    form->addRow(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RouteItemDialog::kindChosen);
    connect(m_event, &QComboBox::currentIndexChanged, this, &RouteItemDialog::eventChosen);
    connect(m_title, &QLineEdit::textChanged, this, &RouteItemDialog::updateOk);
    connect(m_hours, &QSpinBox::valueChanged, this, &RouteItemDialog::updateOk);
    connect(m_federal, &QCheckBox::toggled, this, &RouteItemDialog::kindChosen);
    connect(m_organisation, &QComboBox::currentTextChanged, this, &RouteItemDialog::updateOk);
    connect(m_starts, &QDateEdit::dateChanged, this, &RouteItemDialog::updateOk);
    connect(m_ends, &QDateEdit::dateChanged, this, &RouteItemDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChosen();
    updateOk();
}

void RouteItemDialog::ensureChoice(QComboBox *box, qint64 id, const QString &text, const QString &code)
{
    // An item may refer to what the lists no longer offer (an event of another
    // year, a methodist who left): it stays a choice rather than being lost.
    if (id > 0 && box->findData(id) < 0) {
        box->addItem(text.isEmpty() ? tr("#%1").arg(id) : text, id);
        box->setItemData(box->count() - 1, code, codeRole);
    }
}

void RouteItemDialog::setItem(const RouteItem &item)
{
    m_item = item;
    ensureChoice(m_kind, item.kindId, item.kindName, item.kindCode);
    choose(m_kind, item.kindId);
    m_title->setText(item.title);
    m_title->setCursorPosition(0); // a long title shown from its beginning
    ensureChoice(m_deficit, item.deficitAreaId, item.deficitAreaName, {});
    choose(m_deficit, item.deficitAreaId);
    m_hours->setValue(item.hours.value_or(0));
    m_federal->setChecked(item.federalRegistry);
    ensureChoice(m_organisation, item.organisationId, item.organisationName, item.organisationName);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(item.organisationId)));
    {
        // Choosing the item's own event must not overwrite its title and dates.
        const QSignalBlocker blocker(m_event);
        ensureChoice(m_event, item.eventId, item.eventTitle, item.eventTitle);
        choose(m_event, item.eventId);
    }
    m_starts->setDate(item.startsOn.isValid() ? item.startsOn : unsetDate);
    m_ends->setDate(item.endsOn.isValid() ? item.endsOn : unsetDate);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(item.status))));
    ensureChoice(m_tutor, item.tutorId, item.tutorName, {});
    choose(m_tutor, item.tutorId);
    kindChosen();
    updateOk();
}

qint64 RouteItemDialog::organisationId() const
{
    const QString text = m_organisation->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int index = m_organisation->findText(text, Qt::MatchFixedString);
    return index < 0 ? -1 : m_organisation->itemData(index).toLongLong();
}

RouteItem RouteItemDialog::item() const
{
    RouteItem result = m_item;
    result.kindId = idOf(m_kind);
    result.kindCode = m_kind->currentData(codeRole).toString();
    result.kindName = m_kind->currentText();
    result.title = m_title->text().simplified();
    result.deficitAreaId = idOf(m_deficit);
    result.deficitAreaName = result.deficitAreaId > 0 ? m_deficit->currentText() : QString();
    result.hours = m_hours->value() > 0 ? std::optional<int>(m_hours->value()) : std::nullopt;
    result.federalRegistry = m_federal->isChecked();
    const qint64 organisation = organisationId();
    result.organisationId = std::max<qint64>(0, organisation);
    // The list shows «name (municipality)»; the item keeps the name.
    result.organisationName = organisation > 0
        ? m_organisation->itemData(m_organisation->findData(organisation), codeRole).toString()
        : QString();
    result.eventId = idOf(m_event);
    result.eventTitle = result.eventId > 0 ? m_event->currentData(codeRole).toString() : QString();
    result.startsOn = optionalDate(m_starts);
    result.endsOn = optionalDate(m_ends);
    result.status = RouteItemStatus(m_status->currentData().toInt());
    result.tutorId = idOf(m_tutor);
    result.tutorName = result.tutorId > 0 ? m_tutor->currentText() : QString();
    return result;
}

QString RouteItemDialog::problem() const
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    if (organisationId() < 0)
        return tr("There is no organisation «%1»: choose one from the list or leave the field empty.")
            .arg(m_organisation->currentText().trimmed());
    return RouteService::itemProblem(item());
}

void RouteItemDialog::updateOk()
{
    const QString text = problem();
    m_ok->setEnabled(text.isEmpty());
    // A new item's empty title is not an error yet (the placeholder says it
    // is required); the title is checked first, so nothing else is hidden.
    const bool titlePending = m_loadError.isEmpty() && m_item.id == 0 && !m_title->isModified()
                              && m_title->text().trimmed().isEmpty();
    m_error->setText(titlePending ? QString() : text);
}

void RouteItemDialog::kindChosen()
{
    // The federal registry is a property of a course's programme; a flag an
    // item already has stays visible (and can be cleared) whatever its kind.
    const bool course = m_kind->currentData(codeRole).toString() == u"course";
    m_federal->setEnabled(course || m_federal->isChecked());
    updateOk();
}

void RouteItemDialog::eventChosen()
{
    // An event brings its title and dates where the item has none yet.
    if (idOf(m_event) > 0) {
        if (m_title->text().trimmed().isEmpty())
            m_title->setText(m_event->currentData(codeRole).toString());
        if (!optionalDate(m_starts).isValid())
            m_starts->setDate(m_event->currentData(startRole).toDate());
        if (!optionalDate(m_ends).isValid())
            m_ends->setDate(m_event->currentData(endRole).toDate());
    }
    updateOk();
}

} // namespace metodist
