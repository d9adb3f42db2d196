// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliContext.h"
#include "ColumnMapping.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "ExitCode.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ImportCommand", s); }

constexpr int kBatchRows = 1000;
// A dry run cannot commit between batches, so it checks in larger ones: duplicates
// are found across up to this many rows.
constexpr int kDryRunBatchRows = 50000;

// Lejek's exports (and careful spreadsheets) put an apostrophe before a cell that would
// run as a formula; importing takes it off again, so an export imports back as it was.
QString restoredCell(const QString &cell)
{
    static const QString dangerous = u"=+-@\t\r"_s;
    if (cell.size() > 1 && cell.front() == u'\'' && dangerous.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

struct Tally {
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 lostReasonDefaulted = 0;
};
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
    parser.addOption(QCommandLineOption(u"dry-run"_s, tr("Check and report everything, write nothing.")));
    parser.addOption(QCommandLineOption(u"all-or-nothing"_s, tr("Write nothing unless every row can be imported.")));
    parser.addOption(QCommandLineOption(u"delimiter"_s, tr("Field delimiter, , or ; (detected from the header by default)."), u"C"_s));
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
    QMap<QString, QString> explicitMap;
    for (const QString &entry : parser.values(u"map"_s)) {
        const qsizetype eq = entry.lastIndexOf(u'=');
        if (eq <= 0)
            return context.usage(tr("--map takes COLUMN=key, got \"%1\"").arg(entry));
        explicitMap.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }

    // First a read of the whole file: a broken file (bad encoding, an unclosed quote)
    // is refused before a single row is written.
    {
        CsvReader check(path, readOptions);
        if (auto opened = check.open(); !opened)
            return context.fail(Error::storage(opened.error().message));
        for (;;) {
            auto record = check.next();
            if (!record)
                return context.fail(Error::storage(tr("%1: %2").arg(path, record.error().message)));
            if (!*record)
                break;
        }
    }
    Pipeline found;
    if (auto stop = context.openPipeline(parser, &found))
        return *stop;
    const Pipeline *pipeline = &found;

    const bool terminal = isatty(STDERR_FILENO);
    const bool allOrNothing = parser.isSet(u"all-or-nothing"_s);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const QString rejectsPath = parser.isSet(u"rejects"_s) ? parser.value(u"rejects"_s)
                                                            : QFileInfo(path).path() + u"/"_s + QFileInfo(path).completeBaseName() + u".rejects.csv"_s;
    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<CsvWriter> rejects;
    QStringList header;
    bool ignoredReported = false;
    // Polish spreadsheets ("Firma", "Branża") map whatever the desktop's language.
    const auto polish = Translator::load(u"pl"_s);
    QList<const QTranslator *> labelTranslators;
    if (polish)
        labelTranslators.append(polish.get());

    // One pass over the file; `write` false checks only (dry run, or the first pass of
    // --all-or-nothing). Returns the exit code to stop with, if any.
    auto pass = [&](bool write, Tally &tally) -> std::optional<int> {
        CsvReader reader(path, readOptions);
        if (auto opened = reader.open(); !opened)
            return context.fail(Error::storage(opened.error().message));
        header = reader.header();
        auto mapping = ColumnMapping::build(header, *pipeline, explicitMap, labelTranslators);
        if (!mapping)
            return context.usage(mapping.error());
        if (const QStringList ignored = mapping->ignoredColumns(); !ignored.isEmpty() && !ignoredReported) {
            context.err() << tr("ignored columns: %1").arg(ignored.join(u", "_s)) << Qt::endl;
            ignoredReported = true;
        }
        ImportBatch batch;
        batch.pipelineId = pipeline->id;
        batch.options = options;
        batch.options.dryRun = !write;
        QHash<int, QStringList> original; // line -> the row as read, for the rejects file
        auto reject = [&](int line, const QStringList &fields, const QString &reason) {
            ++tally.rejected;
            context.err() << tr("line %1: %2").arg(line).arg(reason) << Qt::endl;
            if (!rejects) {
                rejectsFile = std::make_unique<QSaveFile>(rejectsPath);
                if (!rejectsFile->open(QIODevice::WriteOnly))
                    return;
                // The rows as they were, to be fixed and imported again.
                rejects = std::make_unique<CsvWriter>(rejectsFile.get(), CsvWriteOptions{reader.delimiter(), true, false});
                (void)rejects->writeRecord(header + QStringList{tr("line"), tr("reason")});
            }
            (void)rejects->writeRecord(fields + QStringList{QString::number(line), reason});
        };
        auto flush = [&]() -> std::optional<int> {
            if (batch.rows.isEmpty())
                return std::nullopt;
            auto report = context.await(context.backend().leads().importRows(batch));
            if (!report)
                return context.fail(report.error());
            for (const ImportOutcome &o : report->outcomes) {
                switch (o.status) {
                case ImportOutcome::Status::Imported:
                    ++tally.imported;
                    tally.lostReasonDefaulted += o.lostReasonDefaulted ? 1 : 0;
                    break;
                case ImportOutcome::Status::Updated: ++tally.updated; break;
                case ImportOutcome::Status::Skipped:
                    ++tally.skipped;
                    context.err() << tr("line %1: skipped, %2").arg(o.line).arg(o.reason) << Qt::endl;
                    break;
                case ImportOutcome::Status::Rejected: reject(o.line, original.value(o.line), o.reason); break;
                }
            }
            batch.rows.clear();
            original.clear();
            return std::nullopt;
        };
        const int batchRows = write ? kBatchRows : kDryRunBatchRows;
        for (;;) {
            auto record = reader.next();
            if (!record)
                return context.fail(Error::storage(record.error().message));
            if (!*record)
                break;
            ++tally.read;
            if (const auto wrongCount = reader.fieldCountError(**record)) {
                reject((*record)->line, (*record)->fields, *wrongCount);
                continue;
            }
            ImportRow row;
            row.line = (*record)->line;
            for (qsizetype i = 0; i < (*record)->fields.size(); ++i) {
                const QString key = mapping->keyOf(i);
                const QString value = (*record)->fields[i].trimmed();
                if (key == u"stage"_s)
                    row.stage = stageMap.value(value.toCaseFolded(), value);
                else if (key == u"created_at"_s)
                    row.createdAt = value;
                else if (key == u"stage_entered_at"_s)
                    row.stageEnteredAt = value;
                else if (key == u"closed_at"_s)
                    row.closedAt = value;
                else if (!key.isEmpty())
                    row.fields.insert(key, restoredCell((*record)->fields[i]));
            }
            if (!currency.isEmpty() && !row.fields.contains(u"currency"_s))
                row.fields.insert(u"currency"_s, currency);
            original.insert(row.line, (*record)->fields);
            batch.rows.append(row);
            if (batch.rows.size() >= batchRows) {
                if (auto stop = flush())
                    return stop;
                if (terminal && reader.size() > 0)
                    context.err() << "\r" << tr("importing: %1% (%2 rows)").arg(reader.bytesRead() * 100 / reader.size()).arg(tally.read)
                                  << Qt::flush;
            }
        }
        if (auto stop = flush())
            return stop;
        if (terminal)
            context.err() << "\r" << QString(40, u' ') << "\r" << Qt::flush;
        return std::nullopt;
    };

    Tally tally;
    if (allOrNothing && !dryRun) {
        Tally check;
        if (auto stop = pass(false, check))
            return *stop;
        if (check.rejected > 0) {
            if (rejectsFile && !rejectsFile->commit())
                return context.fail(Error::storage(tr("cannot write %1: %2").arg(rejectsPath, rejectsFile->errorString())));
            context.err() << tr("rejected rows are in %1 with their line and reason").arg(rejectsPath) << Qt::endl;
            context.out() << tr("read %1, imported 0, updated 0, skipped %2, rejected %3: nothing written (--all-or-nothing)")
                                 .arg(check.read)
                                 .arg(check.skipped)
                                 .arg(check.rejected)
                          << Qt::endl;
            return Refused;
        }
    }
    if (auto stop = pass(!dryRun, tally))
        return *stop;
    if (rejectsFile && !rejectsFile->commit())
        return context.fail(Error::storage(tr("cannot write %1: %2").arg(rejectsPath, rejectsFile->errorString())));
    context.out() << (dryRun ? tr("dry run: read %1, would import %2, update %3, skip %4, reject %5; nothing written")
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
