#include "documents/RoutePdf.h"

#include "documents/TextDocumentPdf.h"
#include "domain/Roadmap.h"
#include "services/RouteService.h"

namespace metodist {

namespace {

QString e(const QString &text)
{
    return TextDocumentPdf::escaped(text);
}

// A table cell's text: long words may break, with a hyphen.
QString cell(const QString &text)
{
    return TextDocumentPdf::escaped(TextDocumentPdf::hyphenated(text));
}

// The item's content: its title, then what a reader needs to act on it.
QString content(const RouteItem &item)
{
    QStringList details;
    if (item.hours)
        details.append(RoutePdf::tr("%n hour(s)", nullptr, *item.hours));
    if (item.federalRegistry)
        details.append(RoutePdf::tr("federal registry programme"));
    if (!item.organisationName.isEmpty())
        details.append(item.organisationName);
    if (!item.eventTitle.isEmpty() && item.eventTitle != item.title)
        details.append(item.eventTitle);
    QString text = cell(item.title);
    if (!details.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(cell(details.join(QStringLiteral("; "))));
    return text;
}

} // namespace

QString RoutePdf::html(const RouteDocument &doc)
{
    QString h = QStringLiteral("<html><body>");
    if (!doc.institution.isEmpty())
        h += QStringLiteral("<p align=\"center\"><b>%1</b></p><p></p>").arg(e(doc.institution));
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt\"><b>%1</b><br>%2</p>")
             .arg(e(tr("Individual educational route of a teacher")),
                  e(tr("for the %1 academic year").arg(doc.academicYear)));
    const auto line = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"32%\">%1</td><td>%2</td></tr>").arg(e(label), e(value));
    };
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    line(tr("Teacher"), doc.teacherName);
    line(tr("Organisation"), doc.municipality.isEmpty() ? doc.organisation
                                                        : QStringLiteral("%1, %2").arg(doc.organisation, doc.municipality));
    line(tr("Level of professional competence"), doc.levelName.isEmpty() ? tr("not diagnosed") : doc.levelName);
    line(tr("Deficits found"), doc.deficits.isEmpty() ? tr("none recorded") : doc.deficits.join(QStringLiteral(", ")));
    line(tr("Tutor"), doc.tutorName.isEmpty() ? tr("not assigned") : doc.tutorName);
    h += QStringLiteral("</table><p></p>");

    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"border-collapse: collapse; font-size: 10pt\"><thead><tr>"
                        "<th width=\"4%\">№</th><th width=\"16%\">%1</th><th width=\"34%\">%2</th>"
                        "<th width=\"19%\">%3</th><th width=\"14%\">%4</th><th width=\"13%\">%5</th></tr></thead>")
             .arg(e(tr("Kind")), e(tr("Content")), e(tr("Deficit")), e(tr("Dates")), e(tr("Status")));
    int number = 0;
    for (const RouteItem &item : doc.items)
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                            "<td>%6</td></tr>")
                 .arg(++number)
                 .arg(cell(item.kindName), content(item), cell(item.deficitAreaName),
                      e(RoadmapRules::periodText({item.startsOn, item.endsOn})),
                      cell(RouteRules::statusText(item.status)));
    if (doc.items.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"6\" align=\"center\">%1</td></tr>").arg(e(tr("The route has no items.")));
    h += QStringLiteral("</table>");

    // Signed by the teacher and the tutor, each with a date.
    h += QStringLiteral("<br><br><table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
    const QString tutorLine = doc.tutorSignature.isEmpty() ? QStringLiteral("____________________")
                                                           : doc.tutorSignature;
    for (const auto &[role, name] : {std::pair{tr("Teacher"), doc.teacherSignature.isEmpty() ? doc.teacherName
                                                                                              : doc.teacherSignature},
                                     std::pair{tr("Tutor (methodist)"), tutorLine}})
        h += QStringLiteral("<tr><td width=\"18%\">%1</td><td width=\"22%\">_______________</td>"
                            "<td width=\"24%\">%2</td><td width=\"36%\">«____» ____________ 20___</td></tr>")
                 .arg(e(role), e(name));
    h += QStringLiteral("<tr><td></td><td align=\"center\" style=\"font-size: 8pt\">%1</td>"
                        "<td style=\"font-size: 8pt\">%2</td><td style=\"font-size: 8pt\">%3</td></tr></table>")
             .arg(e(tr("signature")), e(tr("name")), e(tr("date")));
    h += QStringLiteral("</body></html>");
    return h;
}

Status RoutePdf::write(const RouteDocument &doc, const QString &path)
{
    return TextDocumentPdf::write(html(doc), tr("Individual educational route: %1").arg(doc.teacherName),
                                  TextDocumentPdf::Page{}, path);
}

} // namespace metodist
