// The program speaks Russian everywhere: the translation file is complete and
// up to date with the sources, numbers are printed the Russian way, and the
// CLI's help and every area of the window ask for no text the translation
// lacks (METODIST_UNTRANSLATED_LOG, see Application::installTranslations).
#include <catch2/catch.hpp>

#include "Application.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "pages/MonitoringPage.h"
#include "services/DemoRegion.h"
#include "storage/Database.h"

#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace metodist;
using metodist::test::Scratch;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            messages.last().unfinished = !type.isEmpty(); // unfinished, vanished, obsolete
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    messages.last().translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (messages.last().translations.isEmpty())
                messages.last().translations << text;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// The placeholders of a text: «%1», «%L2», «%n»… as a set of numbers (0 for %n).
QSet<int> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<int> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString what = it.next().captured(1);
        found.insert(what == u"n" ? 0 : what.toInt());
    }
    return found;
}

// Numbers that are not quantities — a calendar year, a record's number — keep
// their digits together: the translation says %1, not %L1.
bool plainNumbersAllowed(const Message &m)
{
    static const QSet<QString> allowed{
        QStringLiteral("metodist::EventsPage|%1 %2: %n event(s)"),
        QStringLiteral("MonitoringService|There is no municipality number %1."),
        QStringLiteral("metodist::OrderDialog|Assignments of the automatic planning run № %1"),
        QStringLiteral("metodist::RouteItemDialog|#%1"),
    };
    return allowed.contains(m.context + u'|' + m.source);
}

QString readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("translations: every text has a Russian translation with the same placeholders", "[translations]")
{
    const QList<Message> messages = readTs(QStringLiteral(METODIST_SOURCE_DIR "/translations/metodist_ru.ts"));
    REQUIRE(messages.size() > 1000);
    for (const Message &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        CHECK_FALSE(m.context.isEmpty()); // a text in no context is never translated
        const bool plural = m.source.contains(QStringLiteral("%n"));
        CHECK(m.translations.size() == (plural ? 3 : 1)); // Russian: one, few, many
        for (const QString &t : m.translations) {
            INFO(t.toStdString());
            CHECK_FALSE(t.trimmed().isEmpty());
            // A plural form may leave the number out («один педагог»), nothing else.
            QSet<int> expected = placeholders(m.source);
            QSet<int> got = placeholders(t);
            if (plural) {
                expected.remove(0);
                got.remove(0);
            }
            CHECK(got == expected);
            // Numbers as Russian prints them, 13 120: every placeholder is %L.
            if (!plainNumbersAllowed(m)) {
                static const QRegularExpression plain(QStringLiteral("%(\\d|n)"));
                CHECK_FALSE(plain.match(t).hasMatch());
            }
        }
    }
}

TEST_CASE("translations: the translation file is up to date with the sources", "[translations]")
{
    Scratch scratch;
    const QString fresh = scratch.path(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(METODIST_SOURCE_DIR));
    lupdate.start(QStringLiteral(METODIST_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("core"), QStringLiteral("charts"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> committed;
    for (const Message &m : readTs(QStringLiteral(METODIST_SOURCE_DIR "/translations/metodist_ru.ts")))
        committed.insert(m.context + u'|' + m.source);
    const QList<Message> found = readTs(fresh);
    REQUIRE(found.size() > 1000);
    QStringList missing;
    for (const Message &m : found)
        if (!committed.contains(m.context + u'|' + m.source))
            missing << m.context + u'|' + m.source;
    INFO("run scripts/update-translations.sh and translate: " << missing.join(QStringLiteral("\n")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("translations: the CLI's help of every command is Russian", "[translations][cli]")
{
    Scratch scratch;
    const QString log = scratch.path(QStringLiteral("untranslated.log"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("METODIST_UNTRANSLATED_LOG"), log);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    const auto run = [&](const QStringList &arguments) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(METODIST_CLI), arguments);
        REQUIRE(cli.waitForFinished(60000));
        return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    };
    const QString help = run({QStringLiteral("--help")});
    // The commands are the indented words of the general help.
    static const QRegularExpression command(QStringLiteral("^  ([a-z]+)\\b"), QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = command.globalMatch(help); it.hasNext();)
        commands << it.next().captured(1);
    REQUIRE(commands.size() >= 15);
    CHECK(commands.contains(QStringLiteral("order")));
    for (const QString &name : commands) {
        INFO(name.toStdString());
        const QString text = run({name, QStringLiteral("--help")});
        CHECK(text.contains(QRegularExpression(QStringLiteral("[а-яё]{4,}"))));
    }
    // Errors too: an unknown command, a missing file.
    run({QStringLiteral("nosuchcommand")});
    run({QStringLiteral("--db"), scratch.path(QStringLiteral("absent/x.sqlite")), QStringLiteral("list"),
         QStringLiteral("teachers")});
    const QString untranslated = readLog(log);
    INFO(untranslated.toStdString());
    CHECK(untranslated.isEmpty());
    // Every description line of the general help is Russian: a line with
    // Latin words and no Cyrillic is syntax («init [--region …]») or nothing.
    for (const QString &line : help.split(u'\n')) {
        if (line.startsWith(QStringLiteral("      "))) {
            INFO(line.toStdString());
            CHECK(line.contains(QRegularExpression(QStringLiteral("[а-яё]"))));
        }
    }
}

TEST_CASE("translations: every area of the window is Russian", "[translations][gui]")
{
    Scratch scratch;
    const QString log = scratch.path(QStringLiteral("untranslated.log"));
    qputenv("METODIST_UNTRANSLATED_LOG", log.toUtf8());
    Application::installTranslations(*QCoreApplication::instance()); // asked first from now on
    qunsetenv("METODIST_UNTRANSLATED_LOG");

    // The check can fail: a text the program has no translation for is written down.
    QCoreApplication::translate("metodist::Nowhere", "A text nobody translated");
    CHECK(readLog(log).contains(QStringLiteral("metodist::Nowhere\tA text nobody translated")));
    QFile::remove(log);

    const QString path = scratch.path(QStringLiteral("demo.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        DemoOptions options;
        options.teachers = 400;
        options.methodists = 10;
        REQUIRE(DemoRegion::generate(db, options).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path, MainWindow::Opening::Existing));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    for (int area = 0; area < stack->count(); ++area) {
        window.showArea(area);
        QTest::qWait(50);
        if (auto *monitoring = qobject_cast<MonitoringPage *>(stack->widget(area)))
            REQUIRE(QTest::qWaitFor([&] { return monitoring->report().has_value() && !monitoring->isComputing(); },
                                    20000));
    }
    const QString untranslated = readLog(log);
    INFO(untranslated.toStdString());
    CHECK(untranslated.isEmpty());
}
