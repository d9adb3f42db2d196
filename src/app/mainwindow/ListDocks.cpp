// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListDocks.h"

#include "customers/CustomersView.h"
#include "customers/LostReviewView.h"
#include "tasks/MyTasksView.h"
#include "tasks/TaskNotifier.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ListDocks::ListDocks(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_myTasks(new MyTasksView(window))
    , m_customers(new CustomersView(window))
    , m_lostReview(new LostReviewView(window))
    , m_taskNotifier(new TaskNotifier(this))
    , m_myTasksDock(dock(m_myTasks, tr("My tasks"), u"myTasksDock"_s))
    , m_customersDock(dock(m_customers, tr("Customers"), u"customersDock"_s))
    , m_lostReviewDock(dock(m_lostReview, tr("Lost, to review"), u"lostReviewDock"_s))
{
    window->tabifyDockWidget(m_myTasksDock, m_customersDock);
    window->tabifyDockWidget(m_customersDock, m_lostReviewDock);
    const auto report = [this](const QString &text) { Q_EMIT message(text, 15000); };
    connect(m_myTasks, &MyTasksView::openLeadRequested, this, &ListDocks::openLeadRequested);
    // A task falling due while the app runs: a desktop notification, whose click opens
    // the lead as `lejek --lead` does.
    connect(m_myTasks, &MyTasksView::fellDue, m_taskNotifier, &TaskNotifier::notify);
    connect(m_taskNotifier, &TaskNotifier::unavailable, this, report);
    connect(m_taskNotifier, &TaskNotifier::openLeadRequested, this, &ListDocks::notificationClicked);
    connect(m_customers, &CustomersView::openLeadRequested, this, &ListDocks::openLeadRequested);
    connect(m_customers, &CustomersView::failed, this, report);
    connect(m_lostReview, &LostReviewView::openLeadRequested, this, &ListDocks::openLeadRequested);
    connect(m_lostReview, &LostReviewView::failed, this, report);
    connect(m_lostReview, &LostReviewView::reactivated, this,
            [this](const Lead &lead) { Q_EMIT message(tr("Lead %1 is back on the board.").arg(lead.id), 6000); });
}

QDockWidget *ListDocks::dock(QWidget *view, const QString &title, const QString &name)
{
    auto *d = new QDockWidget(title, m_window);
    d->setObjectName(name);
    d->setWidget(view);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, d);
    d->hide();
    // A list needs room: the first time it opens, two fifths of the window.
    connect(d, &QDockWidget::visibilityChanged, this, [this, d, sized = false](bool visible) mutable {
        if (visible && !std::exchange(sized, true))
            m_window->resizeDocks({d}, {m_window->height() * 2 / 5}, Qt::Vertical);
    });
    // Shown from the View menu: in front of the docks it shares its place with.
    connect(d->toggleViewAction(), &QAction::triggered, d, [d](bool on) {
        if (on)
            d->raise();
    });
    return d;
}

void ListDocks::setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal)
{
    m_myTasks->setServices(leads, notifier, principal);
    m_customers->setServices(leads, notifier, principal);
    m_lostReview->setServices(leads, pipelines, notifier, principal);
}

void ListDocks::setPipelines(const QList<Pipeline> &pipelines)
{
    m_customers->setPipelines(pipelines);
    m_lostReview->setPipelines(pipelines);
}

void ListDocks::addToggleActions(QMenu *menu)
{
    QAction *tasks = m_myTasksDock->toggleViewAction();
    tasks->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    tasks->setObjectName(u"myTasksAction"_s);
    menu->addAction(tasks);
    QAction *customers = m_customersDock->toggleViewAction();
    customers->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    customers->setObjectName(u"customersAction"_s);
    menu->addAction(customers);
    QAction *review = m_lostReviewDock->toggleViewAction();
    review->setObjectName(u"lostReviewAction"_s);
    menu->addAction(review);
}

} // namespace lejek::app
