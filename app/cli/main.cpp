#include "Cli.h"

#include "Application.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Orders are laid out with Qt's text engine and fonts, which need a GUI
    // application; the command line never opens a window, so it runs on the
    // offscreen platform even without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    metodist::Application::configureIdentity();
    metodist::Application::installTranslations(app);
    return metodist::cli::Cli().run(app.arguments());
}
