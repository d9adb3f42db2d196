// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsCommand.h"

#include "BehaviourEventFile.h"
#include "CliContext.h"
#include "ExitCode.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::EventsCommand", s); }
// Events per transaction: a file of any size in bounded transactions; a chunk that
// fails leaves the earlier ones, and loading the file again records only the rest.
constexpr qsizetype kChunk = 500;
} // namespace

QString EventsCommand::synopsis() const { return u"events --db DB [--pipeline NAME] FILE.csv|FILE.jsonl"_s; }
QString EventsCommand::summary() const
{
    return tr("Record a file of behaviour events (columns or keys: %1).").arg(BehaviourEventFile::keys().join(u", "_s));
}

int EventsCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name (not needed when there is only one)."), u"NAME"_s));
    parser.addPositionalArgument(u"FILE"_s, tr("A CSV file with a header, or JSON Lines (.jsonl)."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("give one file"));
    Pipeline pipeline;
    if (auto stop = context.openPipelineOrOnly(parser, &pipeline))
        return *stop;
    auto lines = BehaviourEventFile::read(parser.positionalArguments().first(), pipeline.id);
    if (!lines)
        return context.fail(lines.error());
    qsizetype recorded = 0, duplicates = 0, newLeads = 0;
    for (qsizetype from = 0; from < lines->size(); from += kChunk) {
        QList<BehaviourEventRequest> chunk;
        for (qsizetype i = from; i < std::min(lines->size(), from + kChunk); ++i)
            chunk.append(lines->at(i).event);
        auto results = context.await(context.backend().leads().recordEvents(context.principal(), chunk));
        if (!results) {
            Error e = results.error();
            // "event 3: ..." of the chunk is a line of the file.
            e.message = tr("from line %1 on nothing more was recorded (%2 events before it were): %3")
                            .arg(lines->at(from).line)
                            .arg(recorded)
                            .arg(e.message);
            return context.fail(e);
        }
        for (const BehaviourEventResult &r : *results) {
            recorded += !r.duplicate;
            duplicates += r.duplicate;
            newLeads += r.createdLead;
        }
    }
    context.out() << tr("%1 events recorded (%2 new leads), %3 already recorded before")
                         .arg(recorded)
                         .arg(newLeads)
                         .arg(duplicates)
                  << Qt::endl;
    return Success;
}

} // namespace lejek::cli
