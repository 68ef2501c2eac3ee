// One main for every test program: a QApplication on the offscreen platform
// (widget tests need one; core tests are indifferent), the program's identity,
// and settings kept in a temporary folder so tests never touch the user's.
// Built without widgets (METODIST_TEST_WITHOUT_WIDGETS, the core tests of a
// build without the GUI) it is a QGuiApplication: documents still need fonts.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Application.h"

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
    return Catch::Session().run(argc, argv);
}
