// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "FieldArguments.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::MoveCommand", s); }
} // namespace

QString MoveCommand::synopsis() const { return u"move --db DB LEAD... STAGE [KEY=VALUE...] [--reason CODE] [--comment TEXT]"_s; }
QString MoveCommand::summary() const
{
    return tr("Move leads to a stage. Refused, naming every missing field and failed criterion, unless the leads meet "
              "the stage's gate; the missing values may be given and are written in the same transaction.");
}

int MoveCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"reason"_s, tr("Lost reason code, required for a lost stage (price, timing, competition, no_fit, no_response, other)."), u"CODE"_s));
    parser.addOption(QCommandLineOption(u"comment"_s, tr("A comment kept with the stage change (e.g. why it was lost)."), u"TEXT"_s));
    parser.addPositionalArgument(u"LEAD..."_s, tr("Lead ids."));
    parser.addPositionalArgument(u"STAGE"_s, tr("The target stage, by name."));
    parser.addPositionalArgument(u"KEY=VALUE"_s, tr("Values to fill in with the move."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    QList<qint64> ids;
    QString stageName;
    QStringList assignments;
    for (const QString &argument : parser.positionalArguments()) {
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        if (stageName.isEmpty() && isNumber && id > 0)
            ids.append(id);
        else if (stageName.isEmpty() && !FieldArguments::isAssignment(argument))
            stageName = argument;
        else
            assignments.append(argument);
    }
    if (ids.isEmpty() || stageName.isEmpty())
        return context.usage(tr("give one or more lead ids and then a stage"));
    auto fields = FieldArguments::parse(assignments);
    if (!fields)
        return context.usage(fields.error());
    if (parser.isSet(u"reason"_s))
        fields->insert(u"lost_reason"_s, parser.value(u"reason"_s));
    if (auto stop = context.openDatabase(parser))
        return *stop;
    auto pipeline = context.pipelineOfLead(ids.front());
    if (!pipeline)
        return context.fail(pipeline.error());
    const Stage *stage = pipeline->stageByName(stageName);
    if (!stage)
        return context.fail(Error::notFound(tr("the pipeline \"%1\" has no stage \"%2\"").arg(pipeline->name, stageName)));
    MoveRequest request;
    request.leadIds = ids;
    request.stageId = stage->id;
    request.fields = *fields;
    request.note = parser.value(u"comment"_s);
    auto moved = context.await(context.backend().leads().moveLeads(context.principal(), request));
    if (!moved)
        return context.fail(moved.error());
    for (const Lead &lead : *moved)
        context.out() << tr("lead %1 is in %2 (version %3)").arg(lead.id).arg(stage->name).arg(lead.version) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
