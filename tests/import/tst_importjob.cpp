// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportJob on SQLite and on PostgreSQL: rows mapped and sent in batches, rejects
// collected with line and reason, progress that only grows, cancelling between
// batches, and the same job on a worker thread.
#include "Await.h"
#include "ChangeNotifier.h"
#include "ImportJob.h"
#include "JobTestFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestImportJob : public QObject
{
    Q_OBJECT

private:
    JobTestFixture m_fx;

    ImportRequest request(const QString &path) const
    {
        ImportRequest r;
        r.by = Principal::owner();
        r.path = path;
        r.pipeline = m_fx.pipeline();
        return r;
    }

    static QList<int> linesOf(const QList<ImportNote> &notes, ImportOutcome::Status status)
    {
        QList<int> lines;
        for (const ImportNote &n : notes)
            if (n.status == status)
                lines.append(n.line);
        return lines;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        QString why;
        if (!m_fx.open(kind, &why))
            QSKIP(qPrintable(why));
    }

    void cleanup() { m_fx.close(); }

    void importsMapsAndCollectsRejects()
    {
        // Polish headers, ';', a quoted newline, a bad e-mail, a duplicate in the file,
        // a row with columns too few, one with a column too many, and one that fails
        // SQL's gate.
        const QString path = m_fx.writeFile(u"leads.csv"_s,
            "\xEF\xBB\xBF" "Firma;E-mail;Etap;Branża;Notatki;Kolor\r\n"
            "Fabryka Okien;jan@fo.pl;Nowe leady;;\"dwie\r\nlinie\";x\r\n"
            "Zła Firma;zly-email;;;;x\r\n"
            "Duplikat;JAN@fo.pl;;;;x\r\n"
            "Krótki;k@k.pl\r\n"
            "Za Wcześnie;b@beta.pl;SQL;software;;x\r\n"
            "Gamma;g@g.pl;;;'=SUM(A1);x\r\n"
            "Długi;d@d.pl;;;;x;nadmiar\r\n");
        ImportJob job(m_fx.backend().leads(), request(path));
        QSignalSpy mapped(&job, &ImportJob::columnsMapped);
        QSignalSpy noted(&job, &ImportJob::noted);
        const ImportResult result = job.run();
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
        QCOMPARE(result.tally.read, 7);
        QCOMPARE(result.tally.imported, 2);
        QCOMPARE(result.tally.skipped, 1);
        QCOMPARE(result.tally.rejected, 4);
        QCOMPARE(result.ignoredColumns, QStringList{u"Kolor"_s});
        QCOMPARE(mapped.size(), 1);
        QCOMPARE(noted.size(), 5);
        // The quoted newline counts: the rows start on lines 2, 4, 5, 6, 7, 8 and 9. Rows
        // with a wrong field count are rejected as they are read, before their batch.
        QCOMPARE(linesOf(result.notes, ImportOutcome::Status::Rejected), (QList<int>{6, 9, 4, 7}));
        QCOMPARE(linesOf(result.notes, ImportOutcome::Status::Skipped), QList<int>{5});
        for (const ImportNote &n : result.notes)
            QVERIFY2(!n.reason.isEmpty(), qPrintable(QString::number(n.line)));
        QCOMPARE(result.notes.at(0).reason, u"the record has 2 fields, the header 6"_s);

        QCOMPARE(result.rejectsPath, ImportJob::defaultRejectsPath(path));
        QFile rejects(result.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(rejects.readAll());
        QVERIFY2(text.contains(u"Zła Firma;zly-email"_s), qPrintable(text));
        // The line and the reason first, then the row as it was, in its own columns
        // even when it has too few fields.
        QVERIFY2(text.startsWith(u"line;reason;Firma;E-mail"_s), qPrintable(text.left(40)));
        QVERIFY(text.contains(u"4;E-mail (email) is not a valid e-mail address: zly-email;Zła Firma;zly-email"_s));
        QVERIFY(text.contains(u"6;the record has 2 fields, the header 6;Krótki;k@k.pl\r\n"_s));
        QVERIFY(text.contains(u"9;the record has 7 fields, the header 6;Długi;d@d.pl;;;;x;nadmiar\r\n"_s));

        const QList<Lead> leads = m_fx.leads();
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads[0].value(u"company"_s).toString(), u"Fabryka Okien"_s);
        QCOMPARE(leads[0].value(u"notes"_s).toString(), u"dwie\nlinie"_s);
        QCOMPARE(leads[1].value(u"notes"_s).toString(), u"=SUM(A1)"_s); // the export's apostrophe taken off
    }

    void aCleanRunTakesAwayTheRejectsOfTheLastOne()
    {
        // Fixed and imported again, the file has no rejects: the old list of them would
        // be fixed and imported a second time if it stayed.
        const QString path = m_fx.writeFile(u"fixed.csv"_s, "company,email\nAlfa,alfa@\nBeta,beta@b.pl\n");
        ImportResult result = ImportJob(m_fx.backend().leads(), request(path)).run();
        QCOMPARE(result.tally.rejected, 1);
        QVERIFY(QFile::exists(ImportJob::defaultRejectsPath(path)));
        m_fx.writeFile(u"fixed.csv"_s, "company,email\nAlfa,alfa@a.pl\nBeta,beta@b.pl\n");
        result = ImportJob(m_fx.backend().leads(), request(path)).run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
        QCOMPARE(result.tally.imported, 1);
        QCOMPARE(result.tally.skipped, 1);
        QCOMPARE(result.tally.rejected, 0);
        QVERIFY(result.rejectsPath.isEmpty());
        QVERIFY(!QFile::exists(ImportJob::defaultRejectsPath(path)));
    }

    void columnKeysChooseEveryColumn()
    {
        const QString path = m_fx.writeFile(u"keys.csv"_s, "Firma,Konto,Miasto\nAcme,acme@x.pl,Kraków\n");
        ImportRequest r = request(path);
        // "Firma" would map to company by itself; the page sends it elsewhere and ignores the city.
        r.columnKeys = QStringList{u"notes"_s, u"company"_s, QString()};
        const ImportResult result = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
        QCOMPARE(result.tally.imported, 1);
        QCOMPARE(result.ignoredColumns, QStringList{u"Miasto"_s});
        const QList<Lead> leads = m_fx.leads();
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads[0].value(u"company"_s).toString(), u"acme@x.pl"_s);
        QCOMPARE(leads[0].value(u"notes"_s).toString(), u"Acme"_s);
        QVERIFY(leads[0].value(u"city"_s).toString().isEmpty());

        // Two columns for one field, a key the pipeline does not have, a column count
        // that no longer fits: refused before anything is written.
        for (const QStringList &bad : {QStringList{u"company"_s, u"company"_s, QString()}, QStringList{u"shoe_size"_s, QString(), QString()},
                 QStringList{u"company"_s}}) {
            r.columnKeys = bad;
            const ImportResult refused = ImportJob(m_fx.backend().leads(), r).run();
            QCOMPARE(refused.outcome, ImportResult::Outcome::BadMapping);
            QVERIFY(refused.error && !refused.error->message.isEmpty());
            QCOMPARE(refused.tally.read, 0);
        }
        QCOMPARE(m_fx.leadCount(), 1);
    }

    void suggestedKeysReadEnglishAndPolishLabels()
    {
        const QStringList header{u"Firma"_s, u"Branża"_s, u"Etap"_s, u"Właściciel"_s, u"E-mail"_s, u"Company"_s, u"job_title"_s, u"Kolor"_s};
        QCOMPARE(ImportJob::suggestedKeys(header, m_fx.pipeline()),
                 (QStringList{u"company"_s, u"industry"_s, u"stage"_s, u"owner"_s, u"email"_s, QString(), u"job_title"_s, QString()}));
    }

    void progressOnlyGrowsToTheEnd()
    {
        const int rows = 2 * ImportJob::BatchRows + ImportJob::BatchRows / 2;
        const QString path = m_fx.writeFile(u"big.csv"_s, JobTestFixture::generatedCsv(rows));
        ImportJob job(m_fx.backend().leads(), request(path));
        QList<ImportProgress> seen;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) { seen.append(p); });
        const ImportResult result = job.run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
        QCOMPARE(result.tally.imported, rows);
        QVERIFY(seen.size() >= 4); // the check, then three batches
        const qint64 total = seen.first().total;
        QCOMPARE(total, 9 * QFileInfo(path).size()); // checking weighs 1, sending 8
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QCOMPARE(seen[i].total, total);
            QVERIFY(seen[i].done >= seen[i - 1].done);
            QVERIFY(seen[i].tally.imported >= seen[i - 1].tally.imported);
        }
        QCOMPARE(seen.last().done, total);
        QCOMPARE(seen.last().tally.imported, rows);
    }

    void cancelStopsBetweenBatches()
    {
        const QString path = m_fx.writeFile(u"big.csv"_s, JobTestFixture::generatedCsv(2 * ImportJob::BatchRows + 500));
        ImportJob job(m_fx.backend().leads(), request(path));
        // Cancelled as soon as the first batch is in: the second is never sent.
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) {
            if (p.tally.read > 0)
                job.cancel();
        });
        const ImportResult result = job.run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Cancelled);
        QCOMPARE(result.tally.read, ImportJob::BatchRows);
        QCOMPARE(result.tally.imported, ImportJob::BatchRows);
        QCOMPARE(m_fx.leadCount(), ImportJob::BatchRows);
        QVERIFY(result.rejectsPath.isEmpty());
    }

    void aCancelAfterTheLastBatchChangesNothing()
    {
        // Two whole batches: the cancel comes once both are in, before the end of the
        // file is read. Everything was written, so the import is done, not cancelled.
        const QString path = m_fx.writeFile(u"two.csv"_s, JobTestFixture::generatedCsv(2 * ImportJob::BatchRows));
        ImportJob job(m_fx.backend().leads(), request(path));
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) {
            if (p.tally.read == 2 * ImportJob::BatchRows)
                job.cancel();
        });
        const ImportResult result = job.run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
        QCOMPARE(result.tally.imported, 2 * ImportJob::BatchRows);
        QCOMPARE(m_fx.leadCount(), 2 * ImportJob::BatchRows);
    }

    void runsOnAWorkerThread()
    {
        const QString path = m_fx.writeFile(u"big.csv"_s, JobTestFixture::generatedCsv(5000) + "Bad,not-an-email\n");
        ImportJob job(m_fx.backend().leads(), request(path));
        QSignalSpy finished(&job, &ImportJob::finished);
        QThread *caller = QThread::currentThread();
        bool onWorker = true;
        // Queued to this thread: the cancel arrives some batches late, and still only
        // whole batches are written.
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) {
            onWorker = onWorker && QThread::currentThread() == caller;
            if (p.tally.read > 0)
                job.cancel();
        });
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(onWorker); // the slots ran here, not on the job's thread
        const auto result = finished.at(0).at(0).value<ImportResult>();
        QVERIFY(result.outcome == ImportResult::Outcome::Cancelled || result.outcome == ImportResult::Outcome::Done);
        if (result.outcome == ImportResult::Outcome::Cancelled)
            QCOMPARE(result.tally.imported % ImportJob::BatchRows, 0);
        else
            QCOMPARE(result.tally.rejected, 1);
        QCOMPARE(m_fx.leadCount(), result.tally.imported);
    }

    void allOrNothingWritesNothingWhenARowFails()
    {
        const QString path = m_fx.writeFile(u"mixed.csv"_s, "company,email\nGood,good@x.pl\nBad,bad\nAgain,GOOD@x.pl\n");
        ImportRequest r = request(path);
        r.allOrNothing = true;
        const ImportResult result = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(result.outcome, ImportResult::Outcome::NothingWritten);
        QCOMPARE(result.tally.rejected, 1);
        QCOMPARE(linesOf(result.notes, ImportOutcome::Status::Rejected), QList<int>{3});
        QCOMPARE(m_fx.leadCount(), 0);
        // The duplicate is named by its row: the lead that row made was never kept.
        const auto duplicateReason = [](const ImportResult &run) {
            for (const ImportNote &n : run.notes)
                if (n.status == ImportOutcome::Status::Skipped)
                    return n.reason;
            return QString();
        };
        QCOMPARE(duplicateReason(result), u"duplicate of the row on line 2 (same external id, e-mail or NIP)"_s);

        r.allOrNothing = false;
        r.options.dryRun = true;
        const ImportResult dry = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(dry.outcome, ImportResult::Outcome::Done);
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.tally.imported, 1);
        QCOMPARE(duplicateReason(dry), u"duplicate of the row on line 2 (same external id, e-mail or NIP)"_s);
        QCOMPARE(m_fx.leadCount(), 0);
    }

    void allOrNothingIsOneTransaction()
    {
        // Two and a half batches, all good: nothing shows until the last is in, then
        // all of it at once, and views are told to reload the pipeline.
        const int rows = 2 * ImportJob::BatchRows + ImportJob::BatchRows / 2;
        ImportRequest r = request(m_fx.writeFile(u"good.csv"_s, JobTestFixture::generatedCsv(rows)));
        r.allOrNothing = true;
        ImportJob job(m_fx.backend().leads(), r);
        QList<qint64> seenMeanwhile;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) {
            if (p.tally.read > 0 && p.tally.read < rows)
                seenMeanwhile.append(m_fx.leadCount());
        });
        QSignalSpy changes(m_fx.backend().leads().notifier(), &ChangeNotifier::leadsChanged);
        const ImportResult result = job.run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
        QCOMPARE(result.tally.imported, rows);
        QCOMPARE(seenMeanwhile, (QList<qint64>{0, 0}));
        QCOMPARE(m_fx.leadCount(), rows);
        const auto reloadsThePipeline = [&] {
            return std::any_of(changes.begin(), changes.end(), [&](const QList<QVariant> &args) {
                const auto change = args.at(0).value<LeadChange>();
                return change.everything && change.pipelineId == m_fx.pipeline().id;
            });
        };
        QTRY_VERIFY(reloadsThePipeline());
    }

    void allOrNothingHoldsAgainstAWriterBetweenBatches()
    {
        // --dedupe allow: a row whose external id another lead has is rejected. Another
        // writer adds that lead while the import is between its batches.
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        const int rows = ImportJob::BatchRows + 10;
        const int contested = ImportJob::BatchRows + 5;
        QByteArray csv = "company,external_id\n";
        for (int i = 1; i <= rows; ++i)
            csv += "Firma " + QByteArray::number(i) + ",ext-" + QByteArray::number(i) + "\n";
        ImportRequest r = request(m_fx.writeFile(u"contested.csv"_s, csv));
        r.allOrNothing = true;
        r.options.dedupe = ImportOptions::Dedupe::Allow;
        ImportJob job(m_fx.backend().leads(), r);
        QFuture<Result<Lead>> other;
        qint64 seenMeanwhile = -1;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) {
            if (p.tally.read != ImportJob::BatchRows || other.isValid())
                return;
            seenMeanwhile = m_fx.leadCount();
            other = m_fx.backend().leads().createLead(Principal::owner(), 
                NewLead{m_fx.pipeline().id, {}, {{u"company"_s, u"Elsewhere"_s}, {u"external_id"_s, u"ext-%1"_s.arg(contested)}}, {}});
            // PostgreSQL lets the other writer commit now; SQLite keeps it waiting for the
            // import's write lock, so it would wait here (10 s, then fail) if awaited.
            if (kind == TestDatabase::Kind::PostgreSQL)
                other.waitForFinished();
        });
        const ImportResult result = job.run();
        QCOMPARE(seenMeanwhile, 0);
        const Result<Lead> otherLead = await(other);
        if (kind == TestDatabase::Kind::PostgreSQL) {
            // The other lead came first: the row that clashes with it is rejected, and
            // the first batch, already sent, is not written either.
            QVERIFY(otherLead.has_value());
            QCOMPARE(result.outcome, ImportResult::Outcome::NothingWritten);
            QCOMPARE(linesOf(result.notes, ImportOutcome::Status::Rejected), QList<int>{contested + 1});
            QVERIFY2(result.notes.at(0).reason.contains(u"ext-%1"_s.arg(contested)), qPrintable(result.notes.at(0).reason));
            QCOMPARE(m_fx.leadCount(), 1);
        } else {
            // The import came first, whole; the other writer then finds the id taken.
            QCOMPARE(result.outcome, ImportResult::Outcome::Done);
            QCOMPARE(result.tally.imported, rows);
            QVERIFY(!otherLead.has_value());
            QVERIFY2(otherLead.error().message.contains(u"ext-%1"_s.arg(contested)), qPrintable(otherLead.error().message));
            QCOMPARE(m_fx.leadCount(), rows);
        }
    }

    void allOrNothingCancelledWritesNothing()
    {
        ImportRequest r = request(m_fx.writeFile(u"big.csv"_s, JobTestFixture::generatedCsv(2 * ImportJob::BatchRows + 500)));
        r.allOrNothing = true;
        ImportJob job(m_fx.backend().leads(), r);
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress &p) {
            if (p.tally.read > 0)
                job.cancel();
        });
        const ImportResult result = job.run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Cancelled);
        QCOMPARE(result.tally.imported, ImportJob::BatchRows); // sent, and rolled back
        QCOMPARE(m_fx.leadCount(), 0);
        // The database takes the same rows afterwards: nothing of the first try is left.
        r.allOrNothing = false;
        const ImportResult again = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(again.tally.imported, 2 * ImportJob::BatchRows + 500);
        QCOMPARE(again.tally.skipped, 0);
    }

    void aBrokenFileIsRefusedBeforeAnyWrite()
    {
        // A valid first half, then a Latin-2 byte: not a row is written.
        const QString path = m_fx.writeFile(u"latin2.csv"_s, JobTestFixture::generatedCsv(1500) + "Za\xB3\xF3\xBF,z@z.pl\n");
        const ImportResult result = ImportJob(m_fx.backend().leads(), request(path)).run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QVERIFY2(result.error->message.contains(u"line 1502"_s), qPrintable(result.error->message));
        QCOMPARE(m_fx.leadCount(), 0);
        const ImportResult missing = ImportJob(m_fx.backend().leads(), request(m_fx.path(u"missing.csv"_s))).run();
        QCOMPARE(missing.outcome, ImportResult::Outcome::Failed);
    }

    void gateAndDedupeOptionsReachTheServices()
    {
        const QString path = m_fx.writeFile(u"sql.csv"_s, "company,email,stage\nAcme,a@acme.pl,SQL\n");
        ImportRequest r = request(path);
        r.options.gate = ImportOptions::Gate::FirstStage;
        ImportResult result = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(result.tally.imported, 1);
        QCOMPARE(m_fx.leads().at(0).stageId, m_fx.pipeline().firstStage()->id);

        const QString more = m_fx.writeFile(u"more.csv"_s, "email,city\na@acme.pl,Poznań\n");
        r = request(more);
        r.options.dedupe = ImportOptions::Dedupe::Update;
        result = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(result.tally.updated, 1);
        QCOMPARE(m_fx.leads().at(0).value(u"city"_s).toString(), u"Poznań"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
