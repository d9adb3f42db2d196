// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "FieldArguments.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::EditCommand", s); }
} // namespace

QString EditCommand::synopsis() const { return u"edit --db DB LEAD [--expect-version N] KEY=VALUE..."_s; }
QString EditCommand::summary() const
{
    return tr("Change a lead's fields; with --expect-version a lead changed meanwhile is refused (exit 3).");
}

int EditCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"expect-version"_s, tr("Refuse unless the lead is still at this version."), u"N"_s));
    parser.addPositionalArgument(u"LEAD"_s, tr("The lead's id."));
    parser.addPositionalArgument(u"KEY=VALUE"_s, tr("New values by canonical key; an empty value clears the field."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.isEmpty() ? 0 : positional.takeFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(tr("the first argument must be a lead id"));
    int expected = 0;
    if (parser.isSet(u"expect-version"_s)) {
        expected = parser.value(u"expect-version"_s).toInt(&ok);
        if (!ok || expected <= 0)
            return context.usage(tr("--expect-version takes a positive number"));
    }
    auto fields = FieldArguments::parse(positional);
    if (!fields)
        return context.usage(fields.error());
    if (fields->isEmpty())
        return context.usage(tr("nothing to change: give KEY=VALUE"));
    if (auto stop = context.openDatabase(parser))
        return *stop;
    auto lead = context.await(context.backend().leads().updateLead(context.principal(), LeadEdit{id, expected, *fields, {}}));
    if (!lead)
        return context.fail(lead.error());
    context.out() << tr("lead %1 is at version %2").arg(lead->id).arg(lead->version) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
