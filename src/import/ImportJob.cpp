// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "ColumnMapping.h"
#include "CsvWriter.h"
#include "LeadService.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
// Lejek's exports (and careful spreadsheets) put an apostrophe before a cell that would
// run as a formula; importing takes it off again, so an export imports back as it was.
QString restoredCell(const QString &cell)
{
    static const QString dangerous = u"=+-@\t\r"_s;
    if (cell.size() > 1 && cell.front() == u'\'' && dangerous.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

// Polish spreadsheets ("Firma", "Branża") map whatever the desktop's language.
std::unique_ptr<QTranslator> polishLabels() { return Translator::load(u"pl"_s); }

QList<const QTranslator *> translators(const std::unique_ptr<QTranslator> &polish)
{
    QList<const QTranslator *> list;
    if (polish)
        list.append(polish.get());
    return list;
}

// The app's mapping, one key per column: each a field of the pipeline or an extra
// key, none fed twice, and as many as the file has columns.
std::expected<QStringList, QString> checkedKeys(const QStringList &header, const QStringList &keys, const Pipeline &pipeline)
{
    if (keys.size() != header.size())
        return std::unexpected(QCoreApplication::translate("lejek::ImportJob", "the file has %1 columns now, but %2 were mapped; choose the file again").arg(header.size()).arg(keys.size()));
    const QStringList &extra = ColumnMapping::extraKeys();
    for (qsizetype column = 0; column < keys.size(); ++column) {
        const QString &key = keys[column];
        if (key.isEmpty())
            continue;
        if (!extra.contains(key) && !pipeline.field(key))
            return std::unexpected(QCoreApplication::translate("lejek::ImportJob", "the column \"%1\" is mapped to \"%2\", which is not a field of the pipeline \"%3\"")
                                       .arg(header[column], key, pipeline.name));
        if (const qsizetype first = keys.indexOf(key); first != column)
            return std::unexpected(QCoreApplication::translate("lejek::ImportJob", "the columns \"%1\" and \"%2\" both feed %3").arg(header[first], header[column], key));
    }
    return keys;
}

// One import from start to end: the checking pass, the mapping, the pass that sends
// batches, the rejects file. Emits the job's signals as it goes.
class ImportRun
{
public:
    ImportRun(ImportJob &job, LeadService &leads, const std::atomic<bool> &cancel, ImportResult &result)
        : m_job(job)
        , m_leads(leads)
        , m_request(job.request())
        , m_cancel(cancel)
        , m_result(result)
        , m_rejectsPath(m_request.rejectsPath.isEmpty() ? ImportJob::defaultRejectsPath(m_request.path) : m_request.rejectsPath)
    { }

    void run()
    {
        if (!checkFile() || !mapColumns())
            return;
        ImportTally tally;
        if (!m_request.writesAllOrNothing()) {
            pass(tally);
            return finish(tally);
        }
        // All or nothing: every batch in one transaction, committed only when no row
        // was rejected. Left uncommitted (a reject, a failure, a cancel), it writes
        // nothing, and no other writer can slip in between a check and the writes.
        m_transaction = m_leads.beginImport(m_request.by);
        if (pass(tally)) {
            if (tally.rejected > 0) {
                m_result.outcome = ImportResult::Outcome::NothingWritten;
            } else {
                QFuture<Result<void>> committed = m_transaction->commit();
                committed.waitForFinished();
                if (!committed.result())
                    fail(committed.result().error());
            }
        }
        m_transaction.reset();
        finish(tally);
    }

private:
    void fail(Error error, ImportResult::Outcome outcome = ImportResult::Outcome::Failed)
    {
        m_result.outcome = outcome;
        m_result.error = std::move(error);
    }

    bool cancelled()
    {
        if (!m_cancel.load())
            return false;
        m_result.outcome = ImportResult::Outcome::Cancelled;
        return true;
    }

    // Progress in weighted bytes: reading the file to check it is quick, sending its
    // rows to the services is what takes the time.
    static constexpr qint64 CheckWeight = 1;
    static constexpr qint64 SendWeight = 8;

    void report(bool sending, const CsvReader &reader, const ImportTally &tally)
    {
        const qint64 size = std::max<qint64>(0, reader.size());
        const qint64 bytes = std::min(reader.bytesRead(), size);
        const qint64 done = sending ? size * CheckWeight + bytes * SendWeight : bytes * CheckWeight;
        Q_EMIT m_job.progressed(ImportProgress{done, size * (CheckWeight + SendWeight), tally});
    }

    // The whole file once: a broken file (bad encoding, an unclosed quote) is refused
    // before a single row is written.
    bool checkFile()
    {
        CsvReader check(m_request.path, m_request.read);
        if (auto opened = check.open(); !opened) {
            fail(Error::storage(opened.error().message));
            return false;
        }
        m_header = check.header();
        m_delimiter = check.delimiter();
        for (qint64 records = 0;; ++records) {
            if (cancelled())
                return false;
            auto record = check.next();
            if (!record) {
                fail(Error::storage(QCoreApplication::translate("lejek::ImportJob", "%1: %2").arg(m_request.path, record.error().message)));
                return false;
            }
            if (!*record)
                break;
            if (records % BatchRowsForProgress == 0)
                report(false, check, {});
        }
        report(false, check, {});
        return true;
    }

    bool mapColumns()
    {
        if (m_request.columnKeys) {
            auto keys = checkedKeys(m_header, *m_request.columnKeys, m_request.pipeline);
            if (!keys) {
                fail(Error::invalid(keys.error()), ImportResult::Outcome::BadMapping);
                return false;
            }
            m_keys = *keys;
        } else {
            const auto polish = polishLabels();
            auto mapping = ColumnMapping::build(m_header, m_request.pipeline, m_request.explicitMap, translators(polish));
            if (!mapping) {
                fail(Error::invalid(mapping.error()), ImportResult::Outcome::BadMapping);
                return false;
            }
            m_keys = mapping->keys();
        }
        for (qsizetype i = 0; i < m_header.size(); ++i)
            if (m_keys.value(i).isEmpty())
                m_result.ignoredColumns.append(m_header[i]);
        Q_EMIT m_job.columnsMapped(m_result.ignoredColumns);
        return true;
    }

    ImportRow rowOf(const CsvRecord &record) const
    {
        ImportRow row;
        row.line = record.line;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString key = m_keys.value(i);
            const QString value = record.fields[i].trimmed();
            if (key == u"stage"_s)
                row.stage = m_request.stageMap.value(value.toCaseFolded(), value);
            else if (key == u"created_at"_s)
                row.createdAt = value;
            else if (key == u"stage_entered_at"_s)
                row.stageEnteredAt = value;
            else if (key == u"last_activity_at"_s)
                row.lastActivityAt = value;
            else if (key == u"closed_at"_s)
                row.closedAt = value;
            else if (!key.isEmpty())
                row.fields.insert(key, restoredCell(record.fields[i]));
        }
        if (!m_request.currency.isEmpty() && !row.fields.contains(u"currency"_s))
            row.fields.insert(u"currency"_s, m_request.currency);
        return row;
    }

    void note(int line, ImportOutcome::Status status, const QString &reason)
    {
        const ImportNote n{line, status, reason};
        if (m_result.notes.size() < ImportResult::MaxKeptNotes)
            m_result.notes.append(n);
        ++m_result.noteCount;
        Q_EMIT m_job.noted(n);
    }

    void reject(ImportTally &tally, int line, const QStringList &fields, const QString &reason)
    {
        ++tally.rejected;
        note(line, ImportOutcome::Status::Rejected, reason);
        if (m_rejectsError)
            return;
        if (!m_rejects) {
            m_rejectsFile = std::make_unique<QSaveFile>(m_rejectsPath);
            if (!m_rejectsFile->open(QIODevice::WriteOnly)) {
                m_rejectsError = Error::storage(QCoreApplication::translate("lejek::ImportJob", "cannot write %1: %2").arg(m_rejectsPath, m_rejectsFile->errorString()));
                m_rejectsFile.reset();
                return;
            }
            // The line and the reason, then the row as it was, to be fixed and imported
            // again (the two columns are ignored then). In front, so that a row with too
            // many or too few fields does not push them out of their columns.
            m_rejects = std::make_unique<CsvWriter>(m_rejectsFile.get(), CsvWriteOptions{m_delimiter, true, false});
            (void)m_rejects->writeRecord(QStringList{QCoreApplication::translate("lejek::ImportJob", "line"), QCoreApplication::translate("lejek::ImportJob", "reason")} + m_header);
        }
        if (auto written = m_rejects->writeRecord(QStringList{QString::number(line), reason} + fields); !written)
            m_rejectsError = written.error();
    }

    // Sends one batch and counts its outcomes; false when the services failed.
    bool flush(ImportBatch &batch, QHash<int, QStringList> &original, ImportTally &tally)
    {
        if (batch.rows.isEmpty())
            return true;
        QFuture<Result<ImportReport>> future = m_transaction ? m_transaction->importRows(batch) : m_leads.importRows(m_request.by, batch);
        future.waitForFinished(); // on a worker thread (or lejek-cli's), never the UI's
        const Result<ImportReport> report = future.result();
        if (!report) {
            fail(report.error());
            return false;
        }
        tally.read += batch.rows.size();
        for (const ImportOutcome &o : report->outcomes) {
            switch (o.status) {
            case ImportOutcome::Status::Imported:
                ++tally.imported;
                tally.lostReasonDefaulted += o.lostReasonDefaulted ? 1 : 0;
                if (!o.reason.isEmpty()) // placed elsewhere than the row asked: said, not silent
                    note(o.line, o.status, o.reason);
                break;
            case ImportOutcome::Status::Updated:
                ++tally.updated;
                if (!o.reason.isEmpty())
                    note(o.line, o.status, o.reason);
                break;
            case ImportOutcome::Status::Skipped:
                ++tally.skipped;
                note(o.line, o.status, o.reason);
                break;
            case ImportOutcome::Status::Rejected: reject(tally, o.line, original.value(o.line), o.reason); break;
            }
        }
        batch.rows.clear();
        original.clear();
        return true;
    }

    // The file's rows, batch by batch, to the services (as a dry run, they write
    // nothing). False when it stopped early.
    bool pass(ImportTally &tally)
    {
        CsvReader reader(m_request.path, CsvReadOptions{m_request.read.encoding, m_delimiter});
        if (auto opened = reader.open(); !opened) {
            fail(Error::storage(opened.error().message));
            return false;
        }
        if (reader.header() != m_header) {
            fail(Error::storage(QCoreApplication::translate("lejek::ImportJob", "%1 changed while it was being imported").arg(m_request.path)));
            return false;
        }
        ImportBatch batch;
        batch.pipelineId = m_request.pipeline.id;
        batch.options = m_request.options;
        // A dry run is one run over the file, however many batches it takes.
        batch.continuesRun = false;
        batch.endsRun = false;
        QHash<int, QStringList> original; // line -> the row as read, for the rejects file
        for (;;) {
            auto record = reader.next();
            if (!record) {
                fail(Error::storage(record.error().message));
                return false;
            }
            if (!*record)
                break;
            const CsvRecord &r = **record;
            if (const auto wrongCount = reader.fieldCountError(r)) {
                // Never sent, but read: counted at once.
                ++tally.read;
                reject(tally, r.line, r.fields, *wrongCount);
                continue;
            }
            original.insert(r.line, r.fields);
            batch.rows.append(rowOf(r));
            if (batch.rows.size() >= ImportJob::BatchRows) {
                if (!flushUnlessCancelled(batch, original, tally))
                    return false;
                batch.continuesRun = true;
                report(true, reader, tally);
            }
        }
        batch.endsRun = true;
        if (!flushUnlessCancelled(batch, original, tally))
            return false;
        report(true, reader, tally);
        return true;
    }

    // A cancel is honoured only before a batch goes out: a batch is sent whole or not
    // at all, and once the last one is in, the import is complete, not "cancelled".
    bool flushUnlessCancelled(ImportBatch &batch, QHash<int, QStringList> &original, ImportTally &tally)
    {
        if (!batch.rows.isEmpty() && cancelled())
            return false;
        return flush(batch, original, tally);
    }

    void finish(const ImportTally &tally)
    {
        m_result.tally = tally;
        if (m_rejectsFile) {
            if (!m_rejectsError && !m_rejectsFile->commit())
                m_rejectsError = Error::storage(QCoreApplication::translate("lejek::ImportJob", "cannot write %1: %2").arg(m_rejectsPath, m_rejectsFile->errorString()));
            if (!m_rejectsError)
                m_result.rejectsPath = m_rejectsPath;
        } else if (tally.rejected == 0 && m_result.outcome != ImportResult::Outcome::Failed
                   && m_result.outcome != ImportResult::Outcome::Cancelled) {
            // A rejects file left by an earlier run lists rows this file no longer
            // rejects: kept, it would be fixed and imported a second time.
            QFile::remove(m_rejectsPath);
        }
        if (m_rejectsError && !m_result.error)
            fail(*m_rejectsError);
    }

    static constexpr qint64 BatchRowsForProgress = ImportJob::BatchRows;

    ImportJob &m_job;
    LeadService &m_leads;
    const ImportRequest &m_request;
    const std::atomic<bool> &m_cancel;
    ImportResult &m_result;
    const QString m_rejectsPath;
    std::unique_ptr<ImportTransaction> m_transaction; // all or nothing only
    QStringList m_header;
    char m_delimiter = ',';
    QStringList m_keys;
    std::unique_ptr<QSaveFile> m_rejectsFile;
    std::unique_ptr<CsvWriter> m_rejects;
    std::optional<Error> m_rejectsError;
};
} // namespace

