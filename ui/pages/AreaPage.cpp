#include "pages/AreaPage.h"

#include "storage/Database.h"

#include <QLabel>
#include <QVBoxLayout>

namespace metodist {

AreaPage::AreaPage(QString title, QString purpose, QWidget *parent)
    : Page(parent)
    , m_title(std::move(title))
    , m_status(new QLabel(this))
{
    auto *heading = new QLabel(m_title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(purpose, this);
    text->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addStretch();
}

void AreaPage::setDatabase(Database *db)
{
    m_status->setText(db ? tr("The tools of this area come in the next versions of Metodist.")
                         : tr("No database is open."));
}

} // namespace metodist
