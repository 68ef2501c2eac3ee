#include "Cli.h"

#include "QtChartPainter.h"
#include "documents/CsvWriter.h"
#include "domain/AcademicYear.h"
#include "domain/Snils.h"
#include "services/MonitoringService.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace metodist::cli {

namespace {

// Monitoring reports: the report itself, the list behind a figure, and the
// figures entered by hand.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static int report(Context &context, const QStringList &args)
    {
        const QString action = args.value(0);
        if (action == u"monitoring")
            return monitoring(context, args.mid(1));
        if (action == u"drill")
            return drill(context, args.mid(1));
        if (action == u"enter")
            return enter(context, args.mid(1));
        return fail(context, tr("Usage: metodist-cli report monitoring|drill|enter …; see metodist-cli --help."),
                    UsageError);
    }

private:
    // The year and the municipality options every action shares.
    static void addScope(QCommandLineParser &parser)
    {
        parser.addOption({QStringLiteral("year"), tr("academic year, e.g. 2025/2026"), QStringLiteral("year")});
        parser.addOption({QStringLiteral("municipality"), tr("one municipality instead of the whole region"),
                          QStringLiteral("name")});
    }

    static bool readYear(Context &context, const QCommandLineParser &parser, QString *year, int *code)
    {
        const QString text = parser.value(QStringLiteral("year"));
        if (text.isEmpty()) {
            *code = fail(context, tr("Give the academic year with --year, e.g. --year 2025/2026."), UsageError);
            return false;
        }
        const auto parsed = AcademicYear::parse(text);
        if (!parsed) {
            *code = fail(context, AcademicYear::formatError(text), UsageError);
            return false;
        }
        *year = parsed->text();
        return true;
    }

    // 0 for the region; false (reported) when the name is unknown.
    static bool readMunicipality(Context &context, const Database &db, const QCommandLineParser &parser,
                                 qint64 *municipalityId, int *code)
    {
        *municipalityId = 0;
        if (!parser.isSet(QStringLiteral("municipality")))
            return true;
        const QString name = parser.value(QStringLiteral("municipality"));
        auto found = DictionaryRepository(db).findByName(QStringLiteral("municipalities"), name);
        if (!found) {
            *code = fail(context, found.message());
            return false;
        }
        if (found.value() <= 0) {
            *code = fail(context, tr("There is no municipality «%1» in the database.").arg(name));
            return false;
        }
        *municipalityId = found.value();
        return true;
    }

    static int monitoring(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        addScope(parser);
        parser.addOption({QStringLiteral("format"), tr("table, json, csv, xlsx or pdf"), QStringLiteral("format"),
                          QStringLiteral("table")});
        parser.addOption({QStringLiteral("out"), tr("file to write (json and csv go to the screen without it)"),
                          QStringLiteral("file")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("report monitoring"), args, &code))
            return code;
        QString year;
        if (!readYear(context, parser, &year, &code))
            return code;
        const QString format = parser.value(QStringLiteral("format"));
        const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"),
                                  QStringLiteral("xlsx"), QStringLiteral("pdf")};
        if (!formats.contains(format))
            return fail(context, tr("--format takes table, json, csv, xlsx or pdf."), UsageError);
        const QString out = parser.value(QStringLiteral("out"));
        if ((format == u"xlsx" || format == u"pdf") && out.isEmpty())
            return fail(context, tr("A %1 report needs a file: add --out FILE.%1.").arg(format), UsageError);
        if (!out.isEmpty() && format != u"table" && QFileInfo(out).suffix().toLower() != format)
            return fail(context, tr("The file «%1» does not end in .%2.").arg(out, format), UsageError);

        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        qint64 municipalityId = 0;
        if (!readMunicipality(context, db, parser, &municipalityId, &code))
            return code;
        auto report = MonitoringService(db).build(year, municipalityId);
        if (!report)
            return fail(context, report.message());

