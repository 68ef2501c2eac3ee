#include "services/AssignmentService.h"

#include "domain/AcademicYear.h"
#include "services/PriorityService.h"
#include "storage/AssignmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/TeacherRepository.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <tuple>

namespace metodist {

namespace {

Status checkYear(const QString &year)
{
    if (!AcademicYear::parse(year))
        return Status::failure(AcademicYear::formatError(year));
    return Status::success();
}

Result<QHash<qint64, QString>> names(const Database &db, const QString &dictionary)
{
    auto entries = DictionaryRepository(db).entries(dictionary);
    if (!entries)
        return entries.status();
    QHash<qint64, QString> byId;
    for (const DictionaryEntry &entry : entries.value())
        byId.insert(entry.id, entry.name);
    return byId;
}

} // namespace

QString PlanReport::coverageText(const QLocale &locale) const
{
    const QString covered = AssignmentService::tr("Covered %1 of %2")
                                .arg(locale.toString(assigned), locale.toString(candidates));
    if (priorities.isEmpty())
        return AssignmentService::tr("%1; no priority categories are set.").arg(covered);
    QStringList ranks;
    for (const Priority &p : priorities)
        ranks << AssignmentService::tr("rank %1 — %2 of %3")
                     .arg(p.rank)
                     .arg(locale.toString(p.covered), locale.toString(p.candidates));
    return AssignmentService::tr("%1; of the priority categories: %2.").arg(covered, ranks.join(QStringLiteral(", ")));
}

QString PlanReport::orderText()
{
    return AssignmentService::tr("The plan covers as many teachers as possible; of such plans it takes the one that "
                                 "covers the most teachers of the first priority rank, then of the second, and so "
                                 "on; then the one with the most teachers who get a methodist of their own "
                                 "municipality; then it balances the methodists' load by share of capacity.");
}

QString PlanReport::reasonText(UnassignedReason reason)
{
    switch (reason) {
    case UnassignedReason::NoSubject:
        return AssignmentService::tr("the teacher's subject is not filled in");
    case UnassignedReason::NoMethodistOfSubject:
        return AssignmentService::tr("no methodist of this subject");
    case UnassignedReason::CapacityExhausted:
        return AssignmentService::tr("all methodists of this subject are at capacity");
    }
    return {};
}

Result<AssignmentCheck> AssignmentService::check(const QList<qint64> &teacherIds, qint64 methodistId,
                                                 const QString &year) const
{
    if (Status status = checkYear(year); !status)
        return status;
    auto methodist = MethodistRepository(m_db).get(methodistId);
    if (!methodist)
        return methodist.status();
    const Methodist &m = methodist.value();
    AssignmentWriter assignments(m_db);
    TeacherRepository teachers(m_db);
    AssignmentCheck result;
    QStringList otherSubject;
    int otherSubjectCount = 0;
    for (qint64 teacherId : teacherIds) {
        auto teacher = teachers.get(teacherId);
        if (!teacher)
            return teacher.status();
        if (teacher->subjectId != m.subjectId) {
            ++otherSubjectCount;
            if (otherSubject.size() < 3)
                otherSubject.append(teacher->shortName());
        }
        auto current = assignments.active(teacherId, year);
        if (!current)
            return current.status();
        if (current.value()) {
            if (current.value()->methodistId == methodistId)
                ++result.alreadyAssigned;
            else
                ++result.reassigned;
        }
    }
    if (!m.active)
        result.warnings.append(tr("The methodist is marked as inactive."));
    if (otherSubjectCount > 0) {
        QString list = otherSubject.join(QStringLiteral(", "));
        if (otherSubjectCount > otherSubject.size())
            list += tr(" and others");
        // Short names end with a full stop already.
        if (!list.endsWith(u'.'))
            list += u'.';
        result.warnings.append(tr("%n teacher(s) teach a different subject than the methodist: %1", nullptr,
                                  otherSubjectCount)
                                   .arg(list));
    }
    auto load = assignments.load(methodistId, year);
    if (!load)
        return load.status();
    const int after = load.value() + int(teacherIds.size()) - result.alreadyAssigned;
    if (after > m.capacity)
        result.warnings.append(tr("The methodist would have %1 teachers with a capacity of %2.")
                                   .arg(after)
                                   .arg(m.capacity));
    auto shortfalls = MethodistRepository(m_db).shortfalls(methodistId);
    if (!shortfalls)
        return shortfalls.status();
    if (!shortfalls->isEmpty())
        result.warnings.append(tr("The methodist does not meet the requirements of the regional methodical "
                                  "active: %1.")
                                   .arg(shortfalls->join(QStringLiteral("; "))));
    return result;
}

Result<int> AssignmentService::assign(const ManualAssignment &request)
{
    if (request.teacherIds.isEmpty())
        return Status::failure(tr("Choose at least one teacher."));
    auto checked = check(request.teacherIds, request.methodistId, request.academicYear);
    if (!checked)
        return checked.status();
    if (!checked->warnings.isEmpty() && request.overrideReason.trimmed().isEmpty())
        return Status::failure(tr("%1 To assign anyway, give a reason.").arg(checked->warnings.join(u' ')));
    auto methodist = MethodistRepository(m_db).get(request.methodistId);
    if (!methodist)
        return methodist.status();
    const QDate start = request.startedOn.isValid() ? request.startedOn : QDate::currentDate();

    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    AssignmentWriter assignments(m_db);
    int assigned = 0;
    for (qint64 teacherId : request.teacherIds) {
        auto current = assignments.active(teacherId, request.academicYear);
        if (!current)
            return current.status();
        if (current.value()) {
            if (current.value()->methodistId == request.methodistId)
                continue;
            if (Status ended = assignments.end(current.value()->id, start,
                                               tr("Reassigned to %1").arg(methodist->shortName()));
                !ended)
                return ended;
        }
        Assignment a;
        a.teacherId = teacherId;
        a.methodistId = request.methodistId;
        a.academicYear = request.academicYear;
        a.supportCategoryId = request.supportCategoryId;
        a.startedOn = start;
        a.overrideReason = checked->warnings.isEmpty() ? QString() : request.overrideReason.trimmed();
        if (auto inserted = assignments.insert(a); !inserted)
            return inserted.status();
        ++assigned;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return assigned;
}

Status AssignmentService::end(qint64 assignmentId, const QDate &on, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the assignment ends."));
    return AssignmentWriter(m_db).end(assignmentId, on.isValid() ? on : QDate::currentDate(), reason.trimmed());
}

Result<PlanResult> AssignmentService::plan(const Database &db, const PlanRequest &request, Progress *progress)
{
    if (Status status = checkYear(request.academicYear); !status)
        return status;
    auto priority = PriorityService::order(db);
    if (!priority)
        return priority.status();
    auto ranks = PriorityService::ranks(db, priority.value());
    if (!ranks)
        return ranks.status();
    AssignmentRepository assignments(db);
    auto teachers = assignments.candidates(request.academicYear, request.supportCategoryId, request.municipalityId,
                                           ranks.value(), progress);
    if (!teachers)
        return teachers.status();
    auto methodists = assignments.planningMethodists(request.academicYear);
    if (!methodists)
        return methodists.status();
    PlanResult result;
    result.request = request;
    result.priority = priority.value();
    if (!request.includeIneligible) {
        if (Status left = leaveOutIneligible(db, methodists.value(), result.leftOut); !left)
            return left;
    }
    result.plan = AssignmentPlanner::plan(teachers.value(), std::move(methodists.value()), progress);
    if (result.plan.cancelled)
        return Status::failure(tr("Planning was cancelled; nothing was written."));
    if (result.plan.tooLarge)
        return Status::failure(tr("The plan is too large to compute in one piece; plan one municipality or "
                                  "support category at a time."));
    result.teachers = std::move(teachers.value());
    std::sort(result.teachers.begin(), result.teachers.end(),
              [](const PlanTeacher &a, const PlanTeacher &b) { return a.id < b.id; });
    return result;
}

Status AssignmentService::leaveOutIneligible(const Database &db, std::vector<PlanMethodist> &methodists,
                                             QList<qint64> &leftOut)
{
    auto ineligible = MethodistRepository(db).ineligible();
    if (!ineligible)
        return ineligible.status();
    const auto left = std::stable_partition(methodists.begin(), methodists.end(), [&](const PlanMethodist &m) {
        return !ineligible->contains(m.id);
    });
    for (auto it = left; it != methodists.end(); ++it)
        leftOut.append(it->id);
    std::sort(leftOut.begin(), leftOut.end());
    methodists.erase(left, methodists.end());
    return Status::success();
}

Result<PlanReport> AssignmentService::report(const Database &db, const PlanResult &result)
{
    auto subjects = names(db, QStringLiteral("subjects"));
    auto municipalities = names(db, QStringLiteral("municipalities"));
    auto methodists = MethodistRepository(db).withLoad(result.request.academicYear);
    auto choices = PriorityService::choices(db);
    for (const Status &status : {subjects.status(), municipalities.status(), methodists.status(), choices.status()})
        if (!status)
            return status;
    PlanReport report;
    report.candidates = qint64(result.teachers.size());
    report.assigned = qint64(result.plan.assignments.size());
    report.unassigned = qint64(result.plan.unassigned.size());
    report.sameMunicipality = result.plan.sameMunicipalityCount;
    report.gaps = gapsOf(result, subjects.value(), municipalities.value());
    QSet<qint64> subjectsConcerned;
    for (const PlanTeacher &t : result.teachers)
        subjectsConcerned.insert(t.subjectId);
    QHash<qint64, const MethodistLoad *> planned;
    for (const MethodistLoad &load : result.plan.loads)
        planned.insert(load.methodistId, &load);
    const QSet<qint64> leftOut(result.leftOut.cbegin(), result.leftOut.cend());
    for (const MethodistLoadRow &row : methodists.value()) {
        if (!subjectsConcerned.contains(row.subjectId))
            continue;
        if (const MethodistLoad *load = planned.value(row.id))
            report.loads.append({row.id, row.name, row.snils, row.subject, row.municipality, load->capacity,
                                 load->before, load->added});
        else if (leftOut.contains(row.id))
            report.leftOut.append({row.id, row.name, row.snils, row.subject, row.municipality, row.shortfalls});
    }
    report.priorities = prioritiesOf(result, choices.value());
    return report;
}

QList<PlanReport::Gap> AssignmentService::gapsOf(const PlanResult &result, const QHash<qint64, QString> &subjects,
                                                 const QHash<qint64, QString> &municipalities)
{
    std::map<std::tuple<qint64, qint64, int>, qint64> counts;
    for (const UnassignedTeacher &u : result.plan.unassigned) {
        const auto found = std::lower_bound(result.teachers.begin(), result.teachers.end(), u.teacherId,
                                            [](const PlanTeacher &t, qint64 id) { return t.id < id; });
        if (found == result.teachers.end() || found->id != u.teacherId)
            continue;
        ++counts[{found->subjectId, found->municipalityId, int(u.reason)}];
    }
    QList<PlanReport::Gap> gaps;
    for (const auto &[key, count] : counts) {
        const auto &[subject, municipality, reason] = key;
        gaps.append({subjects.value(subject), municipalities.value(municipality), UnassignedReason(reason), count});
    }
    std::sort(gaps.begin(), gaps.end(), [](const PlanReport::Gap &a, const PlanReport::Gap &b) {
        return std::tie(a.subject, a.municipality) < std::tie(b.subject, b.municipality);
    });
    return gaps;
}

QList<PlanReport::Priority> AssignmentService::prioritiesOf(const PlanResult &result,
                                                            const QList<PriorityChoice> &choices)
{
    QList<PlanReport::Priority> priorities;
    for (int i = 0; i < result.priority.ranks().size(); ++i) {
        PlanReport::Priority rank;
        rank.rank = i + 1;
        rank.codes = result.priority.ranks()[i];
        for (const QString &code : rank.codes)
            rank.categories << PriorityService::nameOf(choices, code);
        priorities.append(rank);
    }
    // Both lists are by teacher id.
    auto assignment = result.plan.assignments.begin();
    for (const PlanTeacher &t : result.teachers) {
        while (assignment != result.plan.assignments.end() && assignment->teacherId < t.id)
            ++assignment;
        if (t.priority <= 0 || t.priority > priorities.size())
            continue;
        PlanReport::Priority &rank = priorities[t.priority - 1];
        ++rank.candidates;
        if (assignment != result.plan.assignments.end() && assignment->teacherId == t.id)
            ++rank.covered;
    }
    return priorities;
}

Result<qint64> AssignmentService::apply(const PlanResult &result, const QDate &startedOn, Progress *progress)
{
    const BulkWrite bulk(m_db);
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status();
    // On a server the plan is one row of the audit, not one per assignment.
    AuditWriter audit(m_db);
    if (Status quiet = audit.quietRowAudit(); !quiet)
        return quiet;
    AssignmentWriter assignments(m_db);
    // The plan is only right for the loads it saw.
    auto methodists = assignments.planningMethodists(result.request.academicYear);
    if (!methodists)
        return methodists.status();
    QHash<qint64, int> loadNow;
    for (const PlanMethodist &m : methodists.value())
        loadNow.insert(m.id, m.load);
    for (const MethodistLoad &load : result.plan.loads)
        if (loadNow.value(load.methodistId, -1) != load.before)
            return Status::failure(tr("Assignments changed since the plan was computed; compute it again."));

    auto run = assignments.insertPlanningRun(result.request.academicYear, qint64(result.plan.assignments.size()),
                                             qint64(result.plan.unassigned.size()));
    if (!run)
        return run.status();
    std::vector<std::pair<qint64, qint64>> pairs;
    pairs.reserve(result.plan.assignments.size());
    for (const PlannedAssignment &planned : result.plan.assignments)
        pairs.emplace_back(planned.teacherId, planned.methodistId);
    if (Status written = assignments.insertPlanned(pairs, result.request.academicYear,
                                                   result.request.supportCategoryId,
                                                   startedOn.isValid() ? startedOn : QDate::currentDate(),
                                                   run.value(), progress);
        !written)
        return written;
    if (Status recorded = audit.recordBulk(QStringLiteral("assignments"), u'I', qint64(pairs.size())); !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (progress)
        progress->report(qint64(pairs.size()), qint64(pairs.size()));
    return run.value();
}

} // namespace metodist
