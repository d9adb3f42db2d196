// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulateCommand.h"

#include "CliContext.h"
#include "ConfigFile.h"
#include "ExitCode.h"
#include "ReplayPrinter.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::SimulateCommand", s); }
} // namespace

QString SimulateCommand::synopsis() const
{
    return u"simulate routing|scoring --db DB [--pipeline NAME] [--since DATE] [--config FILE] [--converted STAGE] "
           "[--format table|json|csv]"_s;
}
QString SimulateCommand::summary() const
{
    return tr("Replay past leads through the routing table or scoring model in force, or a proposed one, writing nothing: "
              "who would have got which leads against who did, or which leads would have been handed off against those "
              "that converted (precision, recall, lift).");
}

int SimulateCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name (not needed when there is only one)."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"since"_s, tr("Only leads created on or after this day (ISO 8601, such as 2026-01-01)."), u"DATE"_s));
    parser.addOption(QCommandLineOption(u"config"_s, tr("A proposed configuration, as \"config export\" writes it; what it lacks is taken from the one in force."), u"FILE"_s));
    parser.addOption(QCommandLineOption(u"converted"_s, tr("scoring: the stage whose reaching counts as converted (default: SQL, else the won stage)."), u"STAGE"_s));
    parser.addOption(QCommandLineOption(u"format"_s, tr("table (default), json or csv (a row per lead)."), u"FORMAT"_s, u"table"_s));
    parser.addPositionalArgument(u"routing|scoring"_s, tr("What to replay."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args.first() != u"routing"_s && args.first() != u"scoring"_s))
        return context.usage(tr("give routing or scoring"));
    ReplayPrinter::Format format;
    if (!ReplayPrinter::formatFromKey(parser.value(u"format"_s), &format))
        return context.usage(tr("--format is table, json or csv"));
    ReplayRequest request;
    if (parser.isSet(u"since"_s)) {
        request.since = QDate::fromString(parser.value(u"since"_s), Qt::ISODate);
        if (!request.since.isValid())
            return context.usage(tr("--since needs an ISO 8601 date, such as 2026-01-01"));
    }
    if (parser.isSet(u"converted"_s) && args.first() != u"scoring"_s)
        return context.usage(tr("--converted is for a scoring replay"));
    request.convertedStage = parser.value(u"converted"_s);
    if (parser.isSet(u"config"_s)) {
        // Read before opening the database: a broken file is reported without it.
        auto file = ConfigFile::read(parser.value(u"config"_s));
        if (!file)
            return context.fail(file.error());
        request.config = *file;
    }
    Pipeline pipeline;
    if (auto stop = context.openPipelineOrOnly(parser, &pipeline, CliContext::Access::Read))
        return *stop;
    request.pipelineId = pipeline.id;

    ReplayPrinter printer(context.out(), format);
    if (args.first() == u"routing"_s) {
        auto report = context.await(context.backend().pipelines().replayRouting(context.principal(), request));
        if (!report)
            return context.fail(report.error());
        printer.print(*report);
    } else {
        auto report = context.await(context.backend().pipelines().replayScoring(context.principal(), request));
        if (!report)
            return context.fail(report.error());
        printer.print(*report);
    }
    return Success;
}

} // namespace lejek::cli
