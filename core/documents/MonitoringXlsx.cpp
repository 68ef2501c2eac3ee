#include "documents/MonitoringXlsx.h"

#include <QFile>

#include <algorithm>

#include <xlsxwriter.h>

namespace metodist {

namespace {

struct Formats
{
    lxw_format *title;
    lxw_format *subtitle;
    lxw_format *header;
    lxw_format *text;
    lxw_format *bold;
    lxw_format *integer;
    lxw_format *boldInteger;
    lxw_format *percent;
    lxw_format *boldPercent;
    lxw_format *ratio;
    lxw_format *boldRatio;
    lxw_format *wrapped;
    lxw_format *boldWrapped;
};

lxw_format *format(lxw_workbook *book, bool bold, const char *number, bool wrap = false)
{
    lxw_format *f = workbook_add_format(book);
    if (bold)
        format_set_bold(f);
    if (number)
        format_set_num_format(f, number);
    if (wrap)
        format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    return f;
}

Formats formats(lxw_workbook *book)
{
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.subtitle = workbook_add_format(book);
    format_set_italic(f.subtitle);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE7F0);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.text = format(book, false, nullptr);
    f.bold = format(book, true, nullptr);
    // Digit groups as the reader's Excel shows them (13 120 in Russian).
    f.integer = format(book, false, "#,##0");
    f.boldInteger = format(book, true, "#,##0");
    f.percent = format(book, false, "0.0%");
    f.boldPercent = format(book, true, "0.0%");
    f.ratio = format(book, false, "#,##0.0");
    f.boldRatio = format(book, true, "#,##0.0");
    f.wrapped = format(book, false, nullptr, true);
    f.boldWrapped = format(book, true, nullptr, true);
    return f;
}

void writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *f)
{
    const QByteArray utf8 = text.toUtf8();
    worksheet_write_string(sheet, row, col, utf8.constData(), f);
}

void writeNumber(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format *f)
{
    if (value)
        worksheet_write_number(sheet, row, col, *value, f);
    else
        worksheet_write_blank(sheet, row, col, f);
}

