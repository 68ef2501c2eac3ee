#pragma once

#include <QWidget>

namespace metodist {

class Database;

// One area of the main window. The window owns the database and hands it to
// every page when a file is opened (nullptr when none is open).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void setDatabase(Database *db) = 0;

signals:
    void statusMessage(const QString &text);
};

// A page whose data other pages change (assignments, roadmaps, routes): it
// reads them again each time it is shown, not on every change elsewhere.
class ReloadingPage : public Page
{
    Q_OBJECT

public:
    using Page::Page;
    virtual void refresh() = 0;
    // Keeps the database and reads it now if the page is shown (or shows
    // nothing at once when the database is closed), else when it is shown.
    void setDatabase(Database *db) final
    {
        m_db = db;
        databaseChanged();
        m_stale = true;
        if (isVisible() || !db)
            refresh();
    }

protected:
    // For the parts a page hands the database on to, before it is read.
    virtual void databaseChanged() {}

    void showEvent(QShowEvent *event) override
    {
        Page::showEvent(event);
        if (m_stale)
            refresh();
    }
    void hideEvent(QHideEvent *event) override
    {
        Page::hideEvent(event);
        m_stale = true;
    }
    Database *m_db = nullptr;
    bool m_stale = true;
};

} // namespace metodist
