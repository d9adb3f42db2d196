// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineStageAction.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::PipelineStageAction", s); }

// The whole-number options, each with the stage member it sets.
struct NumberOption {
    const char *name;
    int Stage::*member;
    int minimum;
    int maximum;
};
const NumberOption kNumbers[] = {
    {"probability", &Stage::probability, 0, 100},
    {"rotting-days", &Stage::rottingDays, 0, 3650},
    {"sla-first-contact", &Stage::slaFirstContactMinutes, 0, 525600},
    {"sla-decision", &Stage::slaDecisionMinutes, 0, 525600},
};
} // namespace

QString PipelineStageAction::synopsis()
{
    return u"pipeline stage --db DB --pipeline NAME --stage S [--rename NAME] [--probability N] [--rotting-days N] "
           "[--require key,key] [--sla-first-contact MINUTES] [--sla-decision MINUTES]"_s;
}

void PipelineStageAction::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"stage"_s, tr("stage: the stage to change."), u"S"_s));
    parser.addOption(QCommandLineOption(u"rename"_s, tr("stage: a new name for the stage."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"probability"_s, tr("stage: win probability, 0 to 100."), u"N"_s));
    parser.addOption(QCommandLineOption(u"rotting-days"_s, tr("stage: days without activity before an open lead rots; 0: never."), u"N"_s));
    parser.addOption(QCommandLineOption(u"sla-first-contact"_s, tr("stage: SLA 1, working minutes to first contact; 0: none."), u"MINUTES"_s));
    parser.addOption(QCommandLineOption(u"sla-decision"_s, tr("stage: SLA 2, working minutes to a status decision; 0: none."), u"MINUTES"_s));
}

int PipelineStageAction::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"stage"_s))
        return context.usage(tr("--stage names the stage to change"));
    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline))
        return *stop;
    const Stage *found = pipeline.stageByName(parser.value(u"stage"_s));
    if (!found)
        return context.usage(tr("the pipeline \"%1\" has no stage \"%2\"").arg(pipeline.name, parser.value(u"stage"_s)));
    Stage stage = *found;
    if (parser.isSet(u"rename"_s))
        stage.name = parser.value(u"rename"_s).trimmed(); // as the service keeps it
    for (const NumberOption &option : kNumbers) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < option.minimum || value > option.maximum)
            return context.usage(tr("--%1 takes a whole number from %2 to %3").arg(name).arg(option.minimum).arg(option.maximum));
        stage.*option.member = value;
    }
    if (parser.isSet(u"require"_s)) {
        stage.requiredFields.clear();
        const QStringList given = parser.values(u"require"_s);
        if (given.size() > 1)
            return context.usage(tr("--require takes the stage's whole list once: key,key"));
        for (const QString &key : given.first().split(u',', Qt::SkipEmptyParts))
            stage.requiredFields.append(key.trimmed());
    }
    if (stage == *found) {
        context.out() << tr("nothing to change: the stage \"%1\" is already so").arg(found->name) << Qt::endl;
        return Success;
    }
    auto changed = context.await(context.backend().pipelines().updateStage(context.principal(), stage));
    if (!changed)
        return context.fail(changed.error());
    context.out() << tr("changed the stage \"%1\" of \"%2\": probability %3%, rotting after %4 days, requires %5, SLA %6 / %7 minutes")
                         .arg(changed->name, pipeline.name)
                         .arg(changed->probability)
                         .arg(changed->rottingDays)
                         .arg(changed->requiredFields.isEmpty() ? tr("nothing") : changed->requiredFields.join(u", "_s))
                         .arg(changed->slaFirstContactMinutes)
                         .arg(changed->slaDecisionMinutes)
                  << Qt::endl;
    return Success;
}

} // namespace lejek::cli
