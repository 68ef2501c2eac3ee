#include "services/EditFields.h"

#include "domain/Snils.h"
#include "storage/DictionaryRepository.h"
#include "storage/EventRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QLocale>

#include <algorithm>

namespace metodist {

namespace {

const QString none = QStringLiteral("—");

QString orNone(const QString &text)
{
    return text.isEmpty() ? none : text;
}

RecordField textField(const QString &label, const QString &text)
{
    return {label, text, orNone(text)};
}

// An id is compared as an id; 0 (not given) as nothing.
RecordField idField(const QString &label, qint64 id, const QString &name)
{
    return {label, id > 0 ? QVariant(id) : QVariant(), id > 0 ? orNone(name) : none};
}

RecordField numberField(const QString &label, std::optional<int> number)
{
    return {label, number ? QVariant(*number) : QVariant(), number ? QLocale().toString(*number) : none};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

RecordField dateField(const QString &label, const QDate &date)
{
    return {label, date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(), orNone(dateText(date))};
}

// A span of days: «12.03.2026 – 14.03.2026», or one day, or an open end.
RecordField datesField(const QString &label, const QDate &from, const QDate &to)
{
    const QString value = from.toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate);
    QString text = dateText(from);
    if (to.isValid() && to != from)
        text = (text.isEmpty() ? QStringLiteral("…") : text) + QStringLiteral(" – ") + dateText(to);
    return {label, value, orNone(text)};
}

} // namespace

Result<QString> EditFields::entryName(const QString &dictionary, qint64 id)
{
    if (id <= 0)
        return QString();
    auto found = m_dictionaries.find(dictionary);
    if (found == m_dictionaries.end()) {
        auto entries = DictionaryRepository(m_db).entries(dictionary);
        if (!entries)
            return entries.status();
        QHash<qint64, QString> names;
        for (const DictionaryEntry &entry : entries.value())
            names.insert(entry.id, entry.name);
        found = m_dictionaries.insert(dictionary, names);
    }
    // An entry deleted meanwhile is still told apart by its number.
    return found->value(id, QStringLiteral("#%1").arg(id));
}

// Names of rows a record refers to: only shown, so a row gone meanwhile
// shows its number rather than stopping the comparison.
QString EditFields::organisationName(qint64 id) const
{
    if (id <= 0)
        return {};
    auto organisation = OrganisationRepository(m_db).get(id);
    if (!organisation)
        return QStringLiteral("#%1").arg(id);
    return organisation->municipality.isEmpty()
               ? organisation->name
               : QStringLiteral("%1 (%2)").arg(organisation->name, organisation->municipality);
}

QString EditFields::teacherName(qint64 id) const
{
    auto teacher = TeacherRepository(m_db).get(id);
    return teacher ? teacher->fullName() : QStringLiteral("#%1").arg(id);
}

QString EditFields::methodistName(qint64 id) const
{
    auto methodist = MethodistRepository(m_db).get(id);
    return methodist ? methodist->fullName() : QStringLiteral("#%1").arg(id);
}

QString EditFields::eventTitle(qint64 id) const
{
    auto event = EventRepository(m_db).get(id);
    return event ? event->title : QStringLiteral("#%1").arg(id);
}

Result<RecordFields> EditFields::personFields(const Person &p)
{
    RecordFields fields{textField(tr("Surname"), p.lastName), textField(tr("First name"), p.firstName),
                        textField(tr("Patronymic"), p.middleName),
                        {tr("СНИЛС"), p.snils, p.snils.isEmpty() ? none : Snils::format(p.snils)}};
    return fields;
}

Result<RecordFields> EditFields::teacher(const Teacher &t)
{
    auto subject = entryName(QStringLiteral("subjects"), t.subjectId);
    auto category = entryName(QStringLiteral("qualification_categories"), t.qualificationCategoryId);
    auto level = entryName(QStringLiteral("competence_levels"), t.competenceLevelId);
    auto applied = entryName(QStringLiteral("qualification_categories"), t.categoryAppliedId);
    for (const auto *name : {&subject, &category, &level, &applied})
        if (!*name)
            return name->status();
    RecordFields fields = personFields(t).value();
    fields << idField(tr("Organisation"), t.organisationId, organisationName(t.organisationId))
           << textField(tr("Position"), t.position) << idField(tr("Subject"), t.subjectId, subject.value())
           << numberField(tr("Experience, years"), t.experienceYears)
           << idField(tr("Qualification category"), t.qualificationCategoryId, category.value())
           << dateField(tr("Category given on"), t.categoryAssignedOn)
           << idField(tr("Category applied for"), t.categoryAppliedId, applied.value())
           << dateField(tr("Applied on"), t.categoryAppliedOn)
           << idField(tr("Level of competence"), t.competenceLevelId, level.value());
    return fields;
}

Result<RecordFields> EditFields::methodist(const Methodist &m)
{
    auto municipality = entryName(QStringLiteral("municipalities"), m.municipalityId);
    auto subject = entryName(QStringLiteral("subjects"), m.subjectId);
    auto category = entryName(QStringLiteral("qualification_categories"), m.qualificationCategoryId);
    auto form = entryName(QStringLiteral("employment_forms"), m.employmentFormId);
    auto education = entryName(QStringLiteral("education_levels"), m.educationLevelId);
    for (const auto *name : {&municipality, &subject, &category, &form, &education})
        if (!*name)
            return name->status();
    const auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
    RecordFields fields = personFields(m).value();
    fields << idField(tr("Municipality"), m.municipalityId, municipality.value())
           << idField(tr("Organisation"), m.organisationId, organisationName(m.organisationId))
           << textField(tr("Position"), m.position) << idField(tr("Subject"), m.subjectId, subject.value())
           << numberField(tr("Experience, years"), m.experienceYears)
           << idField(tr("Qualification category"), m.qualificationCategoryId, category.value())
           << idField(tr("Form of employment"), m.employmentFormId, form.value())
           << idField(tr("Education"), m.educationLevelId, education.value())
           << numberField(tr("Load (teachers)"), m.capacity)
           << RecordField{tr("ПК on a federal-registry programme"), m.federalPk, yesNo(m.federalPk)}
           << RecordField{tr("Active member of the РМА"), m.active, yesNo(m.active)}
           << dateField(tr("Category given on"), m.categoryAssignedOn) << dateField(tr("Joined the РМА"), m.joinedOn)
           << dateField(tr("Left the РМА"), m.leftOn) << textField(tr("Reason for leaving"), m.leftReason)
           << textField(tr("Phone"), m.phone) << textField(tr("E-mail"), m.email)
           << RecordField{tr("Rate"), m.rate ? QVariant(*m.rate) : QVariant(),
                          m.rate ? QLocale().toString(*m.rate, 'g', 3) : none};
    return fields;
}

Result<RecordFields> EditFields::event(const Event &e)
{
    auto level = entryName(QStringLiteral("event_levels"), e.levelId);
    auto stage = entryName(QStringLiteral("model_stages"), e.modelStageId);
    if (!level || !stage)
        return !level ? level.status() : stage.status();
    return RecordFields{textField(tr("Title"), e.title),
                        datesField(tr("Dates"), e.startsOn, e.endsOn.isValid() ? e.endsOn : e.startsOn),
                        idField(tr("Level"), e.levelId, level.value()),
                        idField(tr("Stage of the model"), e.modelStageId, stage.value()),
                        textField(tr("Organiser"), e.organiser), textField(tr("Participants"), e.participants),
                        textField(tr("Description"), e.description)};
}

Result<RecordFields> EditFields::workLogEntry(const WorkLogEntry &e)
{
    auto kind = entryName(QStringLiteral("work_kinds"), e.workKindId);
    if (!kind)
        return kind.status();
    return RecordFields{idField(tr("Methodist"), e.methodistId, methodistName(e.methodistId)),
                        idField(tr("Teacher"), e.teacherId, teacherName(e.teacherId)),
                        idField(tr("Kind of work"), e.workKindId, kind.value()), dateField(tr("Date"), e.workedOn),
                        numberField(tr("Duration, minutes"), e.durationMinutes), textField(tr("Result"), e.result)};
}

Result<RecordFields> EditFields::routeItem(const RouteItem &i)
{
    auto kind = entryName(QStringLiteral("route_item_kinds"), i.kindId);
    auto deficit = entryName(QStringLiteral("deficit_areas"), i.deficitAreaId);
    if (!kind || !deficit)
        return !kind ? kind.status() : deficit.status();
    return RecordFields{idField(tr("Kind"), i.kindId, kind.value()),
                        textField(tr("Title"), i.title),
                        idField(tr("Deficit"), i.deficitAreaId, deficit.value()),
                        numberField(tr("Hours"), i.hours),
                        {tr("Programme in the federal registry"), i.federalRegistry, i.federalRegistry ? tr("yes") : tr("no")},
                        idField(tr("Internship site"), i.organisationId, organisationName(i.organisationId)),
                        idField(tr("Event"), i.eventId, i.eventId > 0 ? eventTitle(i.eventId) : QString()),
                        datesField(tr("Dates"), i.startsOn, i.endsOn),
                        {tr("Status"), RouteRules::statusCode(i.status), RouteRules::statusText(i.status)},
                        idField(tr("Tutor"), i.tutorId, i.tutorId > 0 ? methodistName(i.tutorId) : QString())};
}

Result<RecordFields> EditFields::activity(const RoadmapActivity &a)
{
    QList<qint64> ids = a.teacherIds;
    std::sort(ids.begin(), ids.end());
    QStringList idTexts, names;
    for (qint64 id : ids) {
        idTexts << QString::number(id);
        names << teacherName(id);
    }
    names.sort(Qt::CaseInsensitive);
    return RecordFields{textField(tr("Activity"), a.title),
                        datesField(tr("Dates"), a.startsOn, a.dueOn),
                        textField(tr("Responsible"), a.responsible),
                        textField(tr("Document"), a.documentKind),
                        textField(tr("Expected result"), a.expectedResult),
                        {tr("Teachers"), idTexts.join(u','), orNone(names.join(QStringLiteral(", ")))}};
}

Result<RecordFields> EditFields::networkUnit(const NetworkUnit &u, const QList<NetworkMember> &members,
                                             const QList<CoveredOrganisation> &organisations)
{
    auto kind = entryName(QStringLiteral("network_kinds"), u.kindId);
    auto municipality = entryName(QStringLiteral("municipalities"), u.municipalityId);
    auto subject = entryName(QStringLiteral("subjects"), u.subjectId);
    for (const auto *name : {&kind, &municipality, &subject})
        if (!*name)
            return name->status();
    // Members are compared by who they are and who heads the unit, in a
    // stable order; shown by name, the head marked.
    QList<std::pair<QString, QString>> people; // (key, name)
    for (const NetworkMember &m : members) {
        const bool teacher = m.teacherId > 0;
        const QString key = (teacher ? QStringLiteral("t%1") : QStringLiteral("m%1"))
                                .arg(teacher ? m.teacherId : m.methodistId)
                            + (m.head ? QStringLiteral("*") : QString());
        QString name = m.name.isEmpty() ? (teacher ? teacherName(m.teacherId) : methodistName(m.methodistId)) : m.name;
        if (m.head)
            name += tr(" (head)");
        people.append({key, name});
    }
    std::sort(people.begin(), people.end());
    QStringList keys, names;
    for (const auto &[key, name] : people) {
        keys << key;
        names << name;
    }
    names.sort(Qt::CaseInsensitive);
    QList<qint64> schoolIds;
    for (const CoveredOrganisation &o : organisations)
        schoolIds << o.organisationId;
    std::sort(schoolIds.begin(), schoolIds.end());
    QStringList schoolKeys, schoolNames;
    for (qint64 id : schoolIds) {
        schoolKeys << QString::number(id);
        schoolNames << organisationName(id);
    }
    schoolNames.sort(Qt::CaseInsensitive);
    return RecordFields{idField(tr("Kind"), u.kindId, kind.value()),
                        textField(tr("Name"), u.name),
                        {tr("Municipality"), u.municipalityId > 0 ? QVariant(u.municipalityId) : QVariant(),
                         u.municipalityId > 0 ? orNone(municipality.value()) : tr("regional")},
                        idField(tr("Host organisation"), u.organisationId, organisationName(u.organisationId)),
                        idField(tr("Subject"), u.subjectId, subject.value()),
                        textField(tr("Theme"), u.theme),
                        textField(tr("Head"), u.headName),
                        textField(tr("Note"), u.note),
                        {tr("Members"), keys.join(u','), orNone(names.join(QStringLiteral(", ")))},
                        {tr("Covered schools"), schoolKeys.join(u','), orNone(schoolNames.join(QStringLiteral(", ")))}};
}

} // namespace metodist
