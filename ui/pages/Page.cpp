#include "pages/Page.h"

#include <QAbstractItemView>
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

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_changedElsewhere)
        reloadKeepingView();
}

} // namespace metodist
