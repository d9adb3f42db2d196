// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "PipelineService.h"
#include "ReportService.h"
#include "LeadFilterOptions.h"
#include "ReportPrinter.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QLocale>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ReportCommand", s); }
} // namespace

QString ReportCommand::synopsis() const
{
    return u"report funnel|conversion|time-in-stage|speed-to-lead|sla|win-rate|cycle|lost-reasons|owners|forecast|leakage|handoff --db DB [--pipeline NAME] [--from DATE] [--to DATE] "
           "[--as-of DATE] [--by owner|team|source|campaign] [--owner USER] [--team TEAM] [--source S] [--campaign C] [--format table|json|csv]"_s;
}
QString ReportCommand::summary() const
{
    return tr("The dashboards' numbers from history (DOMAIN.md's definitions): the funnel of the leads created in the period, "
              "stage-to-stage conversion, time in stage, speed to lead and SLA compliance in working time, and the win rate, cycle "
              "length and lost reasons of the leads closed in it.");
}

int ReportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name (not needed when there is only one)."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"from"_s, tr("The period's first day (ISO 8601; default: the first lead's)."), u"DATE"_s));
    parser.addOption(QCommandLineOption(u"to"_s, tr("The period's last day, included (default: today)."), u"DATE"_s));
    parser.addOption(QCommandLineOption(u"as-of"_s, tr("Every figure as it stood at the end of that day, from history (ISO 8601)."),
                                        u"DATE"_s));
    parser.addOption(QCommandLineOption(u"by"_s, tr("Break the figures down by owner, team, source or campaign."), u"KEY"_s));
    LeadFilterOptions::add(parser);
    parser.addOption(QCommandLineOption(u"format"_s, tr("table (default), json or csv."), u"FORMAT"_s, u"table"_s));
    parser.addPositionalArgument(u"REPORT"_s, ReportTable::kindKeys().join(u", "_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    ReportTable::Kind kind;
    if (args.size() != 1 || !ReportTable::kindFromKey(args.first(), &kind))
        return context.usage(tr("give one report: %1").arg(ReportTable::kindKeys().join(u", "_s)));
    const QString formatKey = parser.value(u"format"_s);
    const ReportPrinter::Format format = formatKey == u"json"_s ? ReportPrinter::Format::Json
                                         : formatKey == u"csv"_s ? ReportPrinter::Format::Csv
                                                                 : ReportPrinter::Format::Table;
    if (formatKey != u"table"_s && formatKey != u"json"_s && formatKey != u"csv"_s)
        return context.usage(tr("--format is table, json or csv"));
    ReportRequest request;
    for (const auto &[option, day] :
         {std::pair{u"from"_s, &request.from}, std::pair{u"to"_s, &request.to}, std::pair{u"as-of"_s, &request.asOf}}) {
        if (!parser.isSet(option))
            continue;
        *day = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!day->isValid())
            return context.usage(tr("--%1 needs an ISO 8601 date, such as 2026-01-31").arg(option));
    }
    if (parser.isSet(u"by"_s) && !breakdownFromKey(parser.value(u"by"_s), &request.by))
        return context.usage(tr("--by is owner, team, source or campaign"));
    if (kind == ReportTable::Kind::Owners && request.by == Breakdown::None)
        request.by = Breakdown::Owner; // a row each; --by team makes it a row per team
    // The table's, and the headline's: how many came in, were won and lost.
    request.sections = ReportTable::sectionsOf(kind) | ReportSection::Cohort | ReportSection::Outcomes;

    Pipeline pipeline;
    if (auto stop = context.openPipelineOrOnly(parser, &pipeline, CliContext::Access::Read))
        return *stop;
    request.pipelineId = pipeline.id;
    if (auto stop = LeadFilterOptions::read(parser, context, &request.filter))
        return *stop;
    auto report = context.await(context.backend().reports().report(context.principal(), request));
    if (!report)
        return context.fail(report.error());
    const ReportTable table(kind, *report);
    if (format == ReportPrinter::Format::Table) {
        const QString from = report->period.from.toString(Qt::ISODate), to = report->period.to.toString(Qt::ISODate);
        const QLocale locale;
        context.out() << tr("%1, %2 to %3: %4 leads came in, %5 won and %6 lost")
                             .arg(pipeline.name, from, to)
                             .arg(locale.toString(report->total.cohort))
                             .arg(locale.toString(report->total.outcomes.won))
                             .arg(locale.toString(report->total.outcomes.lost))
                      << Qt::endl;
        if (request.asOf.isValid())
            context.out() << tr("As of the end of %1, from history.").arg(request.asOf.toString(Qt::ISODate)) << Qt::endl;
        const bool now = kind == ReportTable::Kind::Forecast || kind == ReportTable::Kind::Leakage;
        if (now && table.isEmpty()) {
            context.out() << tr("No open leads in this pipeline.") << Qt::endl;
            return Success;
        }
        const bool speed = kind == ReportTable::Kind::SpeedToLead || kind == ReportTable::Kind::Sla;
        if (speed && report->total.speed.handoffStageId == 0) {
            context.out() << tr("This pipeline has no handoff stage: name one in the scoring configuration (lejek-cli config).")
                          << Qt::endl;
            return Success;
        }
        if (speed && report->total.speed.handedOff == 0) {
            context.out() << tr("No lead was handed off to sales in these days: widen the period with --from and --to.") << Qt::endl;
            return Success;
        }
        if (kind == ReportTable::Kind::Sla && table.isEmpty()) {
            context.out() << tr("The handoff stage has no SLA: set its minutes in the pipeline's configuration.") << Qt::endl;
            return Success;
        }
        if (table.isEmpty()) {
            context.out() << tr("Nothing to show for these days: widen the period with --from and --to.") << Qt::endl;
            return Success;
        }
        context.out() << Qt::endl;
    }
    ReportPrinter::print(context.out(), table, format);
    return Success;
}

} // namespace lejek::cli
