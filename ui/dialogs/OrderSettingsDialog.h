#pragma once

#include "documents/OrderDocument.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace metodist {

class Database;

// What every order of this database shares: the institution, the place, the
// signatory and the layout on paper. The layout's bounds (ГОСТ Р 7.0.97) are
// checked as the user edits; OK saves them in the database.
class OrderSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrderSettingsDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;

private:
    OrderLayout layout() const;
    void validate();

    Database &m_db;
    QLineEdit *m_institution;
    QLineEdit *m_place;
    QLineEdit *m_position;
    QLineEdit *m_signatory;
    QFontComboBox *m_font;
    QString m_fontFamily;
    QSpinBox *m_fontSize;
    QSpinBox *m_tableFontSize;
    QDoubleSpinBox *m_margins[4]; // left, right, top, bottom
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace metodist
