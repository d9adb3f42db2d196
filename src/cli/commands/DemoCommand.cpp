// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "CliContext.h"
#include "DemoWriter.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <unistd.h>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::DemoCommand", s); }
} // namespace

QString DemoCommand::synopsis() const { return u"demo --db DB --leads N [--seed S] [--template b2b|handoff]"_s; }
QString DemoCommand::summary() const
{
    return tr("Fill a database with realistic Polish B2B leads and about a year of history; the same seed gives the same data.");
}

int DemoCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"leads"_s, tr("How many leads (up to 10,000,000)."), u"N"_s, u"5000"_s));
    parser.addOption(QCommandLineOption(u"seed"_s, tr("Random seed (1 by default)."), u"S"_s, u"1"_s));
    parser.addOption(QCommandLineOption(u"template"_s, tr("Pipeline template: b2b (default) or handoff."), u"KEY"_s, u"b2b"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    bool ok = false;
    DemoWriter::Options options;
    options.leads = parser.value(u"leads"_s).toLongLong(&ok);
    if (!ok || options.leads < 0 || options.leads > 10'000'000)
        return context.usage(tr("--leads takes a number from 0 to 10000000"));
    options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return context.usage(tr("--seed takes a non-negative number"));
    options.templateKey = parser.value(u"template"_s);
    if (auto stop = context.openDatabase(parser, CliContext::Missing::Create))
        return *stop;
    const bool terminal = isatty(STDERR_FILENO);
    DemoWriter writer(context.backend().pipelines(), context.backend().leads(), context.principal());
    auto summary = writer.write(options, [&](qint64 done, qint64 total) {
        if (terminal && total > 0)
            context.err() << "\r" << tr("writing demo leads: %1 / %2 (%3%)").arg(done).arg(total).arg(done * 100 / total) << Qt::flush;
    });
    if (terminal)
        context.err() << Qt::endl;
    if (!summary)
        return context.fail(summary.error());
    const double seconds = static_cast<double>(summary->elapsedMs) / 1000.0;
    context.out() << tr("wrote %1 demo leads in %2 s (%3 leads/s)")
                         .arg(summary->leads)
                         .arg(seconds, 0, 'f', 1)
                         .arg(seconds > 0 ? static_cast<qint64>(static_cast<double>(summary->leads) / seconds) : summary->leads)
                  << Qt::endl;
    return Success;
}

} // namespace lejek::cli
