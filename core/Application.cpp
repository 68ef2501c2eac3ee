#include "Application.h"

#include "MetodistVersion.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace metodist {

QString Application::version()
{
    return QStringLiteral(METODIST_VERSION);
}

void Application::configureIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Metodist"));
    QCoreApplication::setApplicationName(QStringLiteral("Metodist"));
    QCoreApplication::setApplicationVersion(version());
}

QString Application::language()
{
    const QString code = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ru")).toString();
    return code == u"en" ? code : QStringLiteral("ru");
}

void Application::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

void Application::installTranslations(QCoreApplication &app)
{
    const QString code = language();
    QLocale::setDefault(QLocale(code == u"ru" ? QLocale::Russian : QLocale::English,
                                code == u"ru" ? QLocale::Russia : QLocale::UnitedKingdom));
    if (code == u"en")
        return; // source strings are English
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/metodist_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace metodist
