// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "Task.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lejek {
class ChangeNotifier;
class LeadService;
} // namespace lejek

namespace lejek::app {

// My tasks: the acting user's open tasks in every pipeline, grouped overdue, today and
// upcoming (Task::agenda), soonest first. Enter or a double-click opens the lead. It
// follows the services' change notices, and regroups every minute as tasks fall due;
// a task falling due while the app runs is announced (fellDue) once.
class MyTasksView : public QWidget
{
    Q_OBJECT
public:
    explicit MyTasksView(QWidget *parent = nullptr);

    void setServices(LeadService *leads, ChangeNotifier *notifier, const Principal &principal);
    void reload();
    // For tests: what "now" is.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    QTreeWidget *tree() const { return m_tree; }
    QString emptyText() const;
    const QList<Task> &tasks() const { return m_tasks; }
    // Announces the tasks that fell due since the last check.
    void checkDue();

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    void fellDue(const lejek::Task &task);
    void loaded();

private:
    void show(const QList<Task> &tasks);
    void onLeadsChanged();

    LeadService *m_leads = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    Principal m_principal;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QDateTime m_checkedUntil;
    QList<Task> m_tasks;
    quint64 m_request = 0;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QTimer m_minute;
    QTimer m_debounce;
};

} // namespace lejek::app
