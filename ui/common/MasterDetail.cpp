#include "MasterDetail.h"

#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace sb {

QWidget *makeDetailPane(QWidget *placeholder, QWidget *body, bool scrollable, QWidget *parent)
{
    auto *detail = new QWidget(scrollable ? nullptr : parent);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(placeholder, 1);
    layout->addWidget(body, 1);
    body->hide();
    if (!scrollable)
        return detail;
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

void layoutMasterDetail(QWidget *owner, QSplitter *splitter, QWidget *master, QWidget *detail, int masterStretch,
                        int detailStretch, const QList<int> &sizes)
{
    splitter->addWidget(master);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, masterStretch);
    splitter->setStretchFactor(1, detailStretch);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes(sizes);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

} // namespace sb
