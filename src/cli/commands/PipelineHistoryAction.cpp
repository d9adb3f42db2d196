// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineHistoryAction.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::PipelineHistoryAction", s); }

// A date means its end: "as of 2026-03-02" includes what changed that day.
QDateTime parseAsOf(const QString &text)
{
    // A date first: QDateTime reads one too, as the day's midnight.
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
        return QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.timeSpec() == Qt::LocalTime ? QDateTime(time.date(), time.time(), Qt::UTC) : time.toUTC();
}

QStringList configuration(const Stage &s)
{
    return {stageKindName(s.kind), u"%1%"_s.arg(s.probability), s.rottingDays ? QString::number(s.rottingDays) : QString(),
            s.requiredFields.join(u","_s), s.slaFirstContactMinutes ? QString::number(s.slaFirstContactMinutes) : QString(),
            s.slaDecisionMinutes ? QString::number(s.slaDecisionMinutes) : QString()};
}
} // namespace

QString PipelineHistoryAction::synopsis() { return u"pipeline history --db DB --pipeline NAME [--as-of DATE]"_s; }

void PipelineHistoryAction::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"as-of"_s, tr("history: a date or time (ISO 8601, UTC); shows the stages as they stood then."), u"DATE"_s));
}

int PipelineHistoryAction::run(CliContext &context, const QCommandLineParser &parser)
{
    QDateTime asOf;
    if (parser.isSet(u"as-of"_s)) {
        asOf = parseAsOf(parser.value(u"as-of"_s));
        if (!asOf.isValid())
            return context.usage(tr("--as-of needs an ISO 8601 date or time, such as 2026-03-02"));
    }
    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline, CliContext::Access::Read))
        return *stop;
    auto versions = context.await(context.backend().pipelines().stageHistory(context.principal(), pipeline.id));
    if (!versions)
        return context.fail(versions.error());
    const QStringList columns{tr("kind"), tr("probability"), tr("rotting days"), tr("required"), tr("SLA 1 min"), tr("SLA 2 min")};
    if (asOf.isValid()) {
        const QList<Stage> stages = StageVersion::asOf(*versions, asOf);
        if (const QDateTime first = StageVersion::firstRecorded(*versions); asOf < first)
            context.out() << tr("the stages of \"%1\" were first recorded on %2; as first recorded:")
                                 .arg(pipeline.name, first.toString(u"yyyy-MM-dd HH:mm"_s))
                          << Qt::endl;
        TextTable table(QStringList{tr("#"), tr("stage")} + columns);
        for (const Stage &s : stages)
            table.addRow(QStringList{QString::number(s.position), s.name} + configuration(s));
        table.print(context.out());
        return Success;
    }
    TextTable table(QStringList{tr("from (UTC)"), tr("who"), tr("change"), tr("stage")} + columns);
    for (const StageVersion &v : *versions) {
        const QString who = v.changedBy ? v.changedByName : tr("(database owner)");
        table.addRow(QStringList{v.validFrom.toString(u"yyyy-MM-dd HH:mm"_s), who, StageVersion::changeName(v.change), v.stage.name}
                     + configuration(v.stage));
    }
    table.print(context.out());
    return Success;
}

} // namespace lejek::cli
