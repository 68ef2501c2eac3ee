#include "documents/XlsxWriter.h"

#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

#include <cmath>

namespace metodist {

namespace {

constexpr double minWidth = 8;
constexpr double maxWidth = 60;
constexpr qsizetype maxCellText = 32767; // Excel's limit; libxlsxwriter drops longer text

// Excel's sheet names: at most 31 characters, none of []:*?/\, no apostrophe
// at either end (libxlsxwriter refuses such a name and returns no sheet).
QByteArray sheetTitle(const QString &name)
{
    QString clean = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        clean.replace(c, u' ');
    clean = clean.left(31).trimmed();
    while (clean.startsWith(u'\'') || clean.endsWith(u'\''))
        clean = (clean.startsWith(u'\'') ? clean.mid(1) : clean.chopped(1)).trimmed();
    return (clean.isEmpty() ? QStringLiteral("Лист1") : clean).toUtf8();
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Float:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

Status XlsxWriter::writeTable(const QString &path, const QString &sheetName, const QList<XlsxColumn> &columns,
                              const QList<QVariantList> &rows)
{
    // A cell cannot hold more; cutting the text would lose data while saying
    // the export succeeded, so such a table is refused before any file exists.
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size() && c < rows[r].size(); ++c) {
            const QVariant &value = rows[r][c];
            if (value.typeId() == QMetaType::QString && value.toString().size() > maxCellText)
                return Status::failure(tr("Row %1, column «%2» holds %3 characters, more than a cell of Excel "
                                          "holds (%4); nothing was written. Export to CSV, or shorten the text.")
                                           .arg(r + 2)
                                           .arg(columns[c].title)
                                           .arg(value.toString().size())
                                           .arg(maxCellText));
        }
    }
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        return Status::failure(tr("Cannot create the file «%1».").arg(path));
    const QByteArray title = sheetTitle(sheetName);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, title.constData());
    if (!sheet) {
        workbook_close(workbook); // frees it; the file is left incomplete
        QFile::remove(path);
        return Status::failure(tr("Cannot add the sheet «%1» to the file «%2».").arg(sheetName, path));
    }

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE7F0);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_num_format(textFormat, "@");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd.mm.yyyy");

    QList<double> widths;
    for (int c = 0; c < columns.size(); ++c) {
        const QByteArray text = columns[c].title.toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c), text.constData(), header);
        widths << std::max<double>(minWidth, std::min<double>(maxWidth, columns[c].title.size() + 2));
    }
    for (int r = 0; r < rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < columns.size() && c < rows[r].size(); ++c) {
            const QVariant &value = rows[r][c];
            const lxw_col_t col = lxw_col_t(c);
            // Qt 6: a QVariant holding an invalid QDate or a null QString is not isNull().
            if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())
                || (value.typeId() == QMetaType::QDate && !value.toDate().isValid()))
                continue;
            QString shown;
            if (value.typeId() == QMetaType::QDate) {
                const QDate date = value.toDate();
                lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &when, dateFormat);
                shown = date.toString(QStringLiteral("dd.MM.yyyy"));
            } else if (!columns[c].text && isNumber(value)) {
                if (!std::isfinite(value.toDouble()))
                    continue; // NaN or infinity would make the file unreadable
                worksheet_write_number(sheet, row, col, value.toDouble(), nullptr);
                shown = value.toString();
            } else if (value.typeId() == QMetaType::Bool) {
                shown = value.toBool() ? QStringLiteral("да") : QStringLiteral("нет");
                const QByteArray text = shown.toUtf8();
                worksheet_write_string(sheet, row, col, text.constData(), nullptr);
            } else {
                // A string cell: never a formula, whatever the text starts with.
                shown = value.toString();
                const QByteArray text = shown.toUtf8();
                worksheet_write_string(sheet, row, col, text.constData(), columns[c].text ? textFormat : nullptr);
            }
            widths[c] = std::min(maxWidth, std::max<double>(widths[c], shown.size() + 2));
        }
    }
    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width > 0 ? columns[c].width : widths[c],
                             nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    // Printed as offices print registries: landscape, all columns on one page width.
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    if (!columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max<qsizetype>(rows.size(), 1)), lxw_col_t(columns.size() - 1));

    const lxw_error error = workbook_close(workbook);
    if (error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_CREATING_TMPFILE)
        return Status::failure(tr("Cannot create the file «%1». Check that the folder exists, that you may write "
                                  "there and that the file is not open in another program.")
                                   .arg(path));
    if (error != LXW_NO_ERROR)
        return Status::failure(tr("Cannot write the file «%1» (%2)")
                                   .arg(path, QString::fromUtf8(lxw_strerror(error)).trimmed()));
    return Status::success();
}

} // namespace metodist
