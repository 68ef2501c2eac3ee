#include "dialogs/GuideDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace metodist {

namespace {

const QString indexName = QStringLiteral("index.html");

} // namespace

GuideDialog::GuideDialog(const QString &indexPath, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_searchResult(new QLabel(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("User guide — Metodist"));
    // Beside the main window, not over it: the user reads and works at once.
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_search->setObjectName(QStringLiteral("guideSearch"));
    m_search->setPlaceholderText(tr("Find in the guide"));
    m_search->setClearButtonEnabled(true);
    m_searchResult->setObjectName(QStringLiteral("guideSearchResult"));

    auto *contents = new QPushButton(tr("&Contents"), this);
    contents->setObjectName(QStringLiteral("guideContents"));
    auto *back = new QPushButton(tr("&Back"), this);
    back->setObjectName(QStringLiteral("guideBack"));
    back->setEnabled(false);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("guideFindNext"));

    auto *top = new QHBoxLayout;
    top->addWidget(contents);
    top->addWidget(back);
    top->addSpacing(16);
    top->addWidget(m_search, 1);
    top->addWidget(previous);
    top->addWidget(next);
    top->addWidget(m_searchResult);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchResult, &QLabel::clear);
    connect(next, &QPushButton::clicked, this, [this] { find(m_search->text()); });
    connect(previous, &QPushButton::clicked, this, [this] { find(m_search->text(), true); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Enter in the search field finds; it must not close the dialog.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    if (!indexPath.isEmpty() && QFileInfo(indexPath).isFile()) {
        m_browser->setSearchPaths({QFileInfo(indexPath).absolutePath()});
        m_browser->setSource(QUrl::fromLocalFile(QFileInfo(indexPath).absoluteFilePath()));
        m_loaded = !m_browser->document()->isEmpty();
    }
    if (!m_loaded)
        showMissing(indexPath);

    // The guide's pictures at their size (960 wide), within the screen with
    // its title bar and panel.
    QSize size(1040, 700);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    resize(size);
}

QStringList GuideDialog::candidates(const QString &applicationDir)
{
    QStringList dirs;
    if (!applicationDir.isEmpty())
        dirs << QDir::cleanPath(QDir(applicationDir).filePath(QStringLiteral("../share/metodist/guide")));
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        dirs << QDir::cleanPath(QDir(data).filePath(QStringLiteral("metodist/guide")));
#ifdef METODIST_GUIDE_SOURCE_DIR
    dirs << QDir::cleanPath(QStringLiteral(METODIST_GUIDE_SOURCE_DIR));
#endif
    dirs.removeDuplicates();
    return dirs;
}

QString GuideDialog::locate(const QString &applicationDir)
{
    for (const QString &dir : candidates(applicationDir))
        if (const QFileInfo index(QDir(dir).filePath(indexName)); index.isFile())
            return index.absoluteFilePath();
    return {};
}

bool GuideDialog::find(const QString &text, bool backward)
{
    if (text.isEmpty() || !m_loaded)
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Round the end (or the beginning) and once more.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_searchResult->setText(found ? QString() : tr("Not found"));
    return found;
}

void GuideDialog::showMissing(const QString &indexPath)
{
    QStringList places;
    for (const QString &dir : candidates(QCoreApplication::applicationDirPath()))
        places << QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(dir).toHtmlEscaped());
    const QString missing = indexPath.isEmpty()
                                ? QString()
                                : tr("The file %1 is missing.").arg(QDir::toNativeSeparators(indexPath));
    m_browser->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><ul>%5</ul>")
                           .arg(tr("The user guide was not found").toHtmlEscaped(),
                                tr("The guide is installed together with the program, into the folder "
                                   "share/metodist/guide beside its folder bin. Reinstall Metodist or ask the "
                                   "administrator to do it.")
                                    .toHtmlEscaped(),
                                missing.toHtmlEscaped(), tr("Places looked in:").toHtmlEscaped(),
                                places.join(QString())));
}

} // namespace metodist
