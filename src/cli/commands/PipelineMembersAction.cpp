// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineMembersAction.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::PipelineMembersAction", s); }

} // namespace

QString PipelineMembersAction::synopsis()
{
    return u"pipeline members --db DB --pipeline NAME [--set \"USER,USER\" | --everyone]"_s;
}

void PipelineMembersAction::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"set"_s, tr("members: the people who work it, by name or e-mail, comma-separated."), u"USERS"_s));
    parser.addOption(QCommandLineOption(u"everyone"_s, tr("members: everyone works it (the default).")));
}

int PipelineMembersAction::run(CliContext &context, const QCommandLineParser &parser)
{
    const bool set = parser.isSet(u"set"_s), everyone = parser.isSet(u"everyone"_s);
    if (set && everyone)
        return context.usage(tr("--set and --everyone exclude each other"));
    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline, set || everyone ? CliContext::Access::Write : CliContext::Access::Read))
        return *stop;
    auto users = context.await(context.backend().pipelines().users(context.principal()));
    if (!users)
        return context.fail(users.error());
    if (set || everyone) {
        QList<qint64> ids;
        for (const QString &name : parser.value(u"set"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto user = std::find_if(users->cbegin(), users->cend(), [&](const User &u) { return u.isCalled(name.trimmed()); });
            if (user == users->cend())
                return context.usage(tr("no user named \"%1\" (lejek-cli user list shows them)").arg(name.trimmed()));
            ids.append(user->id);
        }
        if (set && ids.isEmpty())
            return context.usage(tr("--set needs at least one user; --everyone opens the pipeline to all"));
        auto changed = context.await(context.backend().pipelines().setPipelineMembers(context.principal(), pipeline.id, ids));
        if (!changed)
            return context.fail(changed.error());
        pipeline = *changed;
    }
    if (pipeline.memberIds.isEmpty()) {
        context.out() << tr("everyone works the pipeline \"%1\"").arg(pipeline.name) << Qt::endl;
        return Success;
    }
    TextTable table({tr("name"), tr("team"), tr("role")});
    for (const User &u : *users)
        if (pipeline.memberIds.contains(u.id))
            table.addRow({u.name, u.teamName, u.role});
    table.print(context.out());
    return Success;
}

} // namespace lejek::cli
