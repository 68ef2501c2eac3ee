#include "Cli.h"

#include "Application.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    metodist::Application::configureIdentity();
    metodist::Application::installTranslations(app);
    return metodist::cli::Cli().run(app.arguments());
}
