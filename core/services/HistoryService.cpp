#include "services/HistoryService.h"

#include "domain/Snils.h"
#include "storage/AssignmentRepository.h"
#include "storage/AuditRepository.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace metodist {

namespace {

// The table a column names a row of (the ids the history turns into names).
QString referredTable(const QString &column)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("organisation_id"), QStringLiteral("organisations")},
        {QStringLiteral("municipality_id"), QStringLiteral("municipalities")},
        {QStringLiteral("subject_id"), QStringLiteral("subjects")},
        {QStringLiteral("qualification_category_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("competence_level_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("employment_form_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("education_level_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("support_category_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("category_applied_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("category_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("kind_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("level_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("work_kind_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("deficit_area_id"), QStringLiteral("dictionary_entries")},
        {QStringLiteral("methodist_id"), QStringLiteral("methodists")},
        {QStringLiteral("tutor_id"), QStringLiteral("methodists")},
        {QStringLiteral("teacher_id"), QStringLiteral("teachers")},
        {QStringLiteral("order_id"), QStringLiteral("orders")},
        {QStringLiteral("unit_id"), QStringLiteral("network_units")},
        {QStringLiteral("event_id"), QStringLiteral("events")},
        {QStringLiteral("catalogue_id"), QStringLiteral("route_catalogue")},
        {QStringLiteral("activity_id"), QStringLiteral("roadmap_activities")},
    };
    return tables.value(column);
}

bool isFlag(const QString &column)
{
    static const QSet<QString> flags{
        QStringLiteral("low_results"), QStringLiteral("growth_point"), QStringLiteral("internship_site"),
        QStringLiteral("quantorium"),  QStringLiteral("it_cube"),      QStringLiteral("mentoring_model"),
        QStringLiteral("federal_pk"),  QStringLiteral("active"),       QStringLiteral("done"),
        QStringLiteral("federal_registry"), QStringLiteral("is_head")};
    return flags.contains(column);
}

// Bookkeeping, not what a person changed.
bool isHidden(const QString &column)
{
    static const QSet<QString> hidden{QStringLiteral("id"), QStringLiteral("search_key"),
                                      QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                      QStringLiteral("planning_run_id")};
    return hidden.contains(column);
}

QString ownerColumn(HistorySubject subject)
{
    switch (subject) {
    case HistorySubject::Teacher: return QStringLiteral("teacher_id");
    case HistorySubject::Methodist: return QStringLiteral("methodist_id");
    case HistorySubject::Organisation: return {};
    }
    return {};
}

QString subjectTable(HistorySubject subject)
{
    switch (subject) {
    case HistorySubject::Teacher: return QStringLiteral("teachers");
    case HistorySubject::Methodist: return QStringLiteral("methodists");
    case HistorySubject::Organisation: return QStringLiteral("organisations");
    }
    return {};
}

// Reads one record's audit rows into lines, turning ids into names (each
// name read once).
class Narrator
{
public:
    Narrator(const Database &db, HistorySubject subject) : m_audit(db), m_subject(subject) {}

    QString fieldLabel(const QString &column) const
    {
        static const QHash<QString, const char *> labels{
            {"last_name", QT_TRANSLATE_NOOP("HistoryService", "Surname")},
            {"first_name", QT_TRANSLATE_NOOP("HistoryService", "First name")},
            {"middle_name", QT_TRANSLATE_NOOP("HistoryService", "Patronymic")},
            {"snils", QT_TRANSLATE_NOOP("HistoryService", "СНИЛС")},
            {"organisation_id", QT_TRANSLATE_NOOP("HistoryService", "Organisation")},
            {"municipality_id", QT_TRANSLATE_NOOP("HistoryService", "Municipality")},
            {"position", QT_TRANSLATE_NOOP("HistoryService", "Position")},
            {"subject_id", QT_TRANSLATE_NOOP("HistoryService", "Subject")},
            {"experience_years", QT_TRANSLATE_NOOP("HistoryService", "Experience, years")},
            {"qualification_category_id", QT_TRANSLATE_NOOP("HistoryService", "Qualification category")},
            {"category_assigned_on", QT_TRANSLATE_NOOP("HistoryService", "Category given on")},
            {"category_applied_id", QT_TRANSLATE_NOOP("HistoryService", "Applied for the category")},
            {"category_applied_on", QT_TRANSLATE_NOOP("HistoryService", "Applied on")},
            {"competence_level_id", QT_TRANSLATE_NOOP("HistoryService", "Level of competence")},
            {"employment_form_id", QT_TRANSLATE_NOOP("HistoryService", "Form of employment")},
            {"education_level_id", QT_TRANSLATE_NOOP("HistoryService", "Education")},
            {"capacity", QT_TRANSLATE_NOOP("HistoryService", "Load (teachers)")},
            {"federal_pk", QT_TRANSLATE_NOOP("HistoryService", "ПК on a federal-registry programme")},
            {"active", QT_TRANSLATE_NOOP("HistoryService", "Active member of the РМА")},
            {"joined_on", QT_TRANSLATE_NOOP("HistoryService", "Joined")},
            {"left_on", QT_TRANSLATE_NOOP("HistoryService", "Left")},
            {"left_reason", QT_TRANSLATE_NOOP("HistoryService", "Reason for leaving")},
            {"phone", QT_TRANSLATE_NOOP("HistoryService", "Phone")},
            {"email", QT_TRANSLATE_NOOP("HistoryService", "E-mail")},
            {"rate", QT_TRANSLATE_NOOP("HistoryService", "Rate (staff)")},
            {"name", QT_TRANSLATE_NOOP("HistoryService", "Name")},
            {"low_results", QT_TRANSLATE_NOOP("HistoryService", "Low results (ШНОР)")},
            {"growth_point", QT_TRANSLATE_NOOP("HistoryService", "«Точка роста»")},
            {"internship_site", QT_TRANSLATE_NOOP("HistoryService", "Internship site")},
            {"quantorium", QT_TRANSLATE_NOOP("HistoryService", "«Кванториум»")},
            {"it_cube", QT_TRANSLATE_NOOP("HistoryService", "«IT-куб»")},
            {"mentoring_model", QT_TRANSLATE_NOOP("HistoryService", "Target model of mentoring")},
            {"methodist_id", QT_TRANSLATE_NOOP("HistoryService", "Methodist")},
            {"teacher_id", QT_TRANSLATE_NOOP("HistoryService", "Teacher")},
            {"tutor_id", QT_TRANSLATE_NOOP("HistoryService", "Tutor")},
            {"academic_year", QT_TRANSLATE_NOOP("HistoryService", "Academic year")},
            {"support_category_id", QT_TRANSLATE_NOOP("HistoryService", "Support category")},
            {"category_id", QT_TRANSLATE_NOOP("HistoryService", "Support category")},
            {"started_on", QT_TRANSLATE_NOOP("HistoryService", "Since")},
            {"ended_on", QT_TRANSLATE_NOOP("HistoryService", "Until")},
            {"end_reason", QT_TRANSLATE_NOOP("HistoryService", "End reason")},
            {"order_id", QT_TRANSLATE_NOOP("HistoryService", "Order")},
            {"override_reason", QT_TRANSLATE_NOOP("HistoryService", "Reason for a manual choice")},
            {"program", QT_TRANSLATE_NOOP("HistoryService", "Programme")},
            {"hours", QT_TRANSLATE_NOOP("HistoryService", "Hours")},
            {"federal_registry", QT_TRANSLATE_NOOP("HistoryService", "Federal registry")},
            {"completed_on", QT_TRANSLATE_NOOP("HistoryService", "Completed on")},
            {"diagnosed_on", QT_TRANSLATE_NOOP("HistoryService", "Diagnosed on")},
            {"notes", QT_TRANSLATE_NOOP("HistoryService", "Notes")},
            {"unit_id", QT_TRANSLATE_NOOP("HistoryService", "Unit of the network")},
            {"is_head", QT_TRANSLATE_NOOP("HistoryService", "Head")},
            // Roadmaps, their stages and activities, the work log.
            {"conclusion", QT_TRANSLATE_NOOP("HistoryService", "Conclusion")},
            {"next_year_plans", QT_TRANSLATE_NOOP("HistoryService", "Plans for the next year")},
            {"number", QT_TRANSLATE_NOOP("HistoryService", "Number")},
            {"planned_start", QT_TRANSLATE_NOOP("HistoryService", "Planned start")},
            {"planned_end", QT_TRANSLATE_NOOP("HistoryService", "Planned end")},
            {"actual_start", QT_TRANSLATE_NOOP("HistoryService", "Started")},
            {"actual_end", QT_TRANSLATE_NOOP("HistoryService", "Finished")},
            {"status", QT_TRANSLATE_NOOP("HistoryService", "Status")},
            {"close_reason", QT_TRANSLATE_NOOP("HistoryService", "Reason for closing")},
            {"title", QT_TRANSLATE_NOOP("HistoryService", "Title")},
            {"starts_on", QT_TRANSLATE_NOOP("HistoryService", "Starts")},
            {"due_on", QT_TRANSLATE_NOOP("HistoryService", "Due")},
            {"responsible", QT_TRANSLATE_NOOP("HistoryService", "Responsible")},
            {"document_kind", QT_TRANSLATE_NOOP("HistoryService", "Document")},
            {"expected_result", QT_TRANSLATE_NOOP("HistoryService", "Expected result")},
            {"done", QT_TRANSLATE_NOOP("HistoryService", "Done")},
            {"done_on", QT_TRANSLATE_NOOP("HistoryService", "Done on")},
            {"work_kind_id", QT_TRANSLATE_NOOP("HistoryService", "Kind of work")},
            {"worked_on", QT_TRANSLATE_NOOP("HistoryService", "Date")},
            {"duration_minutes", QT_TRANSLATE_NOOP("HistoryService", "Duration, minutes")},
            {"result", QT_TRANSLATE_NOOP("HistoryService", "Result")},
        };
        const char *label = labels.value(column, nullptr);
        return label ? HistoryService::tr(label) : column;
    }

    QString what(const AuditRecord &r)
    {
        const QJsonObject &row = r.newValues.isEmpty() ? r.oldValues : r.newValues;
        const QString table = r.table;
        if (table == u"teachers")
            return HistoryService::tr("Teacher");
        if (table == u"methodists")
            return HistoryService::tr("Methodist");
        if (table == u"organisations")
            return HistoryService::tr("Organisation");
        if (table == u"assignments") {
            // The other person of the assignment: the methodist in a teacher's history.
            const QString other = m_subject == HistorySubject::Methodist ? QStringLiteral("teacher_id")
                                                                         : QStringLiteral("methodist_id");
            return HistoryService::tr("Assignment %1 — %2")
                .arg(row.value(QStringLiteral("academic_year")).toString(), valueText(other, row.value(other)));
        }
        if (table == u"teacher_support_categories")
            return HistoryService::tr("Support categories");
        if (table == u"professional_development")
            return HistoryService::tr("ПК course");
        if (table == u"diagnostics")
            return HistoryService::tr("Diagnostics");
        if (table == u"network_members")
            return HistoryService::tr("Support network");
        if (table == u"roadmaps")
            return HistoryService::tr("Roadmap %1").arg(row.value(QStringLiteral("academic_year")).toString());
        if (table == u"roadmap_activity_teachers")
            return HistoryService::tr("Roadmap activity");
        if (table == u"routes")
            return HistoryService::tr("Individual route %1").arg(row.value(QStringLiteral("academic_year")).toString());
        if (table == u"work_log")
            return HistoryService::tr("Work log");
        return table;
    }

    QString valueText(const QString &column, const QJsonValue &value)
    {
        if (value.isNull() || value.isUndefined())
            return {};
        if (value.isBool())
            return value.toBool() ? HistoryService::tr("yes") : HistoryService::tr("no");
        if (value.isDouble()) {
            const double number = value.toDouble();
            const qint64 whole = qint64(number);
            if (isFlag(column))
                return whole != 0 ? HistoryService::tr("yes") : HistoryService::tr("no");
            if (const QString table = referredTable(column); !table.isEmpty() && double(whole) == number)
                return nameOf(table, whole);
            return double(whole) == number ? QString::number(whole) : QString::number(number);
        }
        const QString text = value.toString();
        if (column == u"snils")
            return Snils::format(text);
        // Dates as a person writes them.
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
            return date.toString(QStringLiteral("dd.MM.yyyy"));
        return text;
    }

    QString nameOf(const QString &table, qint64 id)
    {
        const QString key = table + u'#' + QString::number(id);
        if (auto it = m_names.constFind(key); it != m_names.constEnd())
            return *it;
        auto name = m_audit.nameOf(table, id);
        // A row deleted since is shown by its number.
        const QString text = name && !name.value().isEmpty() ? name.value() : QStringLiteral("#%1").arg(id);
        m_names.insert(key, text);
        return text;
    }

    // What a deleted row was, in one line.
    QString describe(const QJsonObject &row, const QString &hiddenOwner)
    {
        QStringList parts;
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (isHidden(it.key()) || it.key() == hiddenOwner)
                continue;
            const QString value = valueText(it.key(), it.value());
            if (!value.isEmpty())
                parts << QStringLiteral("%1: %2").arg(fieldLabel(it.key()), value);
        }
        return parts.join(QStringLiteral("; "));
    }

    void narrate(const AuditRecord &r, QList<HistoryEntry> &entries)
    {
        // The person the history is of is not a field of their own rows.
        const QString owner = r.table == subjectTable(m_subject) ? QString() : ownerColumn(m_subject);
        HistoryEntry entry;
        entry.at = r.at;
        entry.actor = r.actor;
        entry.record = what(r);
        if (r.action == u'D') {
            entry.action = HistoryService::tr("Deleted");
            entry.oldValue = describe(r.oldValues, owner);
            entries << entry;
            return;
        }
        const bool added = r.action == u'I';
        entry.action = added ? HistoryService::tr("Added") : HistoryService::tr("Changed");
        const QJsonObject &fields = added ? r.newValues : r.oldValues;
        const int before = int(entries.size());
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (isHidden(it.key()) || it.key() == owner)
                continue;
            HistoryEntry line = entry;
            line.field = fieldLabel(it.key());
            line.newValue = valueText(it.key(), r.newValues.value(it.key()));
            if (!added)
                line.oldValue = valueText(it.key(), it.value());
            if (added && line.newValue.isEmpty())
                continue;
            entries << line;
        }
        if (entries.size() == before) // a row of nothing but its owner (a link)
            entries << entry;
    }

private:
    AuditRepository m_audit;
    HistorySubject m_subject;
    QHash<QString, QString> m_names;
};

QDateTime dayOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

} // namespace

