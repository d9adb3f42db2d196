// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "LeadFilterOptions.h"
#include "LeadService.h"
#include "Money.h"
#include "ReportService.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::BoardCommand", s); }

// Whole units, as the board's headers write a column's sum.
QString amount(qint64 minor) { return QLocale().toString(double((minor >= 0 ? minor + 50 : minor - 50) / 100), 'f', 0); }

void printTable(QTextStream &out, const QList<BoardColumn> &columns)
{
    TextTable open({tr("Stage"), tr("Leads"), tr("Value"), tr("Weighted")});
    TextTable closed({tr("Closed"), tr("Leads"), tr("Value")});
    const QLocale locale;
    for (const BoardColumn &c : columns) {
        if (c.stage.isClosed())
            closed.addRow({c.stage.displayName(), locale.toString(c.count), amount(c.valueMinor)});
        else if (c.stage.kind == StageKind::Parked) // DOMAIN.md: kept out of the forecast
            open.addRow({c.stage.displayName(), locale.toString(c.count), amount(c.valueMinor), tr("parked")});
        else
            open.addRow({c.stage.displayName(), locale.toString(c.count), amount(c.valueMinor), amount(c.weightedMinor)});
    }
    open.print(out);
    out << Qt::endl;
    closed.print(out);
}

QJsonObject json(const Pipeline &pipeline, const QDate &day, const QList<BoardColumn> &columns)
{
    QJsonArray array;
    for (const BoardColumn &c : columns)
        array.append(QJsonObject{{u"stage"_s, c.stage.name},
                                 {u"kind"_s, stageKindName(c.stage.kind)},
                                 {u"leads"_s, c.count},
                                 {u"value"_s, Money::toMajor(c.valueMinor)},
                                 {u"weighted"_s, Money::toMajor(c.weightedMinor)}});
    return QJsonObject{{u"pipeline"_s, pipeline.name},
                       {u"as_of"_s, day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue()},
                       {u"columns"_s, array}};
}

} // namespace

QString BoardCommand::synopsis() const
{
    return u"board --db DB [--pipeline NAME] [--as-of DATE] [--owner USER] [--team TEAM] [--source S] [--campaign C] "
           "[--format table|json]"_s;
}

QString BoardCommand::summary() const
{
    return tr("The board's column counts and values, with the Won and Lost tiles: today, or as they were at the end of a "
              "past day, from history.");
}

int BoardCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name (not needed when there is only one)."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"as-of"_s, tr("The board at the end of this day (ISO 8601), from history."), u"DATE"_s));
    LeadFilterOptions::add(parser);
    parser.addOption(QCommandLineOption(u"format"_s, tr("table (default) or json."), u"FORMAT"_s, u"table"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s)
        return context.usage(tr("--format is table or json"));
    QDate day;
    if (parser.isSet(u"as-of"_s)) {
        day = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!day.isValid())
            return context.usage(tr("--as-of needs an ISO 8601 date, such as 2026-06-30"));
    }
    Pipeline pipeline;
    if (auto stop = context.openPipelineOrOnly(parser, &pipeline, CliContext::Access::Read))
        return *stop;
    LeadFilter filter;
    if (auto stop = LeadFilterOptions::read(parser, context, &filter))
        return *stop;

    QList<BoardColumn> columns;
    if (day.isValid()) {
        auto board = context.await(context.backend().reports().boardAsOf(context.principal(), BoardAsOfRequest{pipeline.id, day, filter}));
        if (!board)
            return context.fail(board.error());
        columns = board->columns;
    } else {
        // Today: what the board's headers show, from the same query.
        auto totals = context.await(context.backend().leads().stageTotals(context.principal(), pipeline.id, filter));
        if (!totals)
            return context.fail(totals.error());
        for (const Stage &stage : pipeline.stages) {
            BoardColumn column{stage, 0, 0, 0};
            for (const StageTotals &t : std::as_const(*totals))
                if (t.stageId == stage.id)
                    column = BoardColumn{stage, t.count, t.valueMinor, t.weightedMinor};
            columns.append(column);
        }
    }
    if (format == u"json"_s) {
        context.out() << QString::fromUtf8(QJsonDocument(json(pipeline, day, columns)).toJson(QJsonDocument::Indented));
        return Success;
    }
    context.out() << (day.isValid() ? tr("%1 as of the end of %2 (from history; read only)").arg(pipeline.name, day.toString(Qt::ISODate))
                                    : tr("%1 today").arg(pipeline.name))
                  << Qt::endl
                  << Qt::endl;
    printTable(context.out(), columns);
    return Success;
}

} // namespace lejek::cli
