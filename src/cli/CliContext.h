// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Backend.h"
#include "LeadService.h"
#include "PipelineService.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QCommandLineParser>
#include <QFuture>
#include <QFutureWatcher>
#include <QEventLoop>
#include <QTextStream>

#include <memory>
#include <optional>

namespace lejek::cli {

// What every command shares: the output streams, the --db option, the opened
// services, and one way to report an error (one line on stderr, and an exit code).
class CliContext
{
public:
    explicit CliContext(BackendFactory backends);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Adds --db, --as (and --help) to a command's parser.
    static void addDatabaseOption(QCommandLineParser &parser);
    // Parses `arguments` (argv[0] first); on --help prints it and returns 0, on a
    // usage error prints it and returns UsageOrIo; nullopt when the command goes on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

    // Whether a command may make the SQLite file --db names: only init and demo do, so
    // that a mistyped path is an error, not a new empty database.
    enum class Missing { Refuse, Create };
    // Whether the command writes: with several admins and no --as, only reads may go on.
    enum class Access { Write, Read };
    // Opens --db (the keychain's password for a PostgreSQL URL, if stored), migrates it
    // and settles who acts (principal()). Returns the exit code to stop with, or
    // nullopt on success.
    std::optional<int> openDatabase(const QCommandLineParser &parser, Missing missing = Missing::Refuse,
                                    Access access = Access::Write);
    // Who the command acts as: --as (a user's name or e-mail); without it the database's
    // only admin, or its owner while it has no admin (just made by init, or older).
    const Principal &principal() const { return m_principal; }
    Backend &backend() { return *m_backend; }

    // Waits for a service future while the event loop runs (keychain jobs need it).
    template<typename T>
    T await(QFuture<T> future)
    {
        if (!future.isFinished()) {
            QFutureWatcher<T> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        return future.result();
    }

    Result<Pipeline> pipelineNamed(const QString &name);
    // --pipeline (required) after opening --db: what most commands start with. Returns
    // the exit code to stop with, or nullopt with *pipeline set.
    std::optional<int> openPipeline(const QCommandLineParser &parser, Pipeline *pipeline, Access access = Access::Write);
    // openPipeline(), except that without --pipeline a database of one pipeline means it.
    std::optional<int> openPipelineOrOnly(const QCommandLineParser &parser, Pipeline *pipeline, Access access = Access::Write);
    Result<Pipeline> pipelineOfLead(qint64 leadId);

    // Prints "lejek-cli: <message>" and returns the error's exit code.
    int fail(const Error &error);
    int usage(const QString &message);

private:
    std::optional<int> settlePrincipal(const QCommandLineParser &parser, Access access);

    QTextStream m_out;
    QTextStream m_err;
    BackendFactory m_backends;
    std::unique_ptr<Backend> m_backend;
    Principal m_principal = Principal::owner();
};

} // namespace lejek::cli
