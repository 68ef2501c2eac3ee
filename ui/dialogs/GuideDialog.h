#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace metodist {

// The user guide (docs/guide/index.html and its pictures), shown beside the
// window it was opened from: Справка → «Руководство пользователя» (F1).
// Links inside the guide follow in the dialog; the search field finds text
// forwards and back, going round at the end. Without the guide's files it
// shows what is missing and where it was looked for.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    // `indexPath`: the guide's index.html (locate() finds it); empty or
    // missing, the dialog says so instead.
    explicit GuideDialog(const QString &indexPath, QWidget *parent = nullptr);

    // The places the guide is looked for, in order: beside the program as it
    // is installed (APPDIR/../share/metodist/guide, on Linux and in the
    // Windows installer alike), the system's data folders
    // (/usr/share/metodist/guide...), and the source tree the program was
    // built from, so a program run from the build tree finds it too.
    static QStringList candidates(const QString &applicationDir);
    // The first of the candidates that has an index.html; empty when none has.
    static QString locate(const QString &applicationDir);

    bool isLoaded() const { return m_loaded; }
    QTextBrowser *browser() const { return m_browser; }
    // Selects the next (or previous) occurrence of `text`, going round the
    // document's end; false when the text is not in the guide.
    bool find(const QString &text, bool backward = false);

private:
    void showMissing(const QString &indexPath);

    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QLabel *m_searchResult;
    bool m_loaded = false;
};

} // namespace metodist
