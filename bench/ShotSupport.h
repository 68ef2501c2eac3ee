#pragma once

// Helpers the screenshot tool's modes share: waiting for background work,
// saving a widget, and catching the dialog a button opens.

#include "MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace shots {

// The dialogs' long work runs on a worker thread (BackgroundTask); a
// picture of what follows it waits for its end.
template <typename Busy>
void waitWhile(Busy busy)
{
    while (busy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Lets timers, background loads and layouts run for `ms` milliseconds.
inline void settle(int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

inline void save(QWidget &widget, const QDir &out, const QString &name)
{
    widget.show();
    QApplication::processEvents();
    widget.grab().save(out.filePath(name));
}

// Saves `image` no wider than `maxWidth` (the user guide's pictures).
inline bool saveScaled(const QImage &image, const QString &path, int maxWidth)
{
    const QImage scaled = image.width() > maxWidth
                              ? image.scaledToWidth(maxWidth, Qt::SmoothTransformation)
                              : image;
    return scaled.convertToFormat(QImage::Format_RGB888).save(path);
}

// The page of the window named `objectName`, shown; nullptr when there is none.
inline QWidget *showPage(metodist::MainWindow &window, const QString &objectName, int settleMs = 1500)
{
    auto *stack = window.findChild<QStackedWidget *>();
    for (int i = 0; stack && i < stack->count(); ++i) {
        if (stack->widget(i)->objectName() == objectName || (objectName.isEmpty() && i == 0)) {
            window.showArea(i);
            settle(settleMs);
            return stack->widget(i);
        }
    }
    return nullptr;
}

// Chooses row `row` of the table named `name` in `parent` (empty: the first
// table shown that has rows), as a click does.
inline bool selectRow(QWidget *parent, const QString &name, int row = 0)
{
    QTableView *view = name.isEmpty() ? nullptr : parent->findChild<QTableView *>(name);
    if (name.isEmpty())
        for (QTableView *table : parent->findChildren<QTableView *>())
            if (table->isVisible() && table->model() && table->model()->rowCount() > row) {
                view = table;
                break;
            }
    if (!view || !view->model() || view->model()->rowCount() <= row)
        return false;
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
    settle(300);
    return true;
}

// A button of `parent` by its object name, or else by its (translated) text.
inline QAbstractButton *findButton(QWidget *parent, const QString &nameOrText)
{
    if (auto *button = parent->findChild<QAbstractButton *>(nameOrText))
        return button;
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>())
        if (button->text().remove(QLatin1Char('&')) == QString(nameOrText).remove(QLatin1Char('&')))
            return button;
    return nullptr;
}

// A dialog that opened (modal or not) and is not one of `before` or a progress dialog.
inline QDialog *newDialog(const QList<QWidget *> &before)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(widget);
        if (dialog && dialog->isVisible() && !before.contains(widget) && !qobject_cast<QProgressDialog *>(widget))
            return dialog;
    }
    return nullptr;
}

// What a shot of a dialog found: its size, for the report of dialogs larger
// than the screen.
struct Shot
{
    QString name;
    QSize size;
};

// Runs `open` (a click that opens a dialog, modal or not); once the dialog has
// settled, `prepare` may fill it, then it is saved as OUT/NAME (through
// `store` when given) and closed. Returns its size; an invalid size when no
// dialog opened within ten seconds.
inline QSize shootDialog(const std::function<void()> &open, const QDir &out, const QString &name,
                         const std::function<void(QDialog *)> &prepare = {},
                         const std::function<void(const QImage &, const QString &)> &store = {})
{
    const QList<QWidget *> before = QApplication::topLevelWidgets();
    QSize size;
    bool done = false;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QDialog *dialog = newDialog(before);
        if (!dialog || done)
            return;
        poll.stop();
        done = true;
        settle(1200);
        if (prepare)
            prepare(dialog);
        settle(300);
        const QImage image = dialog->grab().toImage();
        const QString path = out.filePath(name);
        if (store)
            store(image, path);
        else
            image.save(path);
        size = dialog->size();
        QTextStream(stderr) << name << ": " << size.width() << "x" << size.height()
                            << (size.width() > 1366 || size.height() > 768 ? "  LARGER THAN 1366x768"
                                : size.height() > 700 ? "  too high for 768 with a title bar and a panel"
                                                      : "")
                            << Qt::endl;
        dialog->close();
    });
    poll.start();
    open();
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    poll.stop();
    if (!done)
        QTextStream(stderr) << name << ": no dialog opened" << Qt::endl;
    return size;
}

// shootDialog() of the dialog a button opens.
inline QSize shootButton(QWidget *parent, const QString &button, const QDir &out, const QString &name,
                         const std::function<void(QDialog *)> &prepare = {},
                         const std::function<void(const QImage &, const QString &)> &store = {})
{
    QAbstractButton *b = findButton(parent, button);
    if (!b || !b->isEnabled()) {
        QTextStream(stderr) << name << ": no enabled button " << button << Qt::endl;
        return {};
    }
    return shootDialog([b] { b->click(); }, out, name, prepare, store);
}

// A fictitious region with nobody assigned yet (2000 teachers, 40
// methodists), for the automatic plan and the order made from it.
bool makePlanningRegion(const QString &path);

// The modes of metodist-screenshots that have files of their own.
int dialogShots(const QString &dbPath, const QDir &out);
int guideShots(const QString &dbPath, const QDir &out);

} // namespace shots
