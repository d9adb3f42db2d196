// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "FieldArguments.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::AddCommand", s); }
} // namespace

QString AddCommand::synopsis() const { return u"add --db DB --pipeline NAME [--stage S] KEY=VALUE..."_s; }
QString AddCommand::summary() const { return tr("Create a lead from canonical field keys; prints its id."); }

int AddCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"stage"_s, tr("The stage, by name (the first stage by default)."), u"S"_s));
    parser.addPositionalArgument(u"KEY=VALUE"_s, tr("Field values by canonical key, e.g. company=\"Acme\" email=jan@acme.pl nip=5260001246 owner=\"Anna Nowak\"."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    auto fields = FieldArguments::parse(parser.positionalArguments());
    if (!fields)
        return context.usage(fields.error());
    Pipeline found;
    if (auto stop = context.openPipeline(parser, &found))
        return *stop;
    const Pipeline *pipeline = &found;
    auto lead = context.await(context.backend().leads().createLead(context.principal(), NewLead{pipeline->id, parser.value(u"stage"_s), *fields, {}}));
    if (!lead)
        return context.fail(lead.error());
    context.out() << lead->id << Qt::endl;
    return Success;
}

} // namespace lejek::cli
