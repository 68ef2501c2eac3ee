#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace metodist::test {

// Answers the modal dialog the next click opens. Catch's REQUIRE must not
// throw through Qt's event loop, so the answer only records; whatever it
// leaves open is rejected. Returns whether a modal dialog came up at all.
inline bool answerModal(QPushButton *button, const std::function<void(QWidget *)> &answer)
{
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    bool shown = false;
    // A timer of this frame: if no dialog comes up, it dies with the frame
    // rather than firing later into a finished test.
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        shown = modal != nullptr;
        if (!modal)
            return;
        answer(modal);
        if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
            dialog->reject();
    });
    timer.start(0);
    button->click();
    return shown;
}

// The page's button of that object name; the test fails without one.
inline QPushButton *pageButton(QWidget &page, const char *name)
{
    auto *button = page.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    return button;
}

} // namespace metodist::test
