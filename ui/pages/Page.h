#pragma once

#include "domain/Access.h"

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

    // The database changed underneath (another program, another window, a
    // job of this one writing through its own connection): reads it again
    // now, keeping the filters, the selection and where each list is
    // scrolled to where the rows are still there.
    void reloadKeepingView();
    // The same change, for a page not shown: it reads again when shown.
    virtual void markStale() { m_changedElsewhere = true; }

    // What the connected role may do (a server's role; a file allows
    // everything): the controls marked with requireCapability() are hidden
    // when it may not. The server refuses such work anyway; this keeps the
    // window from offering it.
    void setAccess(const SessionAccess &access);
    const SessionAccess &access() const { return m_access; }

    // Marks a control (a button, an action) as work that needs a capability.
    static void requireCapability(QObject *control, Capability capability);

signals:
    void statusMessage(const QString &text);
    // The page read its data again after work of its own wrote to the
    // database through another connection (an import): the window need not
    // reload it again for that change.
    void refreshedAfterWriting();

protected:
    // Reads the shown data again for reloadKeepingView(); the default page
    // shows nothing that changes.
    virtual void reloadData() {}
    void showEvent(QShowEvent *event) override;
    // Whether the role may; when it may not, the status bar says why (for
    // the ways to work that are not a control: a double click on a row).
    bool allowed(Capability capability);

private:
    bool m_changedElsewhere = false;
    SessionAccess m_access;
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
    void markStale() final { m_stale = true; }

protected:
    // For the parts a page hands the database on to, before it is read.
    virtual void databaseChanged() {}
    // refresh() keeps the selection of every reloading page.
    void reloadData() final { refresh(); }

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