Result<History> HistoryService::of(HistorySubject subject, qint64 id) const
{
    History history;
    AuditRepository audit(m_db);
    history.audited = audit.isKept();
    Narrator narrator(m_db, subject);
    QSet<qint64> auditedAssignments; // added under the audit: told by it
    QSet<qint64> auditedEnds;        // made before, ended under it
    if (history.audited) {
        auto records = audit.forRecord(subjectTable(subject), id, ownerColumn(subject));
        if (!records)
            return records.status();
        for (const AuditRecord &r : records.value()) {
            if (r.table == u"assignments" && r.action == u'I')
                auditedAssignments.insert(r.recordId);
            if (r.table == u"assignments" && r.action == u'U' && r.oldValues.contains(QStringLiteral("ended_on")))
                auditedEnds.insert(r.recordId);
            narrator.narrate(r, history.entries);
        }
    }
    // The assignments' own dates: all of the history on a file, and on a
    // server the assignments made before the audit or by a planning run.
    if (subject != HistorySubject::Organisation) {
        AssignmentFilter filter;
        filter.activeOnly = false;
        (subject == HistorySubject::Teacher ? filter.teacherId : filter.methodistId) = id;
        auto rows = AssignmentRepository(m_db).list(filter);
        if (!rows)
            return rows.status();
        for (const AssignmentRow &r : rows.value()) {
            if (auditedAssignments.contains(r.id))
                continue;
            const bool ofTeacher = subject == HistorySubject::Teacher;
            HistoryEntry entry;
            entry.dateOnly = true;
            entry.record = tr("Assignment %1 — %2").arg(r.academicYear, ofTeacher ? r.methodistName : r.teacherName);
            entry.at = dayOf(r.startedOn);
            entry.action = tr("Assigned");
            entry.field = ofTeacher ? tr("Methodist") : tr("Teacher");
            entry.newValue = ofTeacher ? r.methodistName : r.teacherName;
            history.entries << entry;
            if (!r.supportCategory.isEmpty()) {
                entry.field = tr("Support category");
                entry.newValue = r.supportCategory;
                history.entries << entry;
            }
            if (r.endedOn.isValid() && !auditedEnds.contains(r.id)) {
                entry.at = dayOf(r.endedOn);
                entry.action = tr("Ended");
                entry.field = tr("End reason");
                entry.newValue = r.endReason.isEmpty() ? tr("no reason given") : r.endReason;
                history.entries << entry;
            }
        }
    }
    std::stable_sort(history.entries.begin(), history.entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
    return history;
}

QString HistoryService::fileNote()
{
    return tr("This database is a file of one person: it keeps the history of assignments only. The full history "
              "of changes — who changed what and when — is kept on a shared server.");
}

QString HistoryService::timeText(const HistoryEntry &entry)
{
    if (entry.dateOnly)
        return entry.at.date().toString(QStringLiteral("dd.MM.yyyy"));
    return entry.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
}

ExportTable HistoryService::table(const History &history, const QString &title)
{
    ExportTable table;
    table.title = title;
    table.headers = {tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Field"), tr("Was"), tr("Became")};
    for (int i = 0; i < table.headers.size(); ++i)
        table.textColumns << true;
    for (const HistoryEntry &e : history.entries)
        table.rows << QVariantList{timeText(e), e.actor, e.action, e.record, e.field, e.oldValue, e.newValue};
    return table;
}

} // namespace metodist
