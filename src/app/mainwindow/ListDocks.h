// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace lejek {
class ChangeNotifier;
class LeadService;
class PipelineService;
} // namespace lejek

namespace lejek::app {

class CustomersView;
class LostReviewView;
class MyTasksView;
class TaskNotifier;

// The lists under the board, as docks of the window, tabbed together and hidden until
// the View menu shows one: My tasks (with a desktop notification when one falls due),
// Customers, and Lost, to review. What they ask of the window goes out as signals.
class ListDocks : public QObject
{
    Q_OBJECT
public:
    explicit ListDocks(QMainWindow *window);

    void setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal);
    void setPipelines(const QList<Pipeline> &pipelines);
    // Each list's show/hide action, with its shortcut.
    void addToggleActions(QMenu *menu);

    MyTasksView *myTasks() const { return m_myTasks; }
    CustomersView *customers() const { return m_customers; }
    LostReviewView *lostReview() const { return m_lostReview; }

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    // A task's notification was clicked: the lead, with the window in front.
    void notificationClicked(qint64 leadId);
    void message(const QString &text, int timeoutMs);

private:
    QDockWidget *dock(QWidget *view, const QString &title, const QString &name);

    QMainWindow *m_window;
    MyTasksView *m_myTasks;
    CustomersView *m_customers;
    LostReviewView *m_lostReview;
    TaskNotifier *m_taskNotifier;
    QDockWidget *m_myTasksDock;
    QDockWidget *m_customersDock;
    QDockWidget *m_lostReviewDock;
};

} // namespace lejek::app
