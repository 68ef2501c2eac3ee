// One main for every test program: a QApplication on the offscreen platform
// (widget tests need one; core tests are indifferent), the program's identity,
// and settings kept in a temporary folder so tests never touch the user's.
// Built without widgets (METODIST_TEST_WITHOUT_WIDGETS, the core tests of a
// build without the GUI) it is a QGuiApplication: documents still need fonts.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Application.h"
#include "TestSupport.h"

#ifdef METODIST_TEST_WITHOUT_WIDGETS
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QApplication>
using TestApplication = QApplication;
#endif
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    TestApplication app(argc, argv);
    metodist::Application::configureIdentity();
    metodist::Application::installTranslations(app); // Russian, as users see it
    QStandardPaths::setTestModeEnabled(true);
    // The server half of a test program: skipped (ctest's code 77) without a
    // server, and the cases that only SQLite has left out.
    std::vector<char *> args(argv, argv + argc);
    QByteArray sqliteOnly("~[sqlite-only]");
    if (metodist::test::onServer()) {
        if (qEnvironmentVariableIsEmpty("METODIST_TEST_POSTGRESQL")) {
            fprintf(stderr, "No PostgreSQL server for the tests (METODIST_TEST_POSTGRESQL): skipped.\n");
            return 77;
        }
        bool filtered = false;
        for (int i = 1; i < argc; ++i)
            filtered = filtered || argv[i][0] != '-';
        if (!filtered)
            args.push_back(sqliteOnly.data());
    }
    const int result = Catch::Session().run(int(args.size()), args.data());
    metodist::test::dropServerDatabases();
    return result;
}
