// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::UserCommand", s); }
} // namespace

QString UserCommand::synopsis() const { return u"user add --db DB --name NAME [--email E] [--team T] [--role rep|manager|admin] | user list --db DB"_s; }
QString UserCommand::summary() const { return tr("Add or list the people who own leads."); }

int UserCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"name"_s, tr("Full name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"email"_s, tr("E-mail address."), u"E"_s));
    parser.addOption(QCommandLineOption(u"team"_s, tr("Team (created when missing)."), u"T"_s));
    parser.addOption(QCommandLineOption(u"role"_s, tr("rep (default), manager or admin."), u"ROLE"_s, u"rep"_s));
    parser.addPositionalArgument(u"add|list"_s, tr("The action."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"add"_s && positional[0] != u"list"_s))
        return context.usage(tr("the user command takes one action: add or list"));
    if (positional[0] == u"add"_s && !parser.isSet(u"name"_s))
        return context.usage(tr("--name is required"));
    if (auto stop = context.openDatabase(parser, CliContext::Missing::Refuse,
                                         positional[0] == u"list"_s ? CliContext::Access::Read : CliContext::Access::Write))
        return *stop;
    if (positional[0] == u"list"_s) {
        auto users = context.await(context.backend().pipelines().users(context.principal()));
        if (!users)
            return context.fail(users.error());
        TextTable table({tr("id"), tr("name"), tr("e-mail"), tr("team"), tr("role")});
        for (const User &u : *users)
            table.addRow({QString::number(u.id), u.name, u.email, u.teamName, u.role});
        table.print(context.out());
        return Success;
    }
    User user;
    user.name = parser.value(u"name"_s);
    user.email = parser.value(u"email"_s);
    user.teamName = parser.value(u"team"_s);
    user.role = parser.value(u"role"_s);
    auto created = context.await(context.backend().pipelines().createUser(context.principal(), user));
    if (!created)
        return context.fail(created.error());
    if (created->role != user.role) // the first user of a database
        context.err() << tr("%1 is the database's first user, so its admin").arg(created->name) << Qt::endl;
    context.out() << created->id << Qt::endl;
    return Success;
}

} // namespace lejek::cli
