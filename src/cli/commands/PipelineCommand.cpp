// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "PipelineHistoryAction.h"
#include "PipelineMembersAction.h"
#include "PipelineStageAction.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::PipelineCommand", s); }

// "Qualified=industry,employees" -> (Qualified, [industry, employees])
std::optional<std::pair<QString, QString>> splitStageValue(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return std::nullopt;
    return std::pair{text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}
} // namespace

QString PipelineCommand::synopsis() const
{
    return u"pipeline create --db DB --name NAME --stages \"New,Qualified,Proposal,Won:won,Lost:lost\" "
           "[--require STAGE=key,key] [--criterion \"STAGE=budget > 50000\"] [--field KEY:TYPE[:LABEL]] | "_s
        + PipelineStageAction::synopsis() + u" | "_s + PipelineMembersAction::synopsis() + u" | "_s + PipelineHistoryAction::synopsis();
}
QString PipelineCommand::summary() const
{
    return tr("Create a pipeline (a stage is NAME[:KIND[:PROBABILITY]] with KIND open, parked, won or lost); change a stage; "
              "choose who works it; show who changed its stages when, or the stages as of a date.");
}

int PipelineCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    // One parser for every action, as the task command has: the action may come after
    // --db, and the options say which action they serve.
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("stage, members, history: the pipeline."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"name"_s, tr("create: the pipeline's name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"stages"_s, tr("create: comma-separated stages in order."), u"LIST"_s));
    parser.addOption(QCommandLineOption(u"require"_s, tr("Fields a stage requires: STAGE=key,key for create (repeatable), key,key for stage (the whole list; empty: none)."), u"KEYS"_s));
    parser.addOption(QCommandLineOption(u"criterion"_s, tr("create: an entry criterion (repeatable), \"STAGE=budget > 50000\"."), u"STAGE=CONDITION"_s));
    parser.addOption(QCommandLineOption(u"field"_s, tr("create: a custom field (repeatable), KEY:TYPE[:LABEL[:CHOICE|CHOICE...]] with TYPE text, number, money, date, choice, multi_choice, ..."), u"FIELD"_s));
    PipelineStageAction::addOptions(parser);
    PipelineMembersAction::addOptions(parser);
    PipelineHistoryAction::addOptions(parser);
    parser.addPositionalArgument(u"create|stage|members|history"_s, tr("The action."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.size() == 1 ? positional.first() : QString();
    if (action == u"stage"_s)
        return PipelineStageAction::run(context, parser);
    if (action == u"members"_s)
        return PipelineMembersAction::run(context, parser);
    if (action == u"history"_s)
        return PipelineHistoryAction::run(context, parser);
    if (action != u"create"_s)
        return context.usage(tr("the pipeline command takes an action: create, stage, members or history"));
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"stages"_s))
        return context.usage(tr("--name and --stages are required"));
    Pipeline draft;
    draft.name = parser.value(u"name"_s);
    const QStringList specs = parser.value(u"stages"_s).split(u',', Qt::SkipEmptyParts);
    int openCount = 0;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u':');
        Stage stage;
        stage.name = parts.value(0).trimmed();
        if (parts.size() > 1 && !stageKindFromName(parts[1].trimmed(), &stage.kind))
            return context.usage(tr("\"%1\" is not a stage kind (open, parked, won, lost)").arg(parts[1]));
        if (parts.size() > 2) {
            bool ok = false;
            stage.probability = parts[2].trimmed().toInt(&ok);
            if (!ok)
                return context.usage(tr("\"%1\" is not a probability").arg(parts[2]));
        } else {
            stage.probability = stage.kind == StageKind::Won ? 100 : -1; // open stages spread below
        }
        openCount += stage.kind == StageKind::Open ? 1 : 0;
        draft.stages.append(stage);
    }
    // Unless given, open stages get evenly rising probabilities; parked and lost 0.
    int openIndex = 0;
    for (Stage &s : draft.stages) {
        if (s.probability >= 0)
            continue;
        s.probability = s.kind == StageKind::Open ? (++openIndex) * 100 / (openCount + 1) : 0;
    }
    for (const QString &value : parser.values(u"require"_s)) {
        const auto pair = splitStageValue(value);
        Stage *stage = nullptr;
        for (Stage &s : draft.stages)
            if (pair && s.matchesName(pair->first))
                stage = &s;
        if (!stage)
            return context.usage(tr("--require %1 names no stage of the pipeline").arg(value));
        for (const QString &key : pair->second.split(u',', Qt::SkipEmptyParts))
            stage->requiredFields.append(key.trimmed());
    }
    for (const QString &value : parser.values(u"criterion"_s)) {
        const auto pair = splitStageValue(value);
        Stage *stage = nullptr;
        for (Stage &s : draft.stages)
            if (pair && s.matchesName(pair->first))
                stage = &s;
        if (!stage)
            return context.usage(tr("--criterion %1 names no stage of the pipeline").arg(value));
        auto condition = Condition::parse(pair->second);
        if (!condition)
            return context.usage(condition.error());
        stage->criteria.append(*condition);
    }
    for (const QString &value : parser.values(u"field"_s)) {
        const QStringList parts = value.split(u':');
        FieldDefinition field;
        field.custom = true;
        field.key = parts.value(0).trimmed();
        if (parts.size() < 2 || !fieldTypeFromName(parts.at(1).trimmed(), &field.type))
            return context.usage(tr("--field %1: give KEY:TYPE with TYPE one of text, long_text, email, phone, nip, url, number, "
                                    "money, date, currency, choice, multi_choice").arg(value));
        field.label = parts.size() > 2 && !parts.at(2).trimmed().isEmpty() ? parts.at(2).trimmed() : field.key;
        if (parts.size() > 3)
            for (const QString &choice : parts.mid(3).join(u':').split(u'|', Qt::SkipEmptyParts))
                field.choices.append(choice.trimmed());
        draft.customFields.append(field);
    }
    if (auto stop = context.openDatabase(parser))
        return *stop;
    auto created = context.await(context.backend().pipelines().createPipeline(context.principal(), draft));
    if (!created)
        return context.fail(created.error());
    context.out() << tr("created the pipeline \"%1\" with %2 stages (id %3)").arg(created->name).arg(created->stages.size()).arg(created->id)
                  << Qt::endl;
    return Success;
}

} // namespace lejek::cli
