// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineCommand.h"

#include "CliContext.h"
#include "ExitCode.h"

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
           "[--require STAGE=key,key] [--criterion \"STAGE=budget > 50000\"]"_s;
}
QString PipelineCommand::summary() const
{
    return tr("Create a pipeline. A stage is NAME[:KIND[:PROBABILITY]] with KIND open (default), parked, won or lost.");
}

int PipelineCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"name"_s, tr("The pipeline's name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"stages"_s, tr("Comma-separated stages in order."), u"LIST"_s));
    parser.addOption(QCommandLineOption(u"require"_s, tr("Fields a stage requires (repeatable): STAGE=key,key."), u"STAGE=KEYS"_s));
    parser.addOption(QCommandLineOption(u"criterion"_s, tr("An entry criterion (repeatable): \"STAGE=budget > 50000\"."), u"STAGE=CONDITION"_s));
    parser.addPositionalArgument(u"create"_s, tr("The action."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{u"create"_s})
        return context.usage(tr("the pipeline command takes one action: create"));
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
