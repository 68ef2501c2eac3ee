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

} // namespace metodist
