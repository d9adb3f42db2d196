// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "commands/AddCommand.h"
#include "commands/CustomersCommand.h"
#include "commands/DemoCommand.h"
#include "commands/DuplicatesCommand.h"
#include "commands/EditCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InitCommand.h"
#include "commands/LeadsCommand.h"
#include "commands/ConfigCommand.h"
#include "commands/EventCommand.h"
#include "commands/EventsCommand.h"
#include "commands/LogCommand.h"
#include "commands/MergeCommand.h"
#include "commands/MoveCommand.h"
#include "commands/PasswordCommand.h"
#include "commands/PipelineCommand.h"
#include "commands/SimulateCommand.h"
#include "commands/BoardCommand.h"
#include "commands/ReportCommand.h"
#include "commands/PipelinesCommand.h"
#include "commands/ReactivateCommand.h"
#include "commands/TaskCommand.h"
#include "commands/TimelineCommand.h"
#include "commands/UpsellCommand.h"
#include "commands/UserCommand.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::CliApp", s); }
} // namespace

CliApp::CliApp(BackendFactory backends) : m_backends(std::move(backends))
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<PipelinesCommand>());
    m_commands.push_back(std::make_unique<PipelineCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
    m_commands.push_back(std::make_unique<AddCommand>());
    m_commands.push_back(std::make_unique<EditCommand>());
    m_commands.push_back(std::make_unique<LeadsCommand>());
    m_commands.push_back(std::make_unique<MoveCommand>());
    m_commands.push_back(std::make_unique<TimelineCommand>());
    m_commands.push_back(std::make_unique<DuplicatesCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<ReactivateCommand>());
    m_commands.push_back(std::make_unique<CustomersCommand>());
    m_commands.push_back(std::make_unique<UpsellCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<EventCommand>());
    m_commands.push_back(std::make_unique<ConfigCommand>());
    m_commands.push_back(std::make_unique<EventsCommand>());
    m_commands.push_back(std::make_unique<SimulateCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<BoardCommand>());
    m_commands.push_back(std::make_unique<TaskCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<PasswordCommand>());
}

CliApp::~CliApp() = default;

QString CliApp::help() const
{
    QString text = tr("Lejek: B2B sales pipelines from the command line.\n\nUsage: lejek-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += u"  %1\n      %2\n"_s.arg(command->synopsis(), command->summary());
    text += tr("\n--db takes an SQLite file or postgresql://user@host:port/database. A PostgreSQL password never goes on the "
               "command line: store it with \"lejek-cli password set\" (OS keychain) or in ~/.pgpass (mode 0600).\n"
               "Exit codes: 0 success, 1 refused or partly done, 2 usage or I/O error, 3 conflict (stale --expect-version).\n"
               "\"lejek-cli COMMAND --help\" describes a command.\n");
    return text;
}

int CliApp::run(const QStringList &arguments)
{
    CliContext context(m_backends);
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help"_s || name == u"-h"_s || name == u"help"_s) {
        context.out() << help();
        context.out().flush();
        return name.isEmpty() ? UsageOrIo : Success;
    }
    if (name == u"--version"_s || name == u"-v"_s) {
        context.out() << "lejek-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            QStringList rest = arguments.mid(2);
            rest.prepend(u"lejek-cli %1"_s.arg(name));
            return command->run(context, rest);
        }
    }
    return context.usage(tr("unknown command \"%1\"").arg(name));
}

} // namespace lejek::cli
