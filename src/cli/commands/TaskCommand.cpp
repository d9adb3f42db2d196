// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::TaskCommand", s); }

QDateTime parseDue(const QString &text)
{
    QDateTime due = QDateTime::fromString(text, Qt::ISODate);
    if (!due.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            due = QDateTime(date, QTime(17, 0), Qt::UTC);
    }
    return due;
}
} // namespace

QString TaskCommand::synopsis() const
{
    return u"task add --db DB LEAD --title TEXT --due DATE [--owner USER] | task done --db DB TASK | "
           "task reschedule --db DB TASK --due DATE | task cancel --db DB TASK | task list --db DB LEAD | "
           "task list --db DB --mine --as USER"_s;
}
QString TaskCommand::summary() const
{
    return tr("Create, complete, reschedule, cancel or list a lead's tasks, or list yours across every pipeline.");
}

int TaskCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"title"_s, tr("What to do."), u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"due"_s, tr("Due date or time (ISO 8601)."), u"DATE"_s));
    parser.addOption(QCommandLineOption(u"owner"_s, tr("Who does it (the lead's owner by default)."), u"USER"_s));
    parser.addOption(QCommandLineOption(u"mine"_s, tr("list: your open tasks in every pipeline, overdue, today and upcoming (with --as).")));
    parser.addPositionalArgument(u"add|done|reschedule|cancel|list"_s, tr("The action."));
    parser.addPositionalArgument(u"ID"_s, tr("A lead id (add, list) or a task id (done, reschedule, cancel)."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (parser.isSet(u"mine"_s)) {
        if (action != u"list"_s || positional.size() != 1)
            return context.usage(tr("--mine goes with list, without an id"));
        if (auto stop = context.openDatabase(parser, CliContext::Missing::Refuse, CliContext::Access::Read))
            return *stop;
        return listMine(context);
    }
    if (!QStringList{u"add"_s, u"done"_s, u"reschedule"_s, u"cancel"_s, u"list"_s}.contains(action) || positional.size() != 2)
        return context.usage(tr("give an action (add, done, reschedule, cancel, list) and one id"));
    bool ok = false;
    const qint64 id = positional[1].toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(tr("\"%1\" is not an id").arg(positional[1]));
    QDateTime due;
    if (action == u"add"_s || action == u"reschedule"_s) {
        due = parseDue(parser.value(u"due"_s));
        if (!due.isValid())
            return context.usage(tr("--due needs an ISO 8601 date or time"));
    }
    if (auto stop = context.openDatabase(parser, CliContext::Missing::Refuse,
                                         action == u"list"_s ? CliContext::Access::Read : CliContext::Access::Write))
        return *stop;
    LeadService &leads = context.backend().leads();
    Result<Task> task;
    if (action == u"list"_s) {
        auto tasks = context.await(leads.tasks(context.principal(), id));
        if (!tasks)
            return context.fail(tasks.error());
        TextTable table({tr("id"), tr("due (UTC)"), tr("done"), tr("title")});
        for (const Task &t : *tasks)
            table.addRow({QString::number(t.id), t.dueAt.toString(u"yyyy-MM-dd HH:mm"_s),
                          t.isCancelled() ? tr("cancelled %1").arg(t.cancelledAt.toString(u"yyyy-MM-dd HH:mm"_s))
                          : t.isDone()    ? t.doneAt.toString(u"yyyy-MM-dd HH:mm"_s)
                                          : QString(),
                          t.title});
        table.print(context.out());
        return Success;
    }
    if (action == u"add"_s)
        task = context.await(leads.createTask(context.principal(), NewTask{id, parser.value(u"title"_s), due, parser.value(u"owner"_s), {}}));
    else if (action == u"done"_s)
        task = context.await(leads.completeTask(context.principal(), id));
    else if (action == u"cancel"_s)
        task = context.await(leads.cancelTask(context.principal(), id));
    else
        task = context.await(leads.rescheduleTask(context.principal(), id, due));
    if (!task)
        return context.fail(task.error());
    context.out() << task->id << Qt::endl;
    return Success;
}

int TaskCommand::listMine(CliContext &context)
{
    auto tasks = context.await(context.backend().leads().myTasks(context.principal(), 1000));
    if (!tasks)
        return context.fail(tasks.error());
    const QDateTime now = QDateTime::currentDateTime();
    const QList<std::pair<Task::Agenda, QString>> groups{
        {Task::Agenda::Overdue, tr("Overdue")}, {Task::Agenda::Today, tr("Today")}, {Task::Agenda::Upcoming, tr("Upcoming")}};
    for (const auto &[agenda, title] : groups) {
        TextTable table({tr("task"), tr("due (local time)"), tr("lead"), tr("pipeline"), tr("title")});
        int count = 0;
        for (const Task &t : *tasks) {
            if (t.agenda(now) != agenda)
                continue;
            ++count;
            table.addRow({QString::number(t.id), t.dueAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                          u"%1 %2"_s.arg(t.leadId).arg(t.leadName), t.pipelineName, t.title});
        }
        context.out() << u"%1 (%2)"_s.arg(title).arg(count) << Qt::endl;
        if (count > 0)
            table.print(context.out());
        context.out() << Qt::endl;
    }
    if (tasks->isEmpty())
        context.out() << tr("No open tasks: plan one with lejek-cli task add LEAD --title TEXT --due DATE.") << Qt::endl;
    context.out().flush();
    return Success;
}

} // namespace lejek::cli
