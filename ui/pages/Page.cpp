#include "pages/Page.h"

#include <QAbstractItemView>
#include <QAction>
#include <QPointer>
#include <QScrollBar>

#include <vector>

namespace metodist {

namespace {

struct ScrollPosition
{
    QPointer<QAbstractItemView> view;
    int vertical = 0;
    int horizontal = 0;
};

} // namespace

void Page::reloadKeepingView()
{
    m_changedElsewhere = false;
    // A reload resets the models, and a reset view scrolls to the top.
    std::vector<ScrollPosition> positions;
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        positions.push_back({view, view->verticalScrollBar()->value(), view->horizontalScrollBar()->value()});
    reloadData();
    for (const ScrollPosition &position : positions) {
        if (!position.view)
            continue;
        // The scroll ranges follow the new rows only at the next layout;
        // laid out now, the old position fits again before anything is painted.
        position.view->doItemsLayout();
        position.view->verticalScrollBar()->setValue(position.vertical);
        position.view->horizontalScrollBar()->setValue(position.horizontal);
    }
}

namespace {

const char *const capabilityProperty = "metodistCapability";

} // namespace

void Page::requireCapability(QObject *control, Capability capability)
{
    control->setProperty(capabilityProperty, int(capability));
}

void Page::setAccess(const SessionAccess &access)
{
    m_access = access;
    const auto allowedFor = [&](const QObject *control) {
        return access.may(Capability(control->property(capabilityProperty).toInt()));
    };
    for (QWidget *control : findChildren<QWidget *>())
        if (control->property(capabilityProperty).isValid())
            control->setVisible(allowedFor(control));
    for (QAction *control : findChildren<QAction *>())
        if (control->property(capabilityProperty).isValid())
            control->setVisible(allowedFor(control));
}

bool Page::allowed(Capability capability)
{
    if (m_access.may(capability))
        return true;
    emit statusMessage(m_access.whyNot(capability));
    return false;
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_changedElsewhere)
        reloadKeepingView();
}

} // namespace metodist
