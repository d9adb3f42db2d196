// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "FieldArguments.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::MergeCommand", s); }
} // namespace

QString MergeCommand::synopsis() const { return u"merge --db DB KEEP OTHER [KEY=VALUE...]"_s; }
QString MergeCommand::summary() const
{
    return tr("Merge lead OTHER into lead KEEP. KEEP keeps its own values unless KEY=VALUE chooses another, and takes "
              "every value only OTHER has, OTHER's activities and tasks. OTHER is kept, marked merged, and leaves every list.");
}

int MergeCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addPositionalArgument(u"KEEP"_s, tr("The lead that stays."));
    parser.addPositionalArgument(u"OTHER"_s, tr("The lead merged into it."));
    parser.addPositionalArgument(u"KEY=VALUE"_s, tr("The value KEEP is to have, where the two differ."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    bool keepOk = false;
    bool otherOk = false;
    const qint64 keep = positional.value(0).toLongLong(&keepOk);
    const qint64 other = positional.value(1).toLongLong(&otherOk);
    if (!keepOk || !otherOk || keep <= 0 || other <= 0)
        return context.usage(tr("give the id of the lead to keep, then the id of the lead to merge into it"));
    auto values = FieldArguments::parse(positional.mid(2));
    if (!values)
        return context.usage(values.error());
    if (auto stop = context.openDatabase(parser))
        return *stop;
    MergeRequest request;
    request.keepId = keep;
    request.otherId = other;
    request.values = *values;
    auto merged = context.await(context.backend().leads().mergeLeads(context.principal(), request));
    if (!merged)
        return context.fail(merged.error());
    context.out() << tr("lead %1 was merged into lead %2 (version %3)").arg(other).arg(keep).arg(merged->version) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
