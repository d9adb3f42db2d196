// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpsellCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "FieldArguments.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::UpsellCommand", s); }
} // namespace

QString UpsellCommand::synopsis() const { return u"upsell --db DB CUSTOMER --pipeline NAME [--stage S] [KEY=VALUE...]"_s; }
QString UpsellCommand::summary() const
{
    return tr("Open a lead for an existing customer in a pipeline: its company and latest contact, marked as an existing "
              "customer (source existing_customer) and linked to it; prints the lead's id.");
}

int UpsellCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"stage"_s, tr("The stage to start in (default: the first)."), u"S"_s));
    parser.addPositionalArgument(u"CUSTOMER"_s, tr("The customer's id (see customers)."));
    parser.addPositionalArgument(u"KEY=VALUE"_s, tr("More values for the new lead."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 customer = positional.value(0).toLongLong(&ok);
    if (!ok || customer <= 0)
        return context.usage(tr("give the customer's id"));
    auto fields = FieldArguments::parse(positional.mid(1));
    if (!fields)
        return context.usage(fields.error());
    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline))
        return *stop;
    UpsellRequest request{customer, pipeline.id, parser.value(u"stage"_s), *fields, {}};
    auto lead = context.await(context.backend().leads().upsell(context.principal(), request));
    if (!lead)
        return context.fail(lead.error());
    context.out() << lead->id << Qt::endl;
    return Success;
}

} // namespace lejek::cli
