// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliContext.h"
#include "CsvReader.h"
#include "ExitCode.h"
#include "ImportJob.h"
#include "ValueParser.h"

#include <QCoreApplication>

#include <unistd.h>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ImportCommand", s); }
} // namespace

QString ImportCommand::synopsis() const
{
    return u"import --db DB --pipeline NAME [--map COLUMN=key]... [--dedupe skip|update|allow] [--gate reject|first-stage] "
           "[--dry-run] [--all-or-nothing] [--delimiter ,|;] [--encoding utf-8|cp1250] [--rejects FILE] FILE.csv"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import leads from CSV. Every row is checked like any other write; rejected rows are reported by line on "
              "standard error and in FILE.rejects.csv, the others are imported (or none with --all-or-nothing).");
}

int ImportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"map"_s, tr("Feed a column to a field key (repeatable): \"Account name=company\"."), u"COLUMN=key"_s));
    parser.addOption(QCommandLineOption(u"dedupe"_s, tr("A row matching a lead by external id, e-mail or NIP: skip (default), update or allow."), u"MODE"_s, u"skip"_s));
    parser.addOption(QCommandLineOption(u"gate"_s, tr("A row that does not meet its stage's gate: reject (default) or first-stage."), u"MODE"_s, u"reject"_s));
    parser.addOption(QCommandLineOption(u"dry-run"_s, tr("Check and report everything (the rejects file too), write nothing to the database.")));
    parser.addOption(QCommandLineOption(u"all-or-nothing"_s, tr("Write nothing unless every row can be imported.")));
    parser.addOption(QCommandLineOption(u"delimiter"_s, tr("Field delimiter, , or ; (detected from the header and the first row by default)."), u"C"_s));
    parser.addOption(QCommandLineOption(u"encoding"_s, tr("utf-8 (default) or cp1250."), u"NAME"_s, u"utf-8"_s));
    parser.addOption(QCommandLineOption(u"stage-map"_s, tr("Rename the file's stages: \"Prospecting=New leads,Engaging=Qualification\"."), u"MAP"_s));
    parser.addOption(QCommandLineOption(u"create-owners"_s, tr("Create owners not found by name or e-mail, in this team."), u"TEAM"_s));
    parser.addOption(QCommandLineOption(u"currency"_s, tr("The currency of amounts in rows without a currency column (PLN by default)."), u"CODE"_s));
    parser.addOption(QCommandLineOption(u"lost-reason"_s, tr("The reason code for lost rows that have none (e.g. other)."), u"CODE"_s));
    parser.addOption(QCommandLineOption(u"rejects"_s, tr("Where to write the rejected rows (FILE.rejects.csv by default)."), u"FILE"_s));
    parser.addPositionalArgument(u"FILE.csv"_s, tr("The CSV file."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("give one CSV file"));
    if (!parser.isSet(u"pipeline"_s))
        return context.usage(tr("--pipeline is required"));
    const QString path = parser.positionalArguments().first();

    ImportOptions options;
    const QString dedupe = parser.value(u"dedupe"_s);
    if (dedupe == u"skip"_s)
        options.dedupe = ImportOptions::Dedupe::Skip;
    else if (dedupe == u"update"_s)
        options.dedupe = ImportOptions::Dedupe::Update;
    else if (dedupe == u"allow"_s)
        options.dedupe = ImportOptions::Dedupe::Allow;
    else
        return context.usage(tr("--dedupe is skip, update or allow"));
    const QString gate = parser.value(u"gate"_s);
    if (gate != u"reject"_s && gate != u"first-stage"_s)
        return context.usage(tr("--gate is reject or first-stage"));
    options.gate = gate == u"reject"_s ? ImportOptions::Gate::Reject : ImportOptions::Gate::FirstStage;
    CsvReadOptions readOptions;
    if (parser.isSet(u"delimiter"_s)) {
        const QString d = parser.value(u"delimiter"_s);
        if (d != u","_s && d != u";"_s)
            return context.usage(tr("--delimiter is , or ;"));
        readOptions.delimiter = d == u","_s ? ',' : ';';
    }
    const auto encoding = CsvReader::encodingFromName(parser.value(u"encoding"_s));
    if (!encoding)
        return context.usage(tr("--encoding is utf-8 or cp1250"));
    readOptions.encoding = *encoding;
    options.createOwnersInTeam = parser.value(u"create-owners"_s);
    options.defaultLostReason = parser.value(u"lost-reason"_s);
    QHash<QString, QString> stageMap;
    for (const QString &entry : parser.value(u"stage-map"_s).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0)
            return context.usage(tr("--stage-map takes FROM=TO pairs, got \"%1\"").arg(entry));
        stageMap.insert(entry.left(eq).trimmed().toCaseFolded(), entry.mid(eq + 1).trimmed());
    }
    const QString currency = parser.value(u"currency"_s).trimmed().toUpper();
    if (!currency.isEmpty() && !ValueParser::isCurrencyCode(currency))
        return context.usage(tr("--currency takes a three-letter code such as PLN or EUR, got \"%1\"").arg(parser.value(u"currency"_s)));
    QMap<QString, QString> explicitMap;
    for (const QString &entry : parser.values(u"map"_s)) {
        const qsizetype eq = entry.lastIndexOf(u'=');
        if (eq <= 0)
            return context.usage(tr("--map takes COLUMN=key, got \"%1\"").arg(entry));
        explicitMap.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }

    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline))
        return *stop;
    if (!options.defaultLostReason.isEmpty()) {
        auto reasons = context.await(context.backend().pipelines().lostReasons(context.principal()));
        if (!reasons)
            return context.fail(reasons.error());
        QStringList codes;
        for (const LostReason &reason : *reasons)
            codes.append(reason.code);
        if (!codes.contains(options.defaultLostReason.trimmed().toLower()))
            return context.usage(tr("--lost-reason is one of %1, got \"%2\"").arg(codes.join(u", "_s), options.defaultLostReason));
    }

    ImportRequest request;
    request.by = context.principal();
    request.path = path;
    request.read = readOptions;
    request.pipeline = pipeline;
    request.explicitMap = explicitMap;
    request.options = options;
    request.options.dryRun = parser.isSet(u"dry-run"_s);
    request.allOrNothing = parser.isSet(u"all-or-nothing"_s);
    request.stageMap = stageMap;
    request.currency = currency;
    request.rejectsPath = parser.value(u"rejects"_s);
    const QString rejectsPath = request.rejectsPath.isEmpty() ? ImportJob::defaultRejectsPath(path) : request.rejectsPath;

    // The job runs here, on the command's thread; what it finds is reported as it goes.
    ImportJob job(context.backend().leads(), request);
    QObject::connect(&job, &ImportJob::columnsMapped, [&](const QStringList &ignored) {
        if (!ignored.isEmpty())
            context.err() << tr("ignored columns: %1").arg(ignored.join(u", "_s)) << Qt::endl;
    });
    QObject::connect(&job, &ImportJob::noted, [&](const ImportNote &note) {
        if (note.status == ImportOutcome::Status::Skipped)
            context.err() << tr("line %1: skipped, %2").arg(note.line).arg(note.reason) << Qt::endl;
        else if (note.status == ImportOutcome::Status::Imported)
            context.err() << tr("line %1: imported, %2").arg(note.line).arg(note.reason) << Qt::endl;
        else if (note.status == ImportOutcome::Status::Updated)
            context.err() << tr("line %1: updated, %2").arg(note.line).arg(note.reason) << Qt::endl;
        else
            context.err() << tr("line %1: %2").arg(note.line).arg(note.reason) << Qt::endl;
    });
    const bool terminal = isatty(STDERR_FILENO);
    if (terminal)
        QObject::connect(&job, &ImportJob::progressed, [&](const ImportProgress &p) {
            if (p.total > 0)
                context.err() << "\r" << tr("importing: %1% (%2 rows)").arg(p.done * 100 / p.total).arg(p.tally.read) << Qt::flush;
        });
    const ImportResult result = job.run();
    if (terminal)
        context.err() << "\r" << QString(40, u' ') << "\r" << Qt::flush;

    const ImportTally &tally = result.tally;
    switch (result.outcome) {
    case ImportResult::Outcome::BadMapping: return context.usage(result.error->message);
    case ImportResult::Outcome::Failed: return context.fail(*result.error);
    case ImportResult::Outcome::Cancelled: return context.fail(Error::storage(tr("the import was cancelled")));
    case ImportResult::Outcome::NothingWritten:
        context.err() << tr("rejected rows are in %1 with their line and reason").arg(rejectsPath) << Qt::endl;
        context.out() << tr("read %1, imported 0, updated 0, skipped %2, rejected %3: nothing written (--all-or-nothing)")
                             .arg(tally.read)
                             .arg(tally.skipped)
                             .arg(tally.rejected)
                      << Qt::endl;
        return Refused;
    case ImportResult::Outcome::Done: break;
    }
    context.out() << (result.dryRun ? tr("dry run: read %1, would import %2, update %3, skip %4, reject %5; nothing written")
                                    : tr("read %1, imported %2, updated %3, skipped %4, rejected %5"))
                             .arg(tally.read)
                             .arg(tally.imported)
                             .arg(tally.updated)
                             .arg(tally.skipped)
                             .arg(tally.rejected)
                  << Qt::endl;
    if (tally.lostReasonDefaulted > 0)
        context.out() << tr("lost rows given the reason \"%1\": %2").arg(options.defaultLostReason).arg(tally.lostReasonDefaulted) << Qt::endl;
    if (tally.rejected > 0)
        context.err() << tr("rejected rows are in %1 with their line and reason").arg(rejectsPath) << Qt::endl;
    return tally.rejected > 0 || tally.skipped > 0 ? Refused : Success;
}

} // namespace lejek::cli
