#include "documents/RoadmapPdf.h"

#include "documents/TextDocumentPdf.h"
#include "services/RoadmapService.h"

#include <QHash>

#include <algorithm>

namespace metodist {

namespace {

QString e(const QString &text)
{
    return TextDocumentPdf::escaped(text);
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral(" (%1 %)").arg(QLocale().toString(*share * 100, 'f', 1)) : QString();
}

// The teachers are listed once, numbered, at the end; a row names them by
// those numbers, or says it concerns all of them.
struct TeacherNumbers
{
    QHash<qint64, int> number; // by teacher id, from 1
    int count = 0;

    explicit TeacherNumbers(const QList<PersonRef> &assigned)
    {
        for (const PersonRef &t : assigned)
            number.insert(t.id, ++count);
    }

    QString of(const QList<qint64> &ids, const QStringList &names) const
    {
        QList<int> numbers;
        QStringList others; // no longer assigned: by name
        for (int i = 0; i < ids.size(); ++i) {
            if (const int n = number.value(ids[i]); n > 0)
                numbers << n;
            else if (i < names.size())
                others << names[i];
        }
        std::sort(numbers.begin(), numbers.end());
        numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
        if (count > 0 && numbers.size() == count && others.isEmpty())
            return RoadmapPdf::tr("all assigned (%1)").arg(count);
        QStringList parts;
        // Runs of numbers shortened: 1–4, 7, 9–12.
        for (int i = 0; i < numbers.size();) {
            int j = i;
            while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
                ++j;
            parts << (j > i + 1 ? QStringLiteral("%1–%2").arg(numbers[i]).arg(numbers[j])
                      : j == i + 1 ? QStringLiteral("%1, %2").arg(numbers[i]).arg(numbers[j])
                                   : QString::number(numbers[i]));
            i = j + 1;
        }
        QString text = parts.isEmpty() ? QString() : QStringLiteral("№ ") + parts.join(QStringLiteral(", "));
        if (!others.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + others.join(QStringLiteral(", "));
        return text;
    }
};

QString activityRows(const RoadmapStage &stage, const QDate &today, const TeacherNumbers &teachers)
{
    QString rows;
    int number = 0;
    for (const RoadmapActivity &a : stage.activities) {
        ++number;
        const bool overdue = RoadmapRules::isOverdue(a, today);
        QString mark = a.done ? RoadmapPdf::tr("done") : RoadmapPdf::tr("not done");
        if (a.done && a.doneOn.isValid())
            mark += QStringLiteral(" ") + a.doneOn.toString(QStringLiteral("dd.MM.yyyy"));
        if (overdue)
            mark = QStringLiteral("<b>%1</b>").arg(RoadmapPdf::tr("overdue"));
        rows += QStringLiteral("<tr%1><td align=\"center\">%2.%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td><td>%9</td><td>%10</td></tr>")
                    .arg(overdue ? QStringLiteral(" bgcolor=\"#f4d6d6\"") : QString())
                    .arg(stage.number)
                    .arg(number)
                    .arg(e(a.title), e(RoadmapRules::periodText({a.startsOn, a.dueOn})), e(a.responsible),
                         e(a.documentKind), e(a.expectedResult), e(teachers.of(a.teacherIds, a.teacherNames)), mark);
    }
    return rows;
}

} // namespace

QString RoadmapPdf::html(const Roadmap &roadmap, const RoadmapSummary &s, const QDate &today)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt\"><b>%1</b></p>")
             .arg(e(tr("Roadmap of methodical support of teachers")));
    h += QStringLiteral("<p align=\"center\">%1<br>%2</p>")
             .arg(e(tr("Regional methodist: %1").arg(roadmap.methodistName)),
                  e(tr("Academic year %1; state as of %2")
                        .arg(roadmap.academicYear, today.toString(QStringLiteral("dd.MM.yyyy")))));
    const QString header = QStringLiteral(
        "<thead><tr><th width=\"5%\">№</th><th width=\"22%\">%1</th><th width=\"11%\">%2</th><th width=\"12%\">%3</th>"
        "<th width=\"11%\">%4</th><th width=\"15%\">%5</th><th width=\"14%\">%6</th><th width=\"10%\">%7</th></tr>"
        "</thead>")
        .arg(e(tr("Activity")), e(tr("Dates")), e(tr("Responsible")), e(tr("Document")), e(tr("Expected result")),
             e(tr("Teachers")), e(tr("Mark")));
    const TeacherNumbers teachers(s.assignedTeachers);
    for (const RoadmapStage &stage : roadmap.stages) {
        h += QStringLiteral("<p style=\"margin-top: 10pt\"><b>%1</b><br>%2</p>")
                 .arg(e(tr("Stage %1. %2").arg(stage.number).arg(stage.name)),
                      e(tr("Planned: %1; actual: %2; %3")
                            .arg(RoadmapRules::periodText(stage.planned).isEmpty()
                                     ? tr("no dates")
                                     : RoadmapRules::periodText(stage.planned),
                                 RoadmapRules::periodText(stage.actual).isEmpty()
                                     ? tr("no dates")
                                     : RoadmapRules::periodText(stage.actual),
                                 RoadmapRules::statusText(stage.status))));
        if (!stage.closeReason.isEmpty())
            h += QStringLiteral("<p><i>%1</i></p>").arg(e(tr("Closed with open activities because: %1")
                                                             .arg(stage.closeReason)));
        if (!stage.activities.isEmpty())
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                "style=\"border-collapse: collapse; font-size: 10pt\">%1%2</table>")
                     .arg(header, activityRows(stage, today, teachers));
    }

    QList<qint64> covered;
    QStringList coveredNames;
    for (const PersonRef &t : s.coveredTeachers) {
        covered << t.id;
        coveredNames << t.name;
    }
    QList<qint64> notCovered;
    QStringList notCoveredNames;
    for (const PersonRef &t : s.assignedTeachers)
        if (!covered.contains(t.id)) {
            notCovered << t.id;
            notCoveredNames << t.name;
        }
    // The activities behind the figure, numbered as in the stages above.
    QStringList notDone;
    for (const RoadmapStage &stage : roadmap.stages)
        for (int i = 0; i < stage.activities.size(); ++i)
            if (!stage.activities[i].done)
                notDone.append(QStringLiteral("%1.%2 %3").arg(stage.number).arg(i + 1).arg(stage.activities[i].title));
    QStringList routes;
    for (const RouteRow &r : s.routes)
        routes.append(tr("%1: %2 of %3 items done").arg(r.teacherName).arg(r.progress.done).arg(r.progress.counted));

    h += QStringLiteral("<p style=\"margin-top: 14pt; font-size: 13pt\"><b>%1</b></p>")
             .arg(e(tr("Summing up")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"border-collapse: collapse; font-size: 10pt\">");
    const auto row = [&h](const QString &figure, const QString &value, const QString &behind) {
        h += QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"15%\" align=\"center\">%2</td><td>%3</td></tr>")
                 .arg(e(figure), e(value), behind);
    };
    row(tr("Coverage of the assigned teachers by done activities"),
        tr("%1 of %2").arg(s.coveredTeachers.size()).arg(s.assignedTeachers.size()) + percent(s.coverage()),
        notCovered.isEmpty()
            ? e(tr("Covered: %1").arg(teachers.of(covered, coveredNames)))
            : e(tr("Not covered (numbers in the list below): %1")
                    .arg(teachers.of(notCovered, notCoveredNames))));
    row(tr("Activities done of those planned"),
        tr("%1 of %2").arg(s.doneActivityIds.size()).arg(s.plannedActivityIds.size()) + percent(s.activitiesDone()),
        e(notDone.isEmpty() ? QString() : tr("Not done: %1").arg(notDone.join(QStringLiteral("; ")))));
    row(tr("Individual routes completed"),
        tr("%1 of %2").arg(s.completedRoutes.size()).arg(s.routes.size()) + percent(s.routesCompleted()),
        e(routes.join(QStringLiteral("; "))));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p><p>%2</p>")
             .arg(e(tr("Conclusion: %1.").arg(RoadmapRules::conclusionText(s.conclusion))),
                  e(tr("Plans for the next academic year: %1")
                        .arg(s.nextYearPlans.isEmpty() ? tr("not filled in") : s.nextYearPlans)));
    h += QStringLiteral("<p style=\"margin-top: 18pt\">%1 ____________________ %2</p>")
             .arg(e(tr("Regional methodist")), e(roadmap.methodistName));
    // The teachers once, numbered, in three columns.
    if (!s.assignedTeachers.isEmpty()) {
        h += QStringLiteral("<p style=\"margin-top: 14pt\"><b>%1</b></p>")
                 .arg(e(tr("Teachers assigned to the methodist (%1)").arg(s.assignedTeachers.size())));
        const qsizetype rows = (s.assignedTeachers.size() + 2) / 3;
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\" style=\"font-size: 10pt\">");
        for (qsizetype r = 0; r < rows; ++r) {
            h += QStringLiteral("<tr>");
            for (qsizetype c = 0; c < 3; ++c) {
                const qsizetype i = c * rows + r;
                h += i < s.assignedTeachers.size()
                         ? QStringLiteral("<td width=\"4%\" align=\"right\">%1.</td><td width=\"29%\">%2</td>")
                               .arg(i + 1)
                               .arg(e(s.assignedTeachers[i].name))
                         : QStringLiteral("<td></td><td></td>");
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Status RoadmapPdf::write(const Roadmap &roadmap, const RoadmapSummary &summary, const QDate &today,
                         const QString &path)
{
    TextDocumentPdf::Page page;
    page.orientation = QPageLayout::Landscape;
    page.marginsMm = QMarginsF(15, 15, 15, 15);
    page.fontSizePt = 11;
    return TextDocumentPdf::write(html(roadmap, summary, today),
                                  tr("Roadmap of %1, %2").arg(roadmap.methodistName, roadmap.academicYear), page,
                                  path);
}

} // namespace metodist
