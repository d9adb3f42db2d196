// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadTasksBox.h"

#include "LeadService.h"
#include "TaskDialog.h"
#include "application/FutureWatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LeadTasksBox::LeadTasksBox(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_plan(new QPushButton(tr("Plan a task…"), this))
    , m_done(new QPushButton(tr("Done"), this))
    , m_reschedule(new QPushButton(tr("Reschedule…"), this))
    , m_cancel(new QPushButton(tr("Cancel task"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(tr("Open tasks"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    header->addWidget(label);
    header->addStretch(1);
    header->addWidget(m_plan);
    layout->addLayout(header);
    m_list->setAccessibleName(tr("Open tasks"));
    layout->addWidget(m_list);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_done);
    actions->addWidget(m_reschedule);
    actions->addWidget(m_cancel);
    layout->addLayout(actions);
    connect(m_plan, &QPushButton::clicked, this, &LeadTasksBox::planTask);
    connect(m_done, &QPushButton::clicked, this, &LeadTasksBox::completeSelected);
    connect(m_reschedule, &QPushButton::clicked, this, &LeadTasksBox::rescheduleSelected);
    connect(m_cancel, &QPushButton::clicked, this, &LeadTasksBox::cancelSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &LeadTasksBox::updateButtons);
    updateButtons();
}

void LeadTasksBox::setServices(LeadService *leads, const Principal &principal)
{
    m_leads = leads;
    m_principal = principal;
}

void LeadTasksBox::setLead(qint64 leadId, qint64 ownerId)
{
    m_leadId = leadId;
    m_ownerId = ownerId;
    reload();
}

void LeadTasksBox::reload()
{
    const quint64 request = ++m_request;
    if (!m_leads || m_leadId == 0) {
        show({});
        return;
    }
    FutureWatch::then(this, m_leads->tasks(m_principal, m_leadId), [this, request](const Result<QList<Task>> &tasks) {
        if (request != m_request)
            return;
        if (!tasks) {
            Q_EMIT failed(tasks.error().message);
            return;
        }
        QList<Task> open;
        for (const Task &t : *tasks)
            if (!t.isDone())
                open.append(t);
        show(open);
    });
}

void LeadTasksBox::show(const QList<Task> &tasks)
{
    m_tasks = tasks;
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Task &t : tasks) {
        const QString due = QLocale().toString(t.dueAt.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(due, t.title), m_list);
        if (t.isOverdue(now)) {
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            item->setToolTip(tr("Overdue since %1").arg(due));
        }
    }
    if (tasks.isEmpty()) {
        auto *item = new QListWidgetItem(m_leadId ? tr("No open task: plan the next step, so this lead is not forgotten.") : QString(), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_plan->setEnabled(m_leadId != 0 && m_leads);
    updateButtons();
    int overdue = 0;
    for (const Task &t : tasks)
        overdue += t.isOverdue(now) ? 1 : 0;
    Q_EMIT shown(static_cast<int>(tasks.size()), overdue);
}

const Task *LeadTasksBox::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_tasks.size() ? &m_tasks[row] : nullptr;
}

void LeadTasksBox::updateButtons()
{
    const bool any = selected() != nullptr;
    m_done->setEnabled(any);
    m_reschedule->setEnabled(any);
    m_cancel->setEnabled(any);
}

TaskDialog *LeadTasksBox::planTask()
{
    if (!m_leads || m_leadId == 0)
        return nullptr;
    auto *dialog = new TaskDialog(m_users, m_ownerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        FutureWatch::then(dialog, m_leads->createTask(m_principal, NewTask{m_leadId, dialog->title(), dialog->due(), dialog->owner(), {}}),
                          [this, dialog](const Result<Task> &task) {
                              if (!task) {
                                  dialog->showError(task.error().message);
                                  return;
                              }
                              dialog->accept();
                              reload();
                              Q_EMIT changed();
                          });
    });
    dialog->open();
    return dialog;
}

TaskDialog *LeadTasksBox::rescheduleSelected()
{
    const Task *task = selected();
    if (!task || !m_leads)
        return nullptr;
    auto *dialog = new TaskDialog(*task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = task->id;
    connect(dialog, &TaskDialog::submitted, this, [this, dialog, id] {
        dialog->setBusy(true);
        FutureWatch::then(dialog, m_leads->rescheduleTask(m_principal, id, dialog->due()), [this, dialog](const Result<Task> &moved) {
            if (!moved) {
                dialog->showError(moved.error().message);
                return;
            }
            dialog->accept();
            reload();
            Q_EMIT changed();
        });
    });
    dialog->open();
    return dialog;
}

void LeadTasksBox::completeSelected()
{
    if (const Task *task = selected(); task && m_leads)
        FutureWatch::then(this, m_leads->completeTask(m_principal, task->id), [this](const Result<Task> &done) {
            if (!done)
                Q_EMIT failed(done.error().message);
            reload();
            Q_EMIT changed();
        });
}

void LeadTasksBox::cancelSelected()
{
    if (const Task *task = selected(); task && m_leads)
        FutureWatch::then(this, m_leads->cancelTask(m_principal, task->id), [this](const Result<Task> &cancelled) {
            if (!cancelled)
                Q_EMIT failed(cancelled.error().message);
            reload();
            Q_EMIT changed();
        });
}

} // namespace lejek::app
