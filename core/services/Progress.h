#pragma once

#include <QtGlobal>

namespace metodist {

// How long work in core reports progress and learns it should stop. The GUI
// implements it with a progress dialog; the CLI and tests may pass nullptr.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void report(qint64 done, qint64 total) = 0;
    virtual bool cancelled() const = 0;
};

} // namespace metodist
