#include "dialogs/AssignmentHistoryPanel.h"

#include "domain/AcademicYear.h"
#include "models/AssignmentModels.h"
#include "storage/AssignmentRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

AssignmentHistoryPanel::AssignmentHistoryPanel(Database &db, ImportKind kind, qint64 personId, QWidget *parent)
    : QWidget(parent)
    , m_model(new AssignmentListModel(kind == ImportKind::Teachers ? AssignmentListModel::historyOfTeacher()
                                                                   : AssignmentListModel::teachersOfMethodist(),
                                      this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("assignmentHistory"));
    AssignmentFilter filter;
    QString title;
    if (kind == ImportKind::Teachers) {
        filter.teacherId = personId;
        filter.activeOnly = false; // ended assignments are the history
        title = tr("Methodists assigned");
    } else {
        const QString year = AcademicYear::containing(QDate::currentDate()).text();
        filter.methodistId = personId;
        filter.academicYear = year;
        title = tr("Teachers assigned in %1").arg(year);
    }
    auto rows = AssignmentRepository(db).list(filter);
    m_model->setRows(rows ? rows.value() : QList<AssignmentRow>());

    auto *heading = new QLabel(this);
    if (!rows)
        heading->setText(QStringLiteral("%1: %2").arg(title, rows.message()));
    else if (rows.value().isEmpty())
        heading->setText(tr("%1: none").arg(title));
    else
        heading->setText(QStringLiteral("%1 (%2)").arg(title).arg(rows.value().size()));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    // A card is a form first: the list stays a few rows high and scrolls.
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 4 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_table->setVisible(!m_model->rows().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_table);
}

int AssignmentHistoryPanel::rowCount() const
{
    return m_model->rowCount();
}

} // namespace metodist