ImportJob::ImportJob(LeadService &leads, ImportRequest request, QObject *parent)
    : QObject(parent)
    , m_leads(leads)
    , m_request(std::move(request))
{
    qRegisterMetaType<lejek::ImportNote>();
    qRegisterMetaType<lejek::ImportProgress>();
    qRegisterMetaType<lejek::ImportResult>();
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

ImportResult ImportJob::run()
{
    ImportResult result;
    result.dryRun = m_request.options.dryRun;
    result.allOrNothing = m_request.writesAllOrNothing();
    ImportRun(*this, m_leads, m_cancel, result).run();
    return result;
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    // A thread of its own rather than the global pool: it spends its time waiting on
    // the store, and must not hold a pool thread others need meanwhile.
    m_thread.reset(QThread::create([this] { Q_EMIT finished(run()); }));
    m_thread->setObjectName(u"lejek-import"_s);
    m_thread->start();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QString ImportJob::defaultRejectsPath(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    return info.path() + u"/"_s + info.completeBaseName() + u".rejects.csv"_s;
}

QStringList ImportJob::suggestedKeys(const QStringList &header, const Pipeline &pipeline)
{
    const auto polish = polishLabels();
    const QList<const QTranslator *> labels = translators(polish);
    QStringList keys;
    for (const QString &column : header) {
        // Column by column, so one column's clash does not cost the others their key.
        auto single = ColumnMapping::build({column}, pipeline, {}, labels);
        const QString key = single ? single->keyOf(0) : QString();
        keys.append(keys.contains(key) ? QString() : key);
    }
    return keys;
}

} // namespace lejek
