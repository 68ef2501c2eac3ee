#include "documents/RoadmapPdf.h"

#include "documents/TextDocumentPdf.h"
#include "services/RoadmapService.h"

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

QString names(const QList<PersonRef> &people)
{
    QStringList list;
    for (const PersonRef &p : people)
        list.append(p.name);
    return list.join(QStringLiteral(", "));
}

QString activityRows(const RoadmapStage &stage, const QDate &today)
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
                         e(a.documentKind), e(a.expectedResult), e(a.teacherNames.join(QStringLiteral(", "))), mark);
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
                     .arg(header, activityRows(stage, today));
    }

    QStringList notCovered;
    for (const PersonRef &t : s.assignedTeachers)
        if (!std::any_of(s.coveredTeachers.begin(), s.coveredTeachers.end(),
                         [&t](const PersonRef &c) { return c.id == t.id; }))
            notCovered.append(t.name);
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
        e(tr("Covered: %1").arg(names(s.coveredTeachers)))
            + (notCovered.isEmpty() ? QString()
                                    : QStringLiteral("<br>") + e(tr("Not covered: %1").arg(notCovered.join(", ")))));
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
