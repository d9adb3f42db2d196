// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "ConnectionSettings.h"
#include "ExitCode.h"
#include "KeychainCredentials.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::CliContext", s); }
} // namespace

CliContext::CliContext(BackendFactory backends) : m_out(stdout), m_err(stderr), m_backends(std::move(backends)) {}

void CliContext::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"db"_s, tr("The database: an SQLite file or postgresql://user@host:port/database."), u"DB"_s));
    parser.addOption(QCommandLineOption(u"as"_s, tr("Act as this user (name or e-mail); without it, the database's only admin."), u"USER"_s));
    parser.addHelpOption();
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    return std::nullopt;
}

std::optional<int> CliContext::openDatabase(const QCommandLineParser &parser, Missing missing, Access access)
{
    if (!parser.isSet(u"db"_s))
        return usage(tr("--db is required"));
    auto settings = ConnectionSettings::parse(parser.value(u"db"_s));
    if (!settings)
        return usage(settings.error().message);
    if (!settings->isPostgres() && missing == Missing::Refuse && !QFileInfo::exists(settings->path))
        return usage(tr("no database at %1 (lejek-cli init --db %1 makes one)").arg(settings->path));
    if (settings->isPostgres() && qEnvironmentVariableIsEmpty("LEJEK_NO_KEYCHAIN")) {
        // A stored password is used; none stored (or no keychain) leaves it to ~/.pgpass.
        auto password = await(KeychainCredentials::read(settings->displayName()));
        if (password)
            settings->password = *password;
    }
    m_backend = m_backends(*settings);
    auto opened = await(m_backend->open());
    if (!opened)
        return fail(opened.error());
    return settlePrincipal(parser, access);
}

std::optional<int> CliContext::settlePrincipal(const QCommandLineParser &parser, Access access)
{
    auto users = await(m_backend->pipelines().users(Principal::owner()));
    if (!users)
        return fail(users.error());
    if (parser.isSet(u"as"_s)) {
        const QString who = parser.value(u"as"_s).trimmed();
        for (const User &u : *users)
            if (u.isCalled(who)) {
                m_principal = Principal::of(u);
                return std::nullopt;
            }
        return usage(users->isEmpty() ? tr("--as %1: the database has no users yet (lejek-cli user add makes one)").arg(who)
                                      : tr("--as %1: no user of that name or e-mail").arg(who));
    }
    QList<User> admins;
    for (const User &u : *users)
        if (u.role == u"admin"_s)
            admins.append(u);
    // No user (a new database) or no admin (one from before roles acted): its owner.
    m_principal = admins.isEmpty() ? Principal::owner() : Principal::of(admins.first());
    if (admins.size() > 1 && access == Access::Write) {
        QStringList names;
        for (const User &u : admins)
            names.append(u.name);
        return usage(tr("the database has several admins (%1): say who acts with --as").arg(names.join(u", "_s)));
    }
    return std::nullopt;
}

Result<Pipeline> CliContext::pipelineNamed(const QString &name)
{
    auto pipelines = await(m_backend->pipelines().pipelines(m_principal));
    if (!pipelines)
        return std::unexpected(pipelines.error());
    for (const Pipeline &p : *pipelines)
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    QStringList names;
    for (const Pipeline &p : *pipelines)
        names.append(p.name);
    return std::unexpected(Error::notFound(names.isEmpty() ? tr("no pipeline named \"%1\"; the database has none (run lejek-cli init)").arg(name)
                                                           : tr("no pipeline named \"%1\" (there are: %2)").arg(name, names.join(u", "_s))));
}

std::optional<int> CliContext::openPipeline(const QCommandLineParser &parser, Pipeline *pipeline, Access access)
{
    if (!parser.isSet(u"pipeline"_s))
        return usage(tr("--pipeline is required"));
    if (auto stop = openDatabase(parser, Missing::Refuse, access))
        return stop;
    auto found = pipelineNamed(parser.value(u"pipeline"_s));
    if (!found) // a --pipeline that names none is a mistake in the command, as --db's
        return found.error().code == Error::Code::NotFound ? usage(found.error().message) : fail(found.error());
    *pipeline = *found;
    return std::nullopt;
}

std::optional<int> CliContext::openPipelineOrOnly(const QCommandLineParser &parser, Pipeline *pipeline, Access access)
{
    if (parser.isSet(u"pipeline"_s))
        return openPipeline(parser, pipeline, access);
    if (auto stop = openDatabase(parser, Missing::Refuse, access))
        return stop;
    auto all = await(m_backend->pipelines().pipelines(m_principal));
    if (!all)
        return fail(all.error());
    if (all->size() != 1) {
        QStringList names;
        for (const Pipeline &p : *all)
            names.append(p.name);
        return usage(all->isEmpty() ? tr("the database has no pipeline yet: create one with lejek-cli pipeline create")
                                    : tr("--pipeline is required: the database has %1 pipelines (%2)").arg(all->size()).arg(names.join(u", "_s)));
    }
    *pipeline = all->front();
    return std::nullopt;
}

Result<Pipeline> CliContext::pipelineOfLead(qint64 leadId)
{
    auto lead = await(m_backend->leads().lead(m_principal, leadId));
    if (!lead)
        return std::unexpected(lead.error());
    auto pipelines = await(m_backend->pipelines().pipelines(m_principal));
    if (!pipelines)
        return std::unexpected(pipelines.error());
    for (const Pipeline &p : *pipelines)
        if (p.id == lead->pipelineId)
            return p;
    return std::unexpected(Error::notFound(tr("lead %1 has no pipeline").arg(leadId)));
}

int CliContext::fail(const Error &error)
{
    QString message = error.message;
    message.replace(u'\n', u' ');
    m_err << "lejek-cli: " << message << Qt::endl;
    return exitCodeFor(error);
}

int CliContext::usage(const QString &message)
{
    m_err << "lejek-cli: " << message << tr(" (see --help)") << Qt::endl;
    return UsageOrIo;
}

} // namespace lejek::cli
