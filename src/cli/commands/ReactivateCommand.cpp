// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReactivateCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "FieldArguments.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ReactivateCommand", s); }
} // namespace

QString ReactivateCommand::synopsis() const { return u"reactivate --db DB LEAD STAGE [KEY=VALUE...] [--comment TEXT]"_s; }
QString ReactivateCommand::summary() const
{
    return tr("Bring a lost lead back to an open or parked stage, through that stage's gate (the values it lacks may be "
              "given); the move is kept in its history.");
}

int ReactivateCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"comment"_s, tr("Why it comes back, kept with the stage change."), u"TEXT"_s));
    parser.addPositionalArgument(u"LEAD"_s, tr("The lost lead's id."));
    parser.addPositionalArgument(u"STAGE"_s, tr("The stage it goes back to, by name."));
    parser.addPositionalArgument(u"KEY=VALUE"_s, tr("Values the stage requires."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (!ok || id <= 0 || positional.size() < 2)
        return context.usage(tr("give the lead's id, then a stage"));
    auto fields = FieldArguments::parse(positional.mid(2));
    if (!fields)
        return context.usage(fields.error());
    if (auto stop = context.openDatabase(parser))
        return *stop;
    auto pipeline = context.pipelineOfLead(id);
    if (!pipeline)
        return context.fail(pipeline.error());
    const Stage *stage = pipeline->stageByName(positional.at(1));
    if (!stage)
        return context.fail(Error::notFound(tr("the pipeline \"%1\" has no stage \"%2\"").arg(pipeline->name, positional.at(1))));
    ReactivateRequest request{id, stage->id, *fields, parser.value(u"comment"_s), 0, {}};
    auto lead = context.await(context.backend().leads().reactivateLead(context.principal(), request));
    if (!lead)
        return context.fail(lead.error());
    context.out() << tr("lead %1 is back in %2 (version %3)").arg(id).arg(stage->name).arg(lead->version) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
