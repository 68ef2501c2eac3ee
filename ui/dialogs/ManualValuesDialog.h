#pragma once

#include "domain/Monitoring.h"

#include <QDialog>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace metodist {

class Database;
class ManualValueModel;

// The indicators no data in the program can give (surveys, contests,
// attestation of young teachers): numerator and denominator entered per
// municipality for an academic year, the values entered so far, saved and
// removed through the monitoring service, its refusals shown in the dialog.
class ManualValuesDialog : public QDialog
{
    Q_OBJECT

public:
    ManualValuesDialog(Database &db, const QString &academicYear, QWidget *parent = nullptr);
    ~ManualValuesDialog() override;

    // Whether a value was saved or removed: the report needs computing again.
    bool changed() const { return m_changed; }
    QString errorText() const;
    QAbstractItemModel *model() const;
    const QList<ManualValue> &values() const;

    void setIndicator(const QString &code);
    void setMunicipality(qint64 municipalityId);
    void setFigures(qint64 numerator, qint64 denominator, const QString &note = {});
    // Saves the form; false with the reason shown.
    bool save();
    // Removes the value of the chosen indicator and municipality.
    bool remove();

private:
    void reload();
    void fillFromExisting();
    void fillFromRow();
    void check();
    const ManualValue *existing() const;

    Database &m_db;
    QString m_year;
    bool m_changed = false;
    QComboBox *m_indicator;
    QComboBox *m_municipality;
    QSpinBox *m_numerator;
    QSpinBox *m_denominator;
    QLineEdit *m_note;
    QLabel *m_description;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
    ManualValueModel *m_model;
    QTableView *m_table;
};

} // namespace metodist
