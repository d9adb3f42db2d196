// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCommand.h"

#include "CliContext.h"
#include "ConnectionSettings.h"
#include "ExitCode.h"
#include "KeychainCredentials.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::PasswordCommand", s); }

// One line from stdin; no echo when it is a terminal.
QString readSecretLine(QTextStream &err)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << QCoreApplication::translate("lejek::cli::PasswordCommand", "Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return line;
}
} // namespace

QString PasswordCommand::synopsis() const { return u"password set|forget --db postgresql://user@host:port/db"_s; }
QString PasswordCommand::summary() const
{
    return tr("Store (read from standard input) or forget a PostgreSQL password in the OS keychain.");
}

int PasswordCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addPositionalArgument(u"set|forget"_s, tr("The action."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"set"_s && positional[0] != u"forget"_s))
        return context.usage(tr("give one action: set or forget"));
    auto settings = ConnectionSettings::parse(parser.value(u"db"_s));
    if (!settings)
        return context.usage(settings.error().message);
    if (!settings->isPostgres())
        return context.usage(tr("only a PostgreSQL database has a password"));
    if (positional[0] == u"forget"_s) {
        auto removed = context.await(KeychainCredentials::remove(settings->displayName()));
        if (!removed)
            return context.fail(removed.error());
        context.out() << tr("forgot the password of %1").arg(settings->displayName()) << Qt::endl;
        return Success;
    }
    const QString password = readSecretLine(context.err());
    if (password.isEmpty())
        return context.usage(tr("no password on standard input"));
    auto written = context.await(KeychainCredentials::write(settings->displayName(), password));
    if (!written)
        return context.fail(written.error());
    context.out() << tr("stored the password of %1 in the keychain").arg(settings->displayName()) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
