#pragma once

#include "services/DictionaryService.h"
#include "services/Importer.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace metodist {

class Database;

// The import wizard's «Сопоставление значений»: each value of the file that
// no dictionary entry matches, once, with how many rows carry it, and the
// entry the user says it means — preselected with the suggestion, or «add to
// the dictionary» where the dictionary takes new entries from files. The
// choices are saved as aliases, so the next file with these values needs no
// such step.
class ValueMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ValueMappingPage(QWidget *parent = nullptr);

    // Fills the table from a check's report; the dictionaries' entries are
    // read from db.
    void showValues(const Database &db, const QList<UnknownValue> &values);
    // The rows the user mapped (left «not mapped» ones out).
    QList<DictionaryService::ValueChoice> choices() const;

private:
    QLabel *m_info;
    QTableWidget *m_table;
    QList<UnknownValue> m_values;
};

} // namespace metodist
