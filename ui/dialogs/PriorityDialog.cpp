#include "dialogs/PriorityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace metodist {

namespace {

constexpr int CodesRole = Qt::UserRole + 1;

QStringList codesAt(const QListWidget *list, int row)
{
    return list->item(row)->data(CodesRole).toStringList();
}

} // namespace

PriorityDialog::PriorityDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ranks(new QListWidget(this))
    , m_available(new QComboBox(this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("&Down"), this))
    , m_join(new QPushButton(tr("&Join with the rank above"), this))
    , m_split(new QPushButton(tr("&Split"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_add(new QPushButton(tr("&Add as the last rank"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Order of assignment"));
    m_ranks->setObjectName(QStringLiteral("ranks"));
    m_ranks->setWordWrap(true);
    m_ranks->setAlternatingRowColors(true);
    m_available->setObjectName(QStringLiteral("available"));
    m_available->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_available->setMinimumContentsLength(40);
    const std::pair<QPushButton *, const char *> named[] = {{m_up, "up"},         {m_down, "down"},
                                                            {m_join, "join"},     {m_split, "split"},
                                                            {m_remove, "remove"}, {m_add, "add"}};
    for (const auto &[button, name] : named)
        button->setObjectName(QString::fromLatin1(name));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *intro = new QLabel(tr("When capacity is short, the automatic plan first covers the teachers of the first "
                                "rank, then of the second, and so on; a teacher belongs to the first rank that "
                                "holds any of her categories. One row is one rank."),
                             this);
    intro->setWordWrap(true);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_up, m_down, m_join, m_split, m_remove})
        side->addWidget(button);
    side->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_ranks, 1);
    listRow->addLayout(side);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_available, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(m_ranks, &QListWidget::currentRowChanged, this, &PriorityDialog::refresh);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_join, &QPushButton::clicked, this, &PriorityDialog::joinWithAbove);
    connect(m_split, &QPushButton::clicked, this, &PriorityDialog::split);
    connect(m_remove, &QPushButton::clicked, this, &PriorityDialog::removeRank);
    connect(m_add, &QPushButton::clicked, this, &PriorityDialog::addCategory);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriorityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setOrder(PriorityOrder::shipped()); });

    auto choices = PriorityService::choices(db);
    auto order = PriorityService::order(db);
    if (choices)
        m_choices = choices.value();
    setOrder(order ? order.value() : PriorityOrder::shipped());
    if (!choices || !order) {
        m_problem->setText(!choices ? choices.message() : order.message());
        m_problem->show();
    }
}

PriorityOrder PriorityDialog::order() const
{
    QList<QStringList> ranks;
    for (int row = 0; row < m_ranks->count(); ++row)
        ranks << codesAt(m_ranks, row);
    // The dialog only ever holds each code once, in non-empty ranks.
    auto order = PriorityOrder::fromRanks(ranks);
    return order ? order.value() : PriorityOrder();
}

void PriorityDialog::setOrder(const PriorityOrder &order)
{
    m_ranks->clear();
    for (const QStringList &rank : order.ranks())
        insertRank(m_ranks->count(), rank);
    m_ranks->setCurrentRow(m_ranks->count() > 0 ? 0 : -1);
    refresh();
}

void PriorityDialog::insertRank(int row, const QStringList &codes)
{
    auto *item = new QListWidgetItem;
    item->setData(CodesRole, codes);
    m_ranks->insertItem(row, item);
}

void PriorityDialog::move(int delta)
{
    const int row = m_ranks->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_ranks->count())
        return;
    m_ranks->insertItem(target, m_ranks->takeItem(row));
    m_ranks->setCurrentRow(target);
    refresh();
}

void PriorityDialog::joinWithAbove()
{
    const int row = m_ranks->currentRow();
    if (row < 1)
        return;
    const QStringList joined = codesAt(m_ranks, row - 1) + codesAt(m_ranks, row);
    delete m_ranks->takeItem(row);
    m_ranks->item(row - 1)->setData(CodesRole, joined);
    m_ranks->setCurrentRow(row - 1);
    refresh();
}

void PriorityDialog::split()
{
    const int row = m_ranks->currentRow();
    if (row < 0)
        return;
    const QStringList codes = codesAt(m_ranks, row);
    delete m_ranks->takeItem(row);
    for (int i = 0; i < codes.size(); ++i)
        insertRank(row + i, {codes[i]});
    m_ranks->setCurrentRow(row);
    refresh();
}

void PriorityDialog::removeRank()
{
    const int row = m_ranks->currentRow();
    if (row < 0)
        return;
    delete m_ranks->takeItem(row);
    m_ranks->setCurrentRow(std::min(row, m_ranks->count() - 1));
    refresh();
}

void PriorityDialog::addCategory()
{
    const QString code = m_available->currentData().toString();
    if (code.isEmpty())
        return;
    insertRank(m_ranks->count(), {code});
    m_ranks->setCurrentRow(m_ranks->count() - 1);
    refresh();
}

// Numbers and names of the ranks, the categories still free to add, and
// which buttons apply to the current rank.
void PriorityDialog::refresh()
{
    QStringList used;
    for (int row = 0; row < m_ranks->count(); ++row) {
        const QStringList codes = codesAt(m_ranks, row);
        QStringList names;
        for (const QString &code : codes)
            names << PriorityService::nameOf(m_choices, code);
        m_ranks->item(row)->setText(QStringLiteral("%1. %2").arg(row + 1).arg(names.join(QStringLiteral(";\n    "))));
        m_ranks->item(row)->setToolTip(codes.join(u'+'));
        used << codes;
    }
    m_available->clear();
    for (const PriorityChoice &choice : m_choices)
        if (!used.contains(choice.code))
            m_available->addItem(choice.name, choice.code);
    const int row = m_ranks->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_ranks->count());
    m_join->setEnabled(row > 0);
    m_split->setEnabled(row >= 0 && codesAt(m_ranks, row).size() > 1);
    m_remove->setEnabled(row >= 0);
    m_add->setEnabled(m_available->count() > 0);
}

void PriorityDialog::accept()
{
    if (Status saved = PriorityService(m_db).save(order()); !saved) {
        m_problem->setText(saved.message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace metodist
