#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/GuideDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace metodist;
using metodist::test::Scratch;

namespace {

// The guide the Help menu opens, as the dialog found it.
QString guideIndex()
{
    return GuideDialog::locate(QCoreApplication::applicationDirPath());
}

QString guideHtml()
{
    QFile file(guideIndex());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("the Help menu's first command opens the user guide beside the window", "[gui][guide]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QList<QAction *> menus = window.menuBar()->actions();
    REQUIRE_FALSE(menus.isEmpty());
    QMenu *help = menus.last()->menu();
    REQUIRE(help);
    CHECK(help->title() == MainWindow::tr("&Help"));
    QAction *first = help->actions().value(0);
    REQUIRE(first);
    CHECK(first->objectName() == QLatin1String("userGuide"));
    CHECK(first->text() == MainWindow::tr("&User guide"));
    CHECK(first->shortcut() == QKeySequence(Qt::Key_F1));

    CHECK(window.findChild<GuideDialog *>() == nullptr);
    first->trigger();
    auto *guide = window.findChild<GuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isModal()); // the user reads and works at once
    CHECK(guide->isLoaded());
    CHECK(guide->browser()->source() == QUrl::fromLocalFile(guideIndex()));
    // A second F1 brings the open guide forward instead of a second one.
    first->trigger();
    CHECK(window.findChildren<GuideDialog *>().size() == 1);
}

TEST_CASE("the user guide has the four daily tasks, whole pictures and working links", "[gui][guide]")
{
    REQUIRE_FALSE(guideIndex().isEmpty());
    GuideDialog dialog(guideIndex());
    REQUIRE(dialog.isLoaded());
    QTextDocument *document = dialog.browser()->document();

    QStringList headings;
    QSet<QString> anchors;
    QStringList links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            headings << block.text().trimmed();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                anchors.insert(name);
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                links << format.anchorHref();
        }
    }
    const auto hasHeading = [&headings](const QString &text) {
        return std::any_of(headings.begin(), headings.end(), [&text](const QString &h) { return h.contains(text); });
    };
    // The daily tasks of the issue, each under its own heading.
    CHECK(hasHeading(QStringLiteral("Задача 1. Импорт списка педагогов и методистов")));
    CHECK(hasHeading(QStringLiteral("Задача 2. Закрепление педагогов за методистами и приказ")));
    CHECK(hasHeading(QStringLiteral("Задача 3. Дорожная карта")));
    CHECK(hasHeading(QStringLiteral("Задача 4. Отчёт мониторинга")));
    CHECK(hasHeading(QStringLiteral("Резервная копия")));
    CHECK(hasHeading(QStringLiteral("Если что-то пошло не так")));
    CHECK(hasHeading(QStringLiteral("Сопоставление значений")));

    // Every internal link leads to an anchor of the guide.
    int internal = 0;
    for (const QString &href : links) {
        if (!href.startsWith(u'#'))
            continue;
        ++internal;
        INFO("link " << href.toStdString());
        CHECK(anchors.contains(href.mid(1)));
    }
    CHECK(internal >= 9); // the contents at least

    // Every picture is a file beside the guide that the browser loads.
    const QString html = guideHtml();
    const QRegularExpression image(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]+)\""));
    int pictures = 0;
    for (auto match = image.globalMatch(html); match.hasNext();) {
        const QString src = match.next().captured(1);
        ++pictures;
        INFO("picture " << src.toStdString());
        const QString path = QFileInfo(guideIndex()).dir().filePath(src);
        CHECK(QFileInfo(path).isFile());
        CHECK_FALSE(QImage(path).isNull());
        const QVariant loaded = dialog.browser()->loadResource(QTextDocument::ImageResource, QUrl(src));
        CHECK_FALSE(loaded.isNull());
    }
    CHECK(pictures >= 15);
    // The guide's folder holds only what the guide shows: every picture there is used.
    for (const QString &file : QDir(QFileInfo(guideIndex()).dir().filePath(QStringLiteral("images")))
                                   .entryList({QStringLiteral("*.png")}, QDir::Files)) {
        INFO("unused picture " << file.toStdString());
        CHECK(html.contains(QStringLiteral("images/") + file));
    }
}

TEST_CASE("the guide is searched forwards, backwards and round its end", "[gui][guide]")
{
    GuideDialog dialog(guideIndex());
    REQUIRE(dialog.isLoaded());
    CHECK(dialog.find(QStringLiteral("Резервная копия базы данных")));
    const int first = dialog.browser()->textCursor().position();
    CHECK(dialog.find(QStringLiteral("Резервная копия базы данных")));
    CHECK(dialog.browser()->textCursor().position() > first);
    CHECK(dialog.find(QStringLiteral("Резервная копия базы данных"), true));
    CHECK(dialog.browser()->textCursor().position() == first);
    CHECK_FALSE(dialog.find(QStringLiteral("такого текста в руководстве нет")));
}

TEST_CASE("the guide is found where the package installs it, and its absence is explained", "[gui][guide]")
{
    Scratch scratch;
    // The package's layout: PREFIX/bin/metodist and PREFIX/share/metodist/guide.
    const QDir prefix(scratch.root());
    REQUIRE(prefix.mkpath(QStringLiteral("bin")));
    REQUIRE(prefix.mkpath(QStringLiteral("share/metodist/guide")));
    QFile index(prefix.filePath(QStringLiteral("share/metodist/guide/index.html")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("<html><body><h1>Руководство</h1></body></html>");
    index.close();
    CHECK(GuideDialog::candidates(prefix.filePath(QStringLiteral("bin"))).first()
          == QDir::cleanPath(prefix.filePath(QStringLiteral("share/metodist/guide"))));
    CHECK(GuideDialog::locate(prefix.filePath(QStringLiteral("bin"))) == QFileInfo(index).absoluteFilePath());

    // Without the files: a readable message naming where the guide was looked for.
    GuideDialog missing(scratch.path(QStringLiteral("nowhere/index.html")));
    CHECK_FALSE(missing.isLoaded());
    const QString text = missing.browser()->toPlainText();
    CHECK(text.contains(GuideDialog::tr("The user guide was not found")));
    CHECK(text.contains(QStringLiteral("share/metodist/guide")));
    CHECK(text.contains(QDir::toNativeSeparators(scratch.path(QStringLiteral("nowhere/index.html")))));
    CHECK_FALSE(missing.find(QStringLiteral("Руководство")));
}
