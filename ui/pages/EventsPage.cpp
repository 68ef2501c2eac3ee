#include "pages/EventsPage.h"

#include "dialogs/EventDialog.h"
#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "models/JournalModels.h"
#include "pages/PageTables.h"
#include "services/EventService.h"
#include "storage/EventRepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace metodist {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

const QColor markedText(0x0d, 0x47, 0xa1);
const QColor markedBackground(0xdc, 0xea, 0xfb);
// The calendar's grid: up to six days of the month before and two weeks of the next.
constexpr int daysBefore = 7;
constexpr int daysAfter = 14;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

EventsPage::EventsPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_calendar(new QCalendarWidget(this))
    , m_details(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_listTitle(new QLabel(this))
    , m_model(new EventListModel(this))
    , m_table(singleRowView(m_model, QStringLiteral("events"), this))
    , m_error(new QLabel(this))
    , m_add(button(tr("&Add…"), QStringLiteral("addEvent"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editEvent"), this))
    , m_delete(button(tr("De&lete"), QStringLiteral("deleteEvent"), this))
{
    Page::requireCapability(m_add, Capability::EditRegistries);
    Page::requireCapability(m_edit, Capability::EditRegistries);
    Page::requireCapability(m_delete, Capability::EditRegistries);
    setObjectName(QStringLiteral("eventsPage"));
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setSelectedDate(QDate::currentDate());
    m_calendar->setMinimumSize(300, 240);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Events of the month"), int(Scope::Month));
    m_scope->addItem(tr("Events of the academic year"), int(Scope::AcademicYear));
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Dates, event, level, stage of the model, organiser, participants.
    sizeColumns(m_table, {16, 40, 23, 21, 24, 24}, EventListModel::TitleColumn);
    // The list stays readable beside the calendar; the chosen events' organiser,
    // participants and description are under the calendar.
    m_table->setColumnHidden(EventListModel::OrganiserColumn, true);
    m_table->setColumnHidden(EventListModel::ParticipantsColumn, true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendar);
    leftLayout->addWidget(m_details, 1);
    auto *right = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_listTitle, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_error);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this] {
        if (m_db)
            load();
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &EventsPage::daySelected);
    // Double-click (or Enter) on a day: a new event that day.
    connect(m_calendar, &QCalendarWidget::activated, this, [this] { editEvent(true); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (m_db)
            load();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editEvent(false); });
    connect(m_add, &QPushButton::clicked, this, [this] { editEvent(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editEvent(false); });
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteEvents);
    updateButtons();
}

QString EventsPage::title() const
{
    return tr("Events calendar");
}

void EventsPage::refresh()
{
    m_stale = false;
    load();
}

void EventsPage::showMonth(int year, int month)
{
    m_calendar->setCurrentPage(year, month);
}

void EventsPage::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

EventsPage::Scope EventsPage::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

QString EventsPage::listTitle() const
{
    return m_listTitle->text();
}

QString EventsPage::errorText() const
{
    return m_error->text();
}

void EventsPage::load()
{
    const QList<qint64> selected = selectedEventIds();
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    m_markedFrom = first.addDays(-daysBefore);
    m_markedTo = last.addDays(daysAfter);
    m_marked.clear();
    QList<Event> listed;
    QString error;
    if (m_db) {
        EventRepository events(*m_db);
        if (auto marked = events.list(m_markedFrom, m_markedTo))
            m_marked = std::move(marked).value();
        else
            error = marked.message();
        if (scope() == Scope::Month) {
            for (const Event &event : std::as_const(m_marked))
                if (event.startsOn <= last && (event.endsOn.isValid() ? event.endsOn : event.startsOn) >= first)
                    listed.append(event);
        } else {
            const AcademicYear year = AcademicYear::containing(first);
            if (auto all = events.list(year.firstDay(), year.lastDay()))
                listed = std::move(all).value();
            else
                error = all.message();
        }
    }
    m_model->setRows(listed);
    markDays();
    const int count = int(listed.size());
    if (!m_db)
        m_listTitle->setText(tr("Open a database to see the calendar."));
    else if (scope() == Scope::Month)
    {
        QString month = QLocale().standaloneMonthName(first.month());
        if (!month.isEmpty())
            month[0] = month[0].toUpper();
        m_listTitle->setText(tr("%1 %2: %n event(s)", nullptr, count).arg(month).arg(first.year()));
    }
    else
        m_listTitle->setText(tr("Academic year %1: %n event(s)", nullptr, count)
                                 .arg(AcademicYear::containing(first).text()));
    m_error->setText(error);
    // What was chosen stays chosen; otherwise the chosen day's events.
    bool kept = false;
    for (qint64 id : selected)
        if (const int row = m_model->rowOf(id); row >= 0) {
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              (kept ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                                                  | QItemSelectionModel::Rows);
            kept = true;
        }
    if (!kept)
        daySelected();
    updateButtons();
}

void EventsPage::markDays()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    QMap<QDate, QStringList> titles;
    for (const Event &event : std::as_const(m_marked)) {
        const QDate end = std::min(event.endsOn.isValid() ? event.endsOn : event.startsOn, m_markedTo);
        for (QDate day = std::max(event.startsOn, m_markedFrom); day <= end; day = day.addDays(1))
            titles[day] << event.title;
    }
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setForeground(markedText);
        format.setBackground(markedBackground);
        format.setToolTip(it.value().join(u'\n'));
        m_calendar->setDateTextFormat(it.key(), format);
    }
}

