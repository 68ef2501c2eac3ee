#include "dialogs/ConflictDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist {

ConflictDialog::ConflictDialog(const QString &record, const QList<FieldDifference> &differences, bool deleted,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(deleted ? tr("The record was deleted") : tr("The record was changed by someone else"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    heading->setText(deleted ? tr("Someone else deleted «%1» after you opened it.").arg(record)
                             : tr("Someone else changed «%1» after you opened it.").arg(record));
    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setText(
        deleted ? tr("Your changes are not saved yet. You can save your version as a new record, discard it, or go "
                     "back to the editor to copy what you need.")
                : tr("Your changes are not saved yet. Below are the fields where your version and the saved one "
                     "differ; the highlighted ones were changed by someone else since you opened the record."));
    auto *texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(explanation);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);

    if (!deleted) {
        auto *table = new QTableWidget(int(differences.size()), 3, this);
        table->setObjectName(QStringLiteral("differences"));
        table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Saved by someone else")});
        table->verticalHeader()->setVisible(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setFocusPolicy(Qt::NoFocus);
        table->setWordWrap(true);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        const QColor changed(0xff, 0xf1, 0xc7);
        for (int row = 0; row < differences.size(); ++row) {
            const FieldDifference &d = differences[row];
            const QString cells[] = {d.label, d.yours, d.stored};
            for (int column = 0; column < 3; ++column) {
                auto *item = new QTableWidgetItem(cells[column]);
                item->setToolTip(cells[column]);
                if (d.changedElsewhere) {
                    item->setBackground(changed);
                    if (column == 2) {
                        QFont font = item->font();
                        font.setBold(true);
                        item->setFont(font);
                    }
                }
                table->setItem(row, column, item);
            }
        }
        table->resizeRowsToContents();
        int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 2;
        for (int row = 0; row < table->rowCount(); ++row)
            height += table->rowHeight(row);
        // As high as its rows (a long list scrolls), as wide as a form.
        table->setFixedHeight(std::min(height, 360));
        table->setMinimumWidth(640);
        layout->addWidget(table);
    }

    setMinimumWidth(520);
    auto *buttons = new QDialogButtonBox(this);
    auto *overwrite = buttons->addButton(deleted ? tr("Save mine as a new record") : tr("Save mine anyway"),
                                         QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    auto *takeStored = buttons->addButton(deleted ? tr("Discard my changes") : tr("Take the saved version"),
                                          QDialogButtonBox::DestructiveRole);
    takeStored->setObjectName(QStringLiteral("takeStored"));
    auto *keepEditing = buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditing"));
    keepEditing->setDefault(true);
    keepEditing->setFocus();
    overwrite->setToolTip(deleted ? tr("Saves your version as a new record.")
                                  : tr("Saves your version over the one saved by someone else."));
    takeStored->setToolTip(deleted ? tr("Closes the editor without saving.")
                                   : tr("Shows the saved version in the editor; your changes are dropped."));
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(takeStored, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeStored;
        accept();
    });
    connect(keepEditing, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &record,
                                           const QList<FieldDifference> &differences, bool deleted)
{
    ConflictDialog dialog(record, differences, deleted, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace metodist
