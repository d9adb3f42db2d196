// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "Task.h"
#include "User.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace lejek {
class LeadService;
}

namespace lejek::app {

class TaskDialog;

// A card's open tasks, soonest first (overdue ones in red), with Plan a task…, Done,
// Reschedule… and Cancel task. Each goes through the services and the timeline keeps it.
class LeadTasksBox : public QWidget
{
    Q_OBJECT
public:
    explicit LeadTasksBox(QWidget *parent = nullptr);

    void setServices(LeadService *leads, const Principal &principal);
    void setUsers(const QList<User> &users) { m_users = users; }
    // Loads the lead's tasks (0: none, the box empties).
    void setLead(qint64 leadId, qint64 ownerId);
    void reload();

    const QList<Task> &openTasks() const { return m_tasks; }
    QListWidget *list() const { return m_list; }
    TaskDialog *planTask();
    TaskDialog *rescheduleSelected();
    void completeSelected();
    void cancelSelected();

Q_SIGNALS:
    void changed();
    // After each load: how many tasks are open, and how many of them overdue.
    void shown(int open, int overdue);
    void failed(const QString &message);

private:
    const Task *selected() const;
    void show(const QList<Task> &tasks);
    void updateButtons();

    LeadService *m_leads = nullptr;
    Principal m_principal;
    QList<User> m_users;
    qint64 m_leadId = 0;
    qint64 m_ownerId = 0;
    quint64 m_request = 0;
    QList<Task> m_tasks;
    QListWidget *m_list;
    QPushButton *m_plan;
    QPushButton *m_done;
    QPushButton *m_reschedule;
    QPushButton *m_cancel;
};

} // namespace lejek::app