int EventsPage::selectDay(const QDate &day)
{
    if (m_calendar->selectedDate() != day)
        m_calendar->setSelectedDate(day); // shows its month and selects through daySelected
    else
        daySelected();
    return int(selectedEventIds().size());
}

void EventsPage::daySelected()
{
    const QDate day = m_calendar->selectedDate();
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (EventListModel::covers(m_model->rowAt(row), day))
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.first().topLeft();
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    updateButtons();
}

bool EventsPage::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

QList<qint64> EventsPage::selectedEventIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        if (row < m_model->rowCount())
            ids << m_model->rowAt(row).id;
    return ids;
}

void EventsPage::updateButtons()
{
    const QList<qint64> ids = selectedEventIds();
    m_add->setEnabled(m_db);
    m_edit->setEnabled(ids.size() == 1);
    m_delete->setEnabled(!ids.isEmpty());

    // Under the calendar: the chosen events in full, or what the day has.
    QStringList parts;
    for (qint64 id : ids) {
        const Event &event = m_model->rowAt(m_model->rowOf(id));
        QStringList facts{EventListModel::datesText(event)};
        if (!event.levelName.isEmpty())
            facts << event.levelName;
        if (!event.modelStageName.isEmpty())
            facts << event.modelStageName;
        QString html = QStringLiteral("<p><b>%1</b><br>%2").arg(escaped(event.title), escaped(facts.join(QStringLiteral(" · "))));
        if (!event.organiser.isEmpty())
            html += QStringLiteral("<br>") + tr("Organiser: %1").arg(escaped(event.organiser));
        if (!event.participants.isEmpty())
            html += QStringLiteral("<br>") + tr("Participants: %1").arg(escaped(event.participants));
        if (!event.description.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(escaped(event.description));
        parts << html + QStringLiteral("</p>");
    }
    if (parts.isEmpty())
        parts << QStringLiteral("<p>%1</p>").arg(
            m_db ? tr("No events chosen. Days with events are in bold; point at a day to see them, double-click a "
                      "day to add one.")
                 : QString());
    m_details->setText(parts.join(QString()));
}

bool EventsPage::report(const QString &error)
{
    if (!error.isEmpty()) {
        m_error->setText(error);
        return false;
    }
    load();
    m_error->clear();
    return true;
}

void EventsPage::editEvent(bool add)
{
    if (!allowed(Capability::EditRegistries))
        return;
    const QList<qint64> ids = selectedEventIds();
    if (!m_db || (!add && ids.size() != 1))
        return;
    EventDialog dialog(*m_db, this);
    Event loaded;
    qint64 id = 0;
    if (add) {
        dialog.setWindowTitle(tr("New event"));
        dialog.setStartDate(m_calendar->selectedDate());
    } else {
        auto current = EventRepository(*m_db).get(ids.first());
        if (!current) {
            report(current.message());
            return;
        }
        loaded = current.value();
        dialog.setEvent(loaded);
        // Saved by OK, unless someone else changed the event meanwhile.
        dialog.commitChecked<Event>(
            loaded, [&loaded] { return loaded.title; }, [&dialog] { return dialog.event(); },
            [this](const Event &before, const Event &edited, SaveMode mode) {
                return EventService(*m_db).save(before, edited, mode);
            },
            [&dialog](const Event &stored) { dialog.setEvent(stored); }, &id);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Event event = dialog.event();
    QString error;
    if (add) {
        auto inserted = EventService(*m_db).add(event);
        error = inserted.message();
        id = inserted ? inserted.value() : 0;
    }
    if (!report(error))
        return;
    // Its month, with it chosen.
    m_calendar->setSelectedDate(event.startsOn);
    selectEvent(id);
    emit statusMessage(add ? tr("Event added: %1.").arg(event.title) : tr("Event saved: %1.").arg(event.title));
}

void EventsPage::deleteEvents()
{
    const QList<qint64> ids = selectedEventIds();
    if (!m_db || ids.isEmpty())
        return;
    QStringList titles;
    for (qint64 id : ids)
        titles << QStringLiteral("«%1»").arg(m_model->rowAt(m_model->rowOf(id)).title);
    const QString question = ids.size() == 1 ? tr("Delete the event %1?").arg(titles.first())
                                             : tr("Delete %n event(s): %1?", nullptr, int(ids.size()))
                                                   .arg(titles.join(QStringLiteral(", ")));
    if (QMessageBox::question(this, tr("Delete event"),
                              question + QStringLiteral("\n\n")
                                  + tr("Route items and roadmap activities that refer to it keep their text."))
        != QMessageBox::Yes)
        return;
    if (const Status removed = EventService(*m_db).remove(ids); !removed) {
        report(removed.message());
        return;
    }
    if (report({}))
        emit statusMessage(tr("%n event(s) deleted.", nullptr, int(ids.size())));
}

} // namespace metodist
