#pragma once

#include <QCoreApplication>
#include <QString>

namespace metodist {

// What the GUI and the CLI share at start-up: the application's identity
// (for QSettings and the default database location) and the translations.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    static QString version();
    static void configureIdentity();
    // "ru" (the default) or "en"; stored per user in QSettings.
    static QString language();
    static void setLanguage(const QString &code);
    // Installs the program's and Qt's translations for language(); call after
    // the QCoreApplication exists.
    // With METODIST_UNTRANSLATED_LOG=FILE in the environment, every text of
    // the program that finds no Russian translation is appended to FILE as
    // «context<TAB>source» (Qt's own texts, whose contexts start with «Q»,
    // are left to Qt's translation): the check that the window and the CLI
    // speak Russian everywhere.
    static void installTranslations(QCoreApplication &app);
};

} // namespace metodist