QString scopeLine(const MonitoringReport &report)
{
    const QString where = report.municipality.isEmpty()
                              ? (report.region.isEmpty() ? MonitoringXlsx::tr("the region") : report.region)
                              : report.municipality;
    return MonitoringXlsx::tr("Academic year %1; %2; compiled %3")
        .arg(report.academicYear, where, report.generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

// One line of an indicator: where, numerator, denominator, value, target,
// met, source.
void writeIndicator(lxw_worksheet *sheet, lxw_row_t row, const Indicator &i, const QString &where, bool region,
                    const Formats &f)
{
    const bool share = i.unit == IndicatorUnit::Share;
    writeText(sheet, row, 0, where, region ? f.bold : f.text);
    writeNumber(sheet, row, 1, i.numerator ? std::optional<double>(double(*i.numerator)) : std::nullopt,
                region ? f.boldInteger : f.integer);
    writeNumber(sheet, row, 2, i.denominator ? std::optional<double>(double(*i.denominator)) : std::nullopt,
                region ? f.boldInteger : f.integer);
    writeNumber(sheet, row, 3, i.value, share ? (region ? f.boldPercent : f.percent) : (region ? f.boldRatio : f.ratio));
    // The target stays a number in its cell; the rule (≥, ≤) is in the title.
    writeNumber(sheet, row, 4, i.target, share ? f.percent : f.ratio);
    writeText(sheet, row, 5, MonitoringCatalogue::formatMet(i), f.text);
    writeText(sheet, row, 6, i.entered ? MonitoringXlsx::tr("entered by hand") : MonitoringXlsx::tr("computed"),
              f.text);
}

// The head of an indicators table: its title, the scope, the header row
// (the first column named `first`, `firstWidth` wide); returns the header's row.
lxw_row_t indicatorsHead(lxw_worksheet *sheet, const MonitoringReport &report, const QString &title,
                         const QString &first, double firstWidth, const Formats &f)
{
    writeText(sheet, 0, 0, title, f.title);
    writeText(sheet, 1, 0, scopeLine(report), f.subtitle);
    const QStringList headers{first,                           MonitoringXlsx::tr("Numerator"),
                              MonitoringXlsx::tr("Denominator"), MonitoringXlsx::tr("Value"),
                              MonitoringXlsx::tr("Target"),      MonitoringXlsx::tr("Met"),
                              MonitoringXlsx::tr("Source")};
    const lxw_row_t headerRow = 3;
    for (int c = 0; c < headers.size(); ++c)
        writeText(sheet, headerRow, lxw_col_t(c), headers[c], f.header);
    worksheet_set_row(sheet, headerRow, 30, nullptr); // «Целевое значение» on two lines
    const double widths[] = {firstWidth, 12, 13, 11, 10, 14, 18};
    for (int c = 0; c < 7; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    return headerRow;
}

// A sheet's name that says what it holds: «1. Научно-методическое сопров…»
// within Excel's 31 characters and without the characters it refuses.
QByteArray sheetName(int block)
{
    QString name = QStringLiteral("%1. %2").arg(block).arg(MonitoringCatalogue::blockTitle(block));
    static const QString refused = QStringLiteral("[]:*?/\\'");
    for (QChar &c : name)
        if (refused.contains(c))
            c = u' ';
    if (name.size() > 31)
        name = name.left(30).trimmed() + QChar(0x2026);
    return name.toUtf8();
}

// The region's figures first, a line each, under their blocks: what a reader
// of the report looks at before the municipalities.
void writeSummary(lxw_workbook *book, const MonitoringReport &report, const Formats &f)
{
    const QByteArray name = MonitoringXlsx::tr("Summary").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    const QString where = report.municipality.isEmpty()
                              ? (report.region.isEmpty() ? MonitoringXlsx::tr("the region") : report.region)
                              : report.municipality;
    const lxw_row_t headerRow
        = indicatorsHead(sheet, report, MonitoringXlsx::tr("Monitoring of methodical support: %1").arg(where),
                         MonitoringXlsx::tr("Indicator"), 70, f);
    lxw_row_t row = headerRow + 1;
    for (int block = 1; block <= MonitoringCatalogue::blockCount; ++block) {
        for (qsizetype n = 0; n < report.indicators.size(); ++n) {
            const Indicator &i = report.indicators[n];
            if (i.block != block)
                continue;
            QString title = MonitoringCatalogue::numberOf(report.indicators, n) + QStringLiteral(". ") + i.title;
            if (i.target)
                title += QLatin1Char(' ')
                         + MonitoringXlsx::tr("(target %1)").arg(MonitoringCatalogue::formatTarget(i));
            writeIndicator(sheet, row, i, title, false, f);
            writeText(sheet, row, 0, title, f.wrapped);
            // Excel does not grow a row for wrapped text it did not type itself.
            const int lines = int((title.size() + 74) / 75);
            worksheet_set_row(sheet, row, 15.0 * std::max(1, lines), nullptr);
            ++row;
        }
    }
    worksheet_autofilter(sheet, headerRow, 0, row > headerRow + 1 ? row - 1 : headerRow, 6);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
}

void writeBlock(lxw_workbook *book, const MonitoringReport &report, int block, const Formats &f)
{
    const QByteArray name = sheetName(block);
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    const lxw_row_t headerRow = indicatorsHead(sheet, report, MonitoringCatalogue::blockTitle(block),
                                               MonitoringXlsx::tr("Municipality"), 46, f);

    const QString regionName = report.municipality.isEmpty()
                                   ? (report.region.isEmpty() ? MonitoringXlsx::tr("Region") : report.region)
                                   : report.municipality;
    lxw_row_t row = headerRow + 1;
    for (int n = 0; n < report.indicators.size(); ++n) {
        const Indicator &i = report.indicators[n];
        if (i.block != block)
            continue;
        // The indicator's title over its lines, across the table.
        QString title = MonitoringCatalogue::numberOf(report.indicators, n) + QStringLiteral(". ") + i.title;
        if (i.target)
            title += QLatin1Char(' ') + MonitoringXlsx::tr("(target %1)").arg(MonitoringCatalogue::formatTarget(i));
        const QByteArray utf8 = title.toUtf8();
        worksheet_merge_range(sheet, row, 0, row, 6, utf8.constData(), f.boldWrapped);
        worksheet_set_row(sheet, row, title.size() > 110 ? 32 : 17, nullptr);
        ++row;
        writeIndicator(sheet, row++, i, regionName, true, f);
        if (report.municipalityId == 0) {
            for (const MunicipalityIndicators &m : report.byMunicipality)
                if (n < m.indicators.size())
                    writeIndicator(sheet, row++, m.indicators[n], m.municipality, false, f);
        }
        ++row; // a blank line between indicators
    }
    worksheet_autofilter(sheet, headerRow, 0, row > headerRow + 1 ? row - 1 : headerRow, 6);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
}

void writeComposition(lxw_workbook *book, const MonitoringReport &report, const Formats &f)
{
    const QByteArray name = MonitoringXlsx::tr("Composition of the РМА").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    writeText(sheet, 0, 0, MonitoringXlsx::tr("Composition of the regional methodical active (active methodists)"),
              f.title);
    writeText(sheet, 1, 0, scopeLine(report), f.subtitle);
    const lxw_row_t headerRow = 3;
    const auto table = [&](lxw_col_t col, const QString &what, const Counts &counts) {
        writeText(sheet, headerRow, col, what, f.header);
        writeText(sheet, headerRow, col + 1, MonitoringXlsx::tr("Methodists"), f.header);
        writeText(sheet, headerRow, col + 2, MonitoringXlsx::tr("Share"), f.header);
        lxw_row_t row = headerRow + 1;
        for (const auto &[label, count] : counts) {
            writeText(sheet, row, col, label, f.text);
            worksheet_write_number(sheet, row, col + 1, double(count), f.integer);
            writeNumber(sheet, row, col + 2,
                        report.composition.total > 0 ? std::optional<double>(double(count) / report.composition.total)
                                                     : std::nullopt,
                        f.percent);
            ++row;
        }
        writeText(sheet, row, col, MonitoringXlsx::tr("Total"), f.bold);
        worksheet_write_number(sheet, row, col + 1, double(report.composition.total), f.boldInteger);
        writeNumber(sheet, row, col + 2, report.composition.total > 0 ? std::optional<double>(1.0) : std::nullopt,
                    f.boldPercent);
        worksheet_set_column(sheet, col, col, 30, nullptr);
        worksheet_set_column(sheet, col + 1, col + 2, 12, nullptr);
        worksheet_set_column(sheet, col + 3, col + 3, 3, nullptr);
    };
    table(0, MonitoringXlsx::tr("Subject"), report.composition.bySubject);
    table(4, MonitoringXlsx::tr("Municipality"), report.composition.byMunicipality);
    table(8, MonitoringXlsx::tr("Form of employment"), report.composition.byEmployment);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
}

} // namespace

Status MonitoringXlsx::write(const MonitoringReport &report, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Status::failure(tr("Cannot create the file «%1».").arg(path));
    const Formats f = formats(book);
    writeSummary(book, report, f);
    for (int block = 1; block <= MonitoringCatalogue::blockCount; ++block)
        writeBlock(book, report, block, f);
    writeComposition(book, report, f);
    QByteArray title = tr("Monitoring of methodical support, %1").arg(report.academicYear).toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    workbook_set_properties(book, &properties);

    const lxw_error error = workbook_close(book);
    if (error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_CREATING_TMPFILE)
        return Status::failure(tr("Cannot create the file «%1». Check that the folder exists, that you may write "
                                  "there and that the file is not open in another program.")
                                   .arg(path));
    if (error != LXW_NO_ERROR)
        return Status::failure(
            tr("Cannot write the file «%1» (%2)").arg(path, QString::fromUtf8(lxw_strerror(error)).trimmed()));
    return Status::success();
}

} // namespace metodist
