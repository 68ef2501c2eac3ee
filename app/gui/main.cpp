#include "Application.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    metodist::Application::configureIdentity();
    QApplication::setDesktopFileName(QStringLiteral("metodist"));
    metodist::Application::installTranslations(app);

    metodist::MainWindow window;
    const QStringList args = QApplication::arguments();
    window.openStartupDatabase(args.size() > 1 ? args.at(1) : QString());
    window.show();
    return QApplication::exec();
}
