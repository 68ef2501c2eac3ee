#include "Application.h"

#include "MetodistVersion.h"

#include <QFile>
#include <QLibraryInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace metodist {

namespace {

// Consulted first: answers with the program's translation, and writes down
// the program's texts it has none for.
class MissRecorder : public QTranslator
{
public:
    MissRecorder(QTranslator *own, const QString &logPath, QObject *parent)
        : QTranslator(parent), m_own(own), m_log(logPath)
    {
    }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        QString text = m_own->translate(context, source, disambiguation, n);
        if (!text.isEmpty() || !source || !*source)
            return text;
        static const QRegularExpression qtContext(QStringLiteral("^Q[A-Z]"));
        const QString where = QString::fromUtf8(context ? context : "");
        if (qtContext.match(where).hasMatch())
            return text;
        QMutexLocker lock(&m_mutex);
        if (m_log.isOpen() || m_log.open(QIODevice::Append | QIODevice::Text))
            m_log.write((where + u'\t' + QString::fromUtf8(source).replace(u'\n', QStringLiteral("\\n")) + u'\n').toUtf8());
        m_log.flush();
        return text;
    }

private:
    QTranslator *m_own;
    mutable QFile m_log;
    mutable QMutex m_mutex;
};

} // namespace

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
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/metodist_%1.qm").arg(code)))
        return;
    const QString missLog = qEnvironmentVariable("METODIST_UNTRANSLATED_LOG");
    if (missLog.isEmpty())
        QCoreApplication::installTranslator(own);
    else // the last installed is asked first
        QCoreApplication::installTranslator(new MissRecorder(own, missLog, &app));
}

} // namespace metodist
