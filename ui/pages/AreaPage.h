#pragma once

#include "pages/Page.h"

class QLabel;

namespace metodist {

// The page of an area whose tools are not in this version yet: it says what
// the area is for and what the open database holds for it.
class AreaPage : public Page
{
    Q_OBJECT

public:
    AreaPage(QString title, QString purpose, QWidget *parent = nullptr);
    QString title() const override { return m_title; }
    void setDatabase(Database *db) override;

private:
    QString m_title;
    QLabel *m_status;
};

} // namespace metodist
