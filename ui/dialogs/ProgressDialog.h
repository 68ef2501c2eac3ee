#pragma once

#include "services/Progress.h"

#include <QProgressDialog>

namespace metodist {

// Core's Progress shown as a modal progress dialog with a Cancel button; it
// keeps the window repainting while the work runs.
class ProgressDialog : public Progress
{
public:
    ProgressDialog(const QString &label, QWidget *parent, int minimumDurationMs = 400);
    void report(qint64 done, qint64 total) override;
    bool cancelled() const override { return m_dialog.wasCanceled(); }
    void close() { m_dialog.close(); }

private:
    QProgressDialog m_dialog;
};

} // namespace metodist
