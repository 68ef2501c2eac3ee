#include "documents/SheetStream.h"

#include "documents/OdsReader.h"
#include "documents/XlsReader.h"
#include "documents/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace metodist {

namespace {

enum class Format { None, Xlsx, Xls, Ods };

// By the name, except that an .xls which is in fact a zip container (an
// .xlsx renamed, as some systems save it) is read as what it is.
Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return Format::Xlsx;
    if (suffix == u"ods")
        return Format::Ods;
    if (suffix != u"xls")
        return Format::None;
    QFile file(path);
    if (QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayView("PK\x03\x04"))
        return Format::Xlsx;
    return Format::Xls;
}

} // namespace

bool Workbooks::isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xls" || suffix == u"ods";
}

std::unique_ptr<SheetStream> Workbooks::streamFor(const QString &path)
{
    switch (formatOf(path)) {
    case Format::Xlsx:
        return std::make_unique<XlsxSheetStream>();
    case Format::Xls:
        return std::make_unique<XlsSheetStream>();
    case Format::Ods:
        return std::make_unique<OdsSheetStream>();
    case Format::None:
        break;
    }
    return nullptr;
}

Result<QStringList> Workbooks::sheetNames(const QString &path)
{
    switch (formatOf(path)) {
    case Format::Xlsx:
        return XlsxReader::sheetNames(path);
    case Format::Xls:
        return XlsReader::sheetNames(path);
    case Format::Ods:
        return OdsReader::sheetNames(path);
    case Format::None:
        break;
    }
    return Status::failure(tr("The file «%1» is not a workbook (.xlsx, .xls or .ods).").arg(path));
}

QString Workbooks::patterns()
{
    return QStringLiteral("*.xlsx *.xls *.ods");
}

} // namespace metodist
