#include "dialogs/HistoryDialog.h"

#include "models/ListModel.h"
#include "services/RegistryExport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist {

class HistoryModel : public ListModel<HistoryEntry>
{
    Q_DECLARE_TR_FUNCTIONS(HistoryModel)

public:
    explicit HistoryModel(QObject *parent) : ListModel<HistoryEntry>(parent)
    {
        auto text = [](QString (*field)(const HistoryEntry &)) {
            return [field](const HistoryEntry &e, int role) -> QVariant {
                return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(field(e)) : QVariant();
            };
        };
        addColumn(tr("When"), [](const HistoryEntry &e, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return HistoryService::timeText(e);
            if (role == SortRole)
                return e.at;
            return {};
        });
        addColumn(tr("Who"), text([](const HistoryEntry &e) { return e.actor.isEmpty() ? QStringLiteral("—") : e.actor; }));
        addColumn(tr("Action"), text([](const HistoryEntry &e) { return e.action; }));
        addColumn(tr("Record"), text([](const HistoryEntry &e) { return e.record; }));
        addColumn(tr("Field"), text([](const HistoryEntry &e) { return e.field; }));
        addColumn(tr("Was"), text([](const HistoryEntry &e) { return e.oldValue; }));
        addColumn(tr("Became"), text([](const HistoryEntry &e) { return e.newValue; }));
    }
};

HistoryDialog::HistoryDialog(const Database &db, HistorySubject subject, qint64 id, const QString &name,
                             QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_model(new HistoryModel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(name.isEmpty() ? tr("History of changes") : tr("History of changes: %1").arg(name));
    auto history = HistoryService(db).of(subject, id);
    if (history)
        m_history = history.value();
    m_model->setRows(m_history.entries);

    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    QStringList note;
    if (!history)
        note << history.message();
    else if (!m_history.audited)
        note << HistoryService::fileNote();
    if (history && m_history.entries.isEmpty())
        note << tr("Nothing is recorded about this record yet.");
    m_note->setText(note.join(u' '));
    m_note->setVisible(!m_note->text().isEmpty());

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    // Long texts (a deleted row in one line) are read in the tooltip.
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    m_table->scrollToBottom(); // the latest change first in sight

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportHistory"));
    exportButton->setEnabled(!m_history.entries.isEmpty());
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 520);
}

QString HistoryDialog::noteText() const
{
    return m_note->text();
}

Status HistoryDialog::exportTo(const QString &path) const
{
    return RegistryExport::write(HistoryService::table(m_history, tr("History")), path);
}

void HistoryDialog::chooseExportFile()
{
    const QString suggested = tr("History of changes") + (m_name.isEmpty() ? QString() : QStringLiteral(" — ") + m_name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export"), written.message());
}

} // namespace metodist
