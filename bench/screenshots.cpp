// Pictures of what a person sees, for reviewing the UI without a desktop:
//   QT_QPA_PLATFORM=offscreen build/bench/metodist-screenshots DB.sqlite FILE.csv OUTDIR
// writes the teachers page, the editor of the first teacher, and the import
// wizard's column and check pages for FILE.csv.
#include "Application.h"
#include "MainWindow.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/PersonDialog.h"
#include "models/RegistryModel.h"
#include "pages/RegistryPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>

using namespace metodist;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString dbPath = QString::fromLocal8Bit(argv[1]);
    const QString csv = QString::fromLocal8Bit(argv[2]);
    const QDir out(QString::fromLocal8Bit(argv[3]));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    Application::configureIdentity();
    Application::installTranslations(app);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openDatabase(dbPath))
        return 1;
    window.showArea(1);
    QApplication::processEvents();
    window.grab().save(out.filePath(QStringLiteral("teachers-page.png")));

    Database db;
    if (!db.open(dbPath).ok())
        return 1;
    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    PersonDialog editor(db, ImportKind::Teachers, page->model()->idAt(0));
    editor.show();
    QApplication::processEvents();
    editor.grab().save(out.filePath(QStringLiteral("teacher-editor.png")));
    PersonDialog methodist(db, ImportKind::Methodists, 0);
    methodist.show();
    QApplication::processEvents();
    methodist.grab().save(out.filePath(QStringLiteral("methodist-editor-empty.png")));

    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(csv);
    wizard.next();
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("import-columns.png")));
    wizard.next();
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("import-check.png")));
    return 0;
}