        if (format == u"table") {
            printTable(context, report.value());
            return Success;
        }
        if (out.isEmpty()) {
            if (format == u"json") {
                context.out << QJsonDocument(MonitoringService::toJson(report.value())).toJson(QJsonDocument::Indented);
            } else {
                // CSV to the screen: the same rows, without the BOM and CRLF a file for Excel has.
                for (const QStringList &row : MonitoringService::csvTable(report.value()))
                    context.out << CsvWriter::line(row) << '\n';
            }
            context.out.flush();
            return Success;
        }
        const QtChartPainter painter;
        if (Status status = MonitoringService::exportTo(report.value(), out, &painter); !status)
            return fail(context, status.message());
        context.out << tr("The monitoring report for %1 is saved to %2.").arg(year, out) << '\n';
        context.out.flush();
        return Success;
    }

    static void printTable(Context &context, const MonitoringReport &report)
    {
        QTextStream &out = context.out;
        out << tr("Monitoring of methodical support, %1, %2")
                   .arg(report.academicYear,
                        report.municipality.isEmpty() ? (report.region.isEmpty() ? tr("the region") : report.region)
                                                      : report.municipality)
            << '\n';
        int block = 0;
        for (const Indicator &i : report.indicators) {
            if (i.block != block) {
                block = i.block;
                out << '\n' << MonitoringCatalogue::blockTitle(block) << '\n';
            }
            // The title as the report prints it, then the figures, with the
            // code `report drill --indicator` takes.
            const QLocale locale;
            const QString counts = i.denominator ? QStringLiteral("%1 / %2")
                                                       .arg(locale.toString(i.numerator.value_or(0)),
                                                            locale.toString(*i.denominator))
                                                 : QStringLiteral("—");
            out << "  " << i.title << '\n';
            const QString target = MonitoringCatalogue::formatTarget(i);
            QString line = QStringLiteral("      ") + counts.rightJustified(17) + u' '
                           + MonitoringCatalogue::formatValue(i).rightJustified(9) + u' '
                           + (target.isEmpty() ? QString() : tr("target %1").arg(target)).leftJustified(14) + u' '
                           + MonitoringCatalogue::formatMet(i).leftJustified(13);
            if (i.entered)
                line += QStringLiteral(" [%1]").arg(tr("entered"));
            out << line << QStringLiteral("  (%1)").arg(i.code) << '\n';
        }
        out << '\n' << tr("Regional methodical active: %1").arg(report.composition.total) << '\n';
        for (const auto &[title, counts] : {std::pair{tr("by subject"), report.composition.bySubject},
                                            std::pair{tr("by municipality"), report.composition.byMunicipality},
                                            std::pair{tr("by form of employment"), report.composition.byEmployment}}) {
            out << "  " << title << ":\n";
            for (const auto &[name, count] : counts)
                out << "    " << name.leftJustified(40) << ' ' << count << '\n';
        }
        out.flush();
    }

    static int drill(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        addScope(parser);
        parser.addOption({QStringLiteral("indicator"), tr("indicator code, as in the JSON report"),
                          QStringLiteral("code")});
        parser.addOption({QStringLiteral("part"), tr("numerator, denominator or missing (denominator without "
                                                     "numerator)"),
                          QStringLiteral("part"), QStringLiteral("numerator")});
        parser.addOption({QStringLiteral("out"), tr(".csv or .xlsx file; the screen without it"),
                          QStringLiteral("file")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("report drill"), args, &code))
            return code;
        QString year;
        if (!readYear(context, parser, &year, &code))
            return code;
        const QString indicator = parser.value(QStringLiteral("indicator"));
        const QString partText = parser.value(QStringLiteral("part"));
        DrillPart part = DrillPart::Numerator;
        if (partText == u"denominator")
            part = DrillPart::Denominator;
        else if (partText == u"missing")
            part = DrillPart::Missing;
        else if (partText != u"numerator")
            return fail(context, tr("--part takes numerator, denominator or missing."), UsageError);
        auto subject = MonitoringService::drillSubject(indicator, part);
        if (!subject)
            return fail(context, subject.message(), UsageError);

        Database db;
        if (!openDatabase(context, db, &code, Access::Read))
            return code;
        qint64 municipalityId = 0;
        if (!readMunicipality(context, db, parser, &municipalityId, &code))
            return code;
        MonitoringService service(db);
        const QString out = parser.value(QStringLiteral("out"));
        if (!out.isEmpty()) {
            auto written = service.exportDrill(indicator, part, year, municipalityId, out);
            if (!written)
                return fail(context, written.message());
            context.out << tr("%n row(s) saved to %1.", nullptr, int(written.value())).arg(out) << '\n';
            context.out.flush();
            return Success;
        }
        qint64 rows = 0;
        Status status = service.drill(indicator, part, year, municipalityId, 0, [&](const DrillRow &r) {
            QStringList cells{r.name};
            const QString snils = r.snils.isEmpty() ? QString() : Snils::format(r.snils);
            for (const QString &cell : {snils, r.municipality, r.organisation, r.detail})
                if (!cell.isEmpty())
                    cells << cell;
            context.out << cells.join(QStringLiteral("; ")) << '\n';
            ++rows;
            return true;
        });
        if (!status)
            return fail(context, status.message());
        context.out << tr("Rows: %1").arg(rows) << '\n';
        context.out.flush();
        return Success;
    }

    static int enter(Context &context, const QStringList &args)
    {
        QCommandLineParser parser;
        addScope(parser);
        parser.addOption({QStringLiteral("indicator"), tr("code of an indicator entered by hand"),
                          QStringLiteral("code")});
        parser.addOption({QStringLiteral("numerator"), tr("number counted"), QStringLiteral("n")});
        parser.addOption({QStringLiteral("denominator"), tr("number out of which"), QStringLiteral("n")});
        parser.addOption({QStringLiteral("note"), tr("where the figure comes from"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("remove"), tr("remove the value instead")});
        int code = Success;
        if (!parseOptions(context, parser, QStringLiteral("report enter"), args, &code))
            return code;
        QString year;
        if (!readYear(context, parser, &year, &code))
            return code;
        if (!parser.isSet(QStringLiteral("municipality")))
            return fail(context, tr("A value entered by hand belongs to a municipality: add --municipality NAME."),
                        UsageError);
        Database db;
        if (!openDatabase(context, db, &code, Access::Write))
            return code;
        qint64 municipalityId = 0;
        if (!readMunicipality(context, db, parser, &municipalityId, &code))
            return code;
        MonitoringService service(db);
        const QString indicator = parser.value(QStringLiteral("indicator"));
        if (parser.isSet(QStringLiteral("remove"))) {
            if (Status status = MonitoringService::removeManualValue(db, indicator, year, municipalityId); !status)
                return fail(context, status.message());
            return Success;
        }
        bool okNumerator = false, okDenominator = false;
        ManualValue value;
        value.code = indicator;
        value.academicYear = year;
        value.municipalityId = municipalityId;
        value.numerator = parser.value(QStringLiteral("numerator")).toLongLong(&okNumerator);
        value.denominator = parser.value(QStringLiteral("denominator")).toLongLong(&okDenominator);
        value.note = parser.value(QStringLiteral("note"));
        if (!okNumerator || !okDenominator)
            return fail(context, tr("Give whole numbers with --numerator and --denominator."), UsageError);
        if (Status status = MonitoringService::saveManualValue(db, value); !status)
            return fail(context, status.message());
        context.out << tr("Saved.") << '\n';
        context.out.flush();
        return Success;
    }
};

} // namespace

void addReportCommands(std::vector<Command> &commands)
{
    commands.push_back({QStringLiteral("report"),
                        QStringLiteral("monitoring --year Y [--municipality NAME] [--format table|json|csv|xlsx|pdf] "
                                       "[--out FILE] | drill --year Y --indicator CODE [--part numerator|denominator|"
                                       "missing] [--municipality NAME] [--out FILE] | enter --year Y --municipality "
                                       "NAME --indicator CODE --numerator N --denominator N [--note TEXT] [--remove]"),
                        ReportCommands::tr("monitoring reports: indicators, the lists behind them, figures entered "
                                           "by hand"),
                        &ReportCommands::report});
}

} // namespace metodist::cli
