#include "Cli.h"

#include "Application.h"

#include <QDir>
#include <QApplication>
#include <QStandardPaths>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // Orders are laid out with Qt's text engine and fonts, and the report's
    // charts drawn by Qt Charts, which need a widgets application; the
    // command line never opens a window, so it runs on the offscreen
    // platform even without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt would warn about a missing
    // runtime folder on stderr, where scripts expect only our one-line errors.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/metodist-runtime-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QApplication app(argc, argv);
    metodist::Application::configureIdentity();
    metodist::Application::installTranslations(app);
    return metodist::cli::Cli().run(app.arguments());
}
