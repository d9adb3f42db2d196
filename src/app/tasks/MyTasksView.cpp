// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyTasksView.h"

#include "ChangeNotifier.h"
#include "LeadService.h"
#include "application/FutureWatch.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kLeadIdRole = Qt::UserRole + 1;
}

MyTasksView::MyTasksView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Due"), tr("Task"), tr("Lead"), tr("Pipeline")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("My tasks"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    m_empty->hide();
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kLeadIdRole).toLongLong())
            Q_EMIT openLeadRequested(id);
    });
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        show(m_tasks); // regroup: a task of today may be overdue now
        checkDue();
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &MyTasksView::reload);
}

void MyTasksView::setServices(LeadService *leads, ChangeNotifier *notifier, const Principal &principal)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_leads = leads;
    m_notifier = notifier;
    m_principal = principal;
    m_checkedUntil = m_clock();
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::leadsChanged, this, [this] { m_debounce.start(); });
    m_leads ? m_minute.start() : m_minute.stop();
    reload();
}

QString MyTasksView::emptyText() const { return m_empty->isHidden() ? QString() : m_empty->text(); }

void MyTasksView::reload()
{
    const quint64 request = ++m_request;
    if (!m_leads) {
        show({});
        return;
    }
    if (m_principal.userId == 0) {
        m_tasks.clear();
        m_tree->clear();
        m_tree->hide();
        m_empty->setText(tr("Choose who you are (“I am” in the filter bar) to see your tasks."));
        m_empty->show();
        Q_EMIT loaded();
        return;
    }
    FutureWatch::then(this, m_leads->myTasks(m_principal, 500), [this, request](const Result<QList<Task>> &tasks) {
        if (request != m_request)
            return;
        show(tasks ? *tasks : QList<Task>{});
        if (!tasks) {
            m_empty->setText(tasks.error().message);
            m_empty->show();
        }
        Q_EMIT loaded();
    });
}

void MyTasksView::show(const QList<Task> &tasks)
{
    m_tasks = tasks;
    m_tree->clear();
    const QDateTime now = m_clock();
    const QList<std::pair<Task::Agenda, QString>> groups{
        {Task::Agenda::Overdue, tr("Overdue")}, {Task::Agenda::Today, tr("Today")}, {Task::Agenda::Upcoming, tr("Upcoming")}};
    for (const auto &[agenda, title] : groups) {
        QList<const Task *> inGroup;
        for (const Task &t : tasks)
            if (t.agenda(now) == agenda)
                inGroup.append(&t);
        auto *group = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(inGroup.size())});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Task *t : inGroup) {
            auto *item = new QTreeWidgetItem(group, {QLocale().toString(t->dueAt.toLocalTime(), QLocale::ShortFormat), t->title,
                                                     t->leadName, t->pipelineName});
            item->setData(0, kLeadIdRole, t->leadId);
            if (agenda == Task::Agenda::Overdue)
                item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
        }
        group->setExpanded(true);
    }
    const bool empty = tasks.isEmpty() && m_leads;
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(tr("No open tasks. Plan the next step of a lead from its card (Open tasks › Plan a task…)."));
}

void MyTasksView::checkDue()
{
    const QDateTime now = m_clock();
    for (const Task &t : std::as_const(m_tasks))
        if (t.dueAt > m_checkedUntil && t.dueAt <= now)
            Q_EMIT fellDue(t);
    m_checkedUntil = now;
}

} // namespace lejek::app
