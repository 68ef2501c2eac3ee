#include "dialogs/ValueMappingPage.h"

#include "domain/ReferenceData.h"
#include "storage/DictionaryRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist {

namespace {

enum Column { DictionaryColumn, ValueColumn, RowsColumn, EntryColumn };

// What a choice of the combo means besides an entry's id.
constexpr qint64 notMapped = 0;
constexpr qint64 addToDictionary = -1;

} // namespace

ValueMappingPage::ValueMappingPage(QWidget *parent)
    : QWizardPage(parent)
    , m_info(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("valueMappingPage"));
    setTitle(tr("Value mapping"));
    setSubTitle(tr("These values of the file are not in the dictionaries. Say what each one means: the choice is "
                   "remembered as an alias of the entry, and the next file with the same values is imported without "
                   "this step."));
    m_info->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("values"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Dictionary"), tr("Value in the file"), tr("Rows"), tr("Means the entry")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(DictionaryColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntryColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table);
}

void ValueMappingPage::showValues(const Database &db, const QList<UnknownValue> &values)
{
    m_values = values;
    m_table->setRowCount(int(values.size()));
    const DictionaryRepository dictionaries(db);
    QHash<QString, QList<DictionaryEntry>> entriesOf;
    QStringList problems; // a dictionary that could not be read: its values can only stay unmapped
    int suggested = 0;
    for (int row = 0; row < values.size(); ++row) {
        const UnknownValue &value = values[row];
        if (!entriesOf.contains(value.dictionary)) {
            auto entries = dictionaries.entries(value.dictionary);
            if (!entries)
                problems << entries.message();
            entriesOf.insert(value.dictionary, entries ? entries.value() : QList<DictionaryEntry>());
        }
        auto *dictionary = new QTableWidgetItem(ReferenceData::title(value.dictionary));
        dictionary->setToolTip(tr("Column «%1» of the file").arg(value.column));
        m_table->setItem(row, DictionaryColumn, dictionary);
        auto *text = new QTableWidgetItem(value.value);
        text->setToolTip(value.value);
        m_table->setItem(row, ValueColumn, text);
        auto *rows = new QTableWidgetItem(QString::number(value.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RowsColumn, rows);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("entry%1").arg(row));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        combo->addItem(tr("— leave unmapped —"), notMapped);
        if (DictionaryService::isOpenToAdditions(value.dictionary))
            combo->addItem(tr("— add to the dictionary —"), addToDictionary);
        for (const DictionaryEntry &entry : entriesOf.value(value.dictionary)) {
            combo->addItem(entry.name, entry.id);
            combo->setItemData(combo->count() - 1, entry.name, Qt::ToolTipRole);
        }
        if (value.suggestedId > 0) {
            combo->setCurrentIndex(std::max(0, combo->findData(value.suggestedId)));
            ++suggested;
        }
        const auto showTip = [combo] { combo->setToolTip(combo->currentText()); };
        connect(combo, &QComboBox::currentIndexChanged, combo, showTip);
        showTip();
        m_table->setCellWidget(row, EntryColumn, combo);
    }
    m_table->resizeColumnToContents(ValueColumn);
    m_table->setColumnWidth(ValueColumn, std::min(m_table->columnWidth(ValueColumn), 320));
    int rows = 0;
    for (const UnknownValue &value : values)
        rows += value.rows;
    m_info->setText(tr("%n distinct value(s) in %1 row(s); a likely entry is chosen for %2 of them — check each "
                       "before going on. Values left unmapped stay errors of their rows.",
                       nullptr, int(values.size()))
                        .arg(rows)
                        .arg(suggested)
                    + (problems.isEmpty() ? QString() : u'\n' + problems.join(u'\n')));
}

QList<DictionaryService::ValueChoice> ValueMappingPage::choices() const
{
    QList<DictionaryService::ValueChoice> result;
    for (int row = 0; row < m_values.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, EntryColumn));
        const qint64 choice = combo ? combo->currentData().toLongLong() : notMapped;
        if (choice == notMapped)
            continue;
        DictionaryService::ValueChoice value;
        value.dictionary = m_values[row].dictionary;
        value.value = m_values[row].value;
        value.addEntry = choice == addToDictionary;
        value.entryId = value.addEntry ? 0 : choice;
        result.append(value);
    }
    return result;
}

} // namespace metodist
