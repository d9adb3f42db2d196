// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExportJob on SQLite and on PostgreSQL: formula-safe CSV with a BOM that imports back
// as the same leads, JSON, progress up to the count, and a file that is replaced only
// by a complete export.
#include "Await.h"
#include "ExportJob.h"
#include "ImportJob.h"
#include "JobTestFixture.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestExportJob : public QObject
{
    Q_OBJECT

private:
    JobTestFixture m_fx;

    qint64 add(const FieldInput &fields, const QString &stage = {})
    {
        auto lead = await(m_fx.backend().leads().createLead(Principal::owner(), NewLead{m_fx.pipeline().id, stage, fields, {}}));
        if (!lead)
            qWarning() << lead.error().message;
        return lead ? lead->id : 0;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void importCsv(const QByteArray &csv)
    {
        ImportRequest r;
        r.by = Principal::owner();
        r.path = m_fx.writeFile(u"in.csv"_s, csv);
        r.pipeline = m_fx.pipeline();
        const ImportResult result = ImportJob(m_fx.backend().leads(), r).run();
        QCOMPARE(result.outcome, ImportResult::Outcome::Done);
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

    void writesFormulaSafeCsvWithABom()
    {
        QVERIFY(add({{u"company"_s, u"Acme"_s}, {u"email"_s, u"jan@acme.pl"_s}, {u"notes"_s, u"@SUM(A1)"_s}, {u"value"_s, u"-12.50"_s}}) > 0);
        QVERIFY(add({{u"company"_s, u"Beta; \"quoted\""_s}, {u"notes"_s, u"two\nlines"_s}, {u"industry"_s, u"retail"_s},
                     {u"employees"_s, u"40"_s}, {u"job_title"_s, u"CFO"_s}, {u"pains"_s, u"x"_s}}, u"SQL"_s) > 0);
        ExportRequest request;
        request.by = Principal::owner();
        request.pipeline = m_fx.pipeline();
        request.delimiter = ';';
        request.path = m_fx.path(u"out.csv"_s);
        ExportJob job(m_fx.backend().leads(), request);
        QSignalSpy progressed(&job, &ExportJob::progressed);
        const ExportResult result = job.run();
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.written, 2);
        QCOMPARE(result.path, request.path);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.first().at(1).toLongLong(), 2); // the total is known first
        QCOMPARE(progressed.last().at(0).toLongLong(), 2);

        const QByteArray bytes = read(request.path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id;version;pipeline;stage;owner;first_name"));
        QVERIFY(bytes.contains(";'@SUM(A1);"));
        QVERIFY(bytes.contains(";-12,50;")); // a plain number is no formula; after ';' a decimal comma
        QVERIFY(bytes.contains("\"Beta; \"\"quoted\"\"\""));
        QCOMPARE(bytes.count("\r\n"), 3); // header and two leads; the quoted newline stays "\n"

        // Back in through the import: the same values, the apostrophe gone.
        m_fx.close();
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        QString why;
        QVERIFY(m_fx.open(kind, &why));
        importCsv(bytes);
        const QList<Lead> leads = m_fx.leads();
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads[0].value(u"notes"_s).toString(), u"@SUM(A1)"_s);
        QCOMPARE(leads[1].value(u"company"_s).toString(), u"Beta; \"quoted\""_s);
        QCOMPARE(leads[0].value(u"value"_s).toLongLong(), -1250); // the decimal comma read back
    }

    void writesJsonToADevice()
    {
        importCsv(JobTestFixture::generatedCsv(3));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ExportRequest request;
        request.by = Principal::owner();
        request.pipeline = m_fx.pipeline();
        request.format = ExportRequest::Format::Json;
        request.device = &buffer;
        const ExportResult result = ExportJob(m_fx.backend().leads(), request).run();
        QVERIFY(!result.error);
        QVERIFY(result.path.isEmpty());
        const QJsonArray leads = QJsonDocument::fromJson(buffer.data()).array();
        QCOMPARE(leads.size(), 3);
        QCOMPARE(leads[2][u"company"_s].toString(), u"Firma 3"_s);
    }

    void onlyACompleteExportReplacesTheFile()
    {
        importCsv(JobTestFixture::generatedCsv(1200));
        const QString path = m_fx.writeFile(u"old.csv"_s, "the old export\n");
        ExportRequest request;
        request.by = Principal::owner();
        request.pipeline = m_fx.pipeline();
        request.path = path;
        ExportJob job(m_fx.backend().leads(), request);
        // Cancelled after the first page of 500.
        connect(&job, &ExportJob::progressed, this, [&](qint64 written, qint64) {
            if (written > 0)
                job.cancel();
        });
        const ExportResult cancelled = job.run();
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.error);
        QCOMPARE(cancelled.written, ExportJob::PageRows);
        QCOMPARE(read(path), QByteArray("the old export\n"));

        // On a worker thread, to the end.
        ExportJob worker(m_fx.backend().leads(), request);
        QSignalSpy finished(&worker, &ExportJob::finished);
        worker.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<ExportResult>();
        QVERIFY(!result.error && !result.cancelled);
        QCOMPARE(result.written, 1200);
        QCOMPARE(read(path).count("\r\n"), 1201);

        // A folder that cannot be written: a clear error, nothing else.
        request.path = m_fx.path(u"no/such/folder/out.csv"_s);
        const ExportResult failed = ExportJob(m_fx.backend().leads(), request).run();
        QVERIFY(failed.error);
        QVERIFY2(failed.error->message.contains(u"out.csv"_s), qPrintable(failed.error->message));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
