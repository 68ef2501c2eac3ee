#pragma once

#include "services/RouteService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace metodist {

// «Create from diagnostics»: find a teacher by СНИЛС or name, see what
// RouteService suggests for their latest diagnostics, tick the items to keep
// and write the route. Nothing is written before OK.
class RouteDraftDialog : public QDialog
{
    Q_OBJECT

public:
    RouteDraftDialog(Database &db, const QString &academicYear, QWidget *parent = nullptr);
    // Lists the teachers matching a СНИЛС or a part of a name.
    void search(const QString &text);
    // Shows the suggestions for a teacher; false with the reason shown.
    bool chooseTeacher(qint64 teacherId);
    qint64 routeId() const { return m_routeId; }

    void accept() override;

private:
    void updateOk();

    Database &m_db;
    QString m_year;
    std::optional<RouteDraft> m_draft;
    qint64 m_routeId = 0;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QLabel *m_summary;
    QListWidget *m_items;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace metodist
