#include "dialogs/ProgressDialog.h"

#include <QApplication>

namespace metodist {

ProgressDialog::ProgressDialog(const QString &label, QWidget *parent, int minimumDurationMs)
    : m_dialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent)
{
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(minimumDurationMs);
}

void ProgressDialog::report(qint64 done, qint64 total)
{
    m_dialog.setMaximum(int(std::max<qint64>(total, 1)));
    m_dialog.setValue(int(std::min(done, total)));
    QApplication::processEvents();
}

} // namespace metodist
