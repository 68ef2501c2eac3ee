// Opening the teachers page on a big database, as a person would: the time
// to a filled table, a search typed into the box, and the peak memory.
//   metodist-bench-gui FILE.sqlite      (QT_QPA_PLATFORM=offscreen works)
#include "MainWindow.h"
#include "models/RegistryModel.h"
#include "pages/RegistryPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTextStream>

#include <sys/resource.h>

using namespace metodist;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: metodist-bench-gui FILE.sqlite" << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.show();
    if (!window.openDatabase(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.showArea(1);
    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    QApplication::processEvents();
    out << "window with the teachers page filled: " << timer.elapsed() << " ms; rows loaded "
        << page->model()->rowCount() << " of " << page->model()->total() << Qt::endl;

    for (const QString &text : {QStringLiteral("петр"), QStringLiteral("кузьмина"), QStringLiteral("ёлкин")}) {
        timer.restart();
        RegistryFilter filter = page->model()->filter();
        filter.search = text;
        page->model()->setFilter(filter);
        out << "search «" << text << "»: " << timer.elapsed() << " ms to a filled table (" << page->model()->total()
            << " matches)" << Qt::endl;
    }
    timer.restart();
    for (int i = 0; i < 25 && page->model()->canFetchMore({}); ++i)
        page->model()->fetchMore({});
    out << "scrolling 25 more pages: " << timer.elapsed() << " ms" << Qt::endl;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak memory: " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
    return 0;
}
