// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An import batch is checked row by row but written in a few multi-row statements: the
// report must be the one each row would get on its own, on SQLite and on PostgreSQL.
#include "Await.h"
#include "Database.h"
#include "ImportBatchSupport.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QRegularExpression>
#include <QTest>

#include <numeric>

using namespace lejek;
using namespace lejek::test;
using namespace lejek::test::importbatch;
using namespace Qt::Literals::StringLiterals;

class TestImportBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    // Valid, invalid, gated, in-file duplicates (by a NIP written differently, by
    // external id, of a row with history) and a stored duplicate, then another CRM's
    // history: won (two for one customer), lost, open past the first stage, dates out of
    // order, lost without a reason, and an external id taken by an earlier row.
    static QList<ImportRow> mixedRows()
    {
        return {
            row(2, QString(), {{u"company"_s, u"Nowa Firma"_s}, {u"email"_s, u"jan@nowa.pl"_s}, {u"nip"_s, u"526-000-12-46"_s}}),
            row(3, QString(), {{u"company"_s, u"Zła Firma"_s}, {u"email"_s, u"not-an-email"_s}}),
            row(4, u"SQL"_s, {{u"company"_s, u"Za Wcześnie"_s}}),
            row(5, QString(), {{u"company"_s, u"Nowa Firma again"_s}, {u"nip"_s, u"5260001246"_s}}),
            row(6, QString(), {{u"company"_s, u"Stara"_s}, {u"email"_s, u"BIURO@stara.pl"_s}}),
            row(7, u"Nowhere"_s, {{u"company"_s, u"X"_s}}),
            row(8, QString(), {{u"company"_s, u"Ext"_s}, {u"external_id"_s, u"X-1"_s}}),
            row(9, QString(), {{u"company"_s, u"Ext again"_s}, {u"external_id"_s, u"X-1"_s}, {u"email"_s, u"ext2@x.pl"_s}}),
            row(10, QString(), {{u"company"_s, u"Historia"_s}, {u"email"_s, u"hist@h.pl"_s}}, u"2026-01-10"_s),
            row(11, QString(), {{u"company"_s, u"Historia 2"_s}, {u"email"_s, u"hist@h.pl"_s}}),
            row(12, QString(), {{u"email"_s, u"jan@nowa.pl"_s}, {u"phone"_s, u"+48 600 100 200"_s}}),
            row(13, QString(), {{u"company"_s, u"Po Aktualizacji"_s}, {u"email"_s, u"po@a.pl"_s}}),
            row(14, QString(), {{u"company"_s, u"Bez Nazwy?"_s}, {u"employees"_s, u"many"_s}}),
            history(15, u"Won"_s, {{u"company"_s, u"Wygrana"_s}, {u"email"_s, u"won1@w.pl"_s}}, u"2026-01-05"_s, {}, u"2026-02-01"_s),
            history(16, u"Lost"_s, {{u"company"_s, u"Przegrana"_s}, {u"email"_s, u"lost@p.pl"_s}, {u"lost_reason"_s, u"price"_s}},
                    u"2026-01-03"_s, {}, u"20.01.2026"_s),
            history(17, u"Won"_s, {{u"company"_s, u"Wygrana"_s}, {u"email"_s, u"won2@w.pl"_s}}, {}, {}, u"2026-02-10"_s),
            history(18, u"MQL"_s, {{u"company"_s, u"W Toku"_s}, {u"email"_s, u"mql@t.pl"_s}}, u"2026-01-07"_s, u"2026-01-09"_s, {}),
            history(19, QString(), {{u"company"_s, u"Zła Kolejność"_s}}, u"2026-02-10"_s, u"2026-01-01"_s, {}),
            history(20, u"Lost"_s, {{u"company"_s, u"Bez Powodu"_s}}, {}, {}, u"2026-01-15"_s),
            history(21, u"Won"_s, {{u"company"_s, u"Ext won"_s}, {u"external_id"_s, u"X-1"_s}, {u"email"_s, u"ext3@x.pl"_s}}, {}, {},
                    u"2026-02-11"_s),
            // Another contact at row 2's company: the same NIP, its own e-mail.
            row(22, QString(), {{u"company"_s, u"Nowa Firma"_s}, {u"email"_s, u"anna@nowa.pl"_s}, {u"nip"_s, u"5260001246"_s}}),
            // Won on one day, said to have entered Won on another; an open row that closed.
            history(23, u"Won"_s, {{u"company"_s, u"Dwie Daty"_s}}, u"2026-01-10"_s, u"2026-02-01"_s, u"2026-03-01"_s),
            history(24, u"MQL"_s, {{u"company"_s, u"Otwarta"_s}}, u"2026-01-10"_s, {}, u"2026-03-01"_s),
        };
    }

    // The dedupe and gate options of the data row (aBatchReportsWhatEachRowAloneWouldGet_data()).
    static ImportOptions dataRowOptions()
    {
        QFETCH(int, dedupe);
        QFETCH(int, gate);
        ImportOptions options;
        options.dedupe = ImportOptions::Dedupe(dedupe);
        options.gate = ImportOptions::Gate(gate);
        return options;
    }

    Pipeline newPipeline(const QString &name) { return importbatch::newPipeline(*m_backend, name); }
    void compareTimelines(qint64 leadA, qint64 leadB) { importbatch::compareTimelines(*m_backend, leadA, leadB); }

    qint64 seed(const Pipeline &pipeline)
    {
        auto lead = await(m_backend->leads().createLead(Principal::owner(), 
            NewLead{pipeline.id, {}, {{u"company"_s, u"Stara Firma"_s}, {u"email"_s, u"biuro@stara.pl"_s}}, {}}));
        return lead ? lead->id : 0;
    }

    // The report with lead ids named by what made them ("E" the stored lead, "L<line>"
    // the lead a row imported) and the pipeline's name as "P", so two pipelines' reports
    // compare. A batch names a lead it made itself by its row ("the row on line 2"), a
    // batch of one row by its id: both read "lead L2" here.
    static QStringList described(const QList<ImportOutcome> &outcomes, qint64 existing, const QString &pipelineName)
    {
        QHash<qint64, QString> names{{existing, u"E"_s}};
        for (const ImportOutcome &o : outcomes)
            if (o.status == ImportOutcome::Status::Imported)
                names.insert(o.leadId, u"L%1"_s.arg(o.line));
        const auto name = [&](qint64 id) { return names.value(id, u"?%1"_s.arg(id)); };
        static const QRegularExpression leadId(u"lead (\\d+)"_s);
        static const QRegularExpression rowOnLine(u"the row on line (\\d+)"_s);
        QStringList lines;
        for (const ImportOutcome &o : outcomes) {
            QString reason = o.reason;
            reason.replace(pipelineName, u"P"_s);
            reason.replace(rowOnLine, u"lead L\\1"_s);
            for (auto m = leadId.match(reason); m.hasMatch(); m = leadId.match(reason, m.capturedStart() + 5))
                reason.replace(m.capturedStart(1), m.capturedLength(1), name(m.captured(1).toLongLong()));
            lines.append(u"%1 %2 %3 %4"_s.arg(o.line).arg(int(o.status)).arg(o.leadId ? name(o.leadId) : u"-"_s, reason));
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        auto opened = await(m_backend->open());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void aBatchReportsWhatEachRowAloneWouldGet_data()
    {
        QTest::addColumn<int>("dedupe");
        QTest::addColumn<int>("gate");
        QTest::newRow("skip") << int(ImportOptions::Dedupe::Skip) << int(ImportOptions::Gate::Reject);
        QTest::newRow("update, first stage") << int(ImportOptions::Dedupe::Update) << int(ImportOptions::Gate::FirstStage);
        QTest::newRow("allow") << int(ImportOptions::Dedupe::Allow) << int(ImportOptions::Gate::Reject);
    }

    void aBatchReportsWhatEachRowAloneWouldGet()
    {
        ImportOptions options = dataRowOptions();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());

        // One batch of every row...
        const Pipeline whole = newPipeline(u"Whole "_s + tag);
        const qint64 wholeExisting = seed(whole);
        QVERIFY(whole.id && wholeExisting);
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{whole.id, mixedRows(), options}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));

        // ... against a batch per row, where every duplicate is a stored one.
        const Pipeline single = newPipeline(u"Single "_s + tag);
        const qint64 singleExisting = seed(single);
        QVERIFY(single.id && singleExisting);
        QList<ImportOutcome> oneByOne;
        for (const ImportRow &r : mixedRows()) {
            auto one = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{single.id, {r}, options}));
            QVERIFY2(one.has_value(), qPrintable(one ? QString() : one.error().message));
            QCOMPARE(one->outcomes.size(), 1);
            oneByOne += one->outcomes;
        }
        QCOMPARE(described(report->outcomes, wholeExisting, whole.name), described(oneByOne, singleExisting, single.name));

        using S = ImportOutcome::Status;
        QCOMPARE(report->outcomes.size(), mixedRows().size());
        QCOMPARE(report->outcomes[0].status, S::Imported);
        QCOMPARE(report->outcomes[1].status, S::Rejected);
        QCOMPARE(report->outcomes[12].status, S::Rejected);
        if (options.dedupe == ImportOptions::Dedupe::Allow) {
            QCOMPARE(report->outcomes[3].status, S::Imported);
            QCOMPARE(report->outcomes[7].status, S::Rejected); // the external id is still unique
            QVERIFY(report->outcomes[7].reason.contains(u"X-1"_s));
        } else {
            QCOMPARE(report->outcomes[3].leadId, report->outcomes[0].leadId);
            QCOMPARE(report->outcomes[4].leadId, wholeExisting);
            QCOMPARE(report->outcomes[9].leadId, report->outcomes[8].leadId);
            QCOMPARE(report->outcomes[10].leadId, report->outcomes[0].leadId);
            QCOMPARE(report->outcomes[10].status, options.dedupe == ImportOptions::Dedupe::Update ? S::Updated : S::Skipped);
        }
        // History: won, lost, open past the first stage; dates out of order and a lost row
        // without a reason are refused; row 21's external id is row 8's.
        for (const int i : {13, 14, 15, 16})
            QVERIFY2(report->outcomes[i].status == S::Imported, qPrintable(report->outcomes[i].reason));
        QVERIFY2(report->outcomes[17].reason.contains(u"out of order"_s), qPrintable(report->outcomes[17].reason));
        QVERIFY2(report->outcomes[18].reason.contains(u"lost reason"_s), qPrintable(report->outcomes[18].reason));
        QCOMPARE(report->outcomes[17].status, S::Rejected);
        QCOMPARE(report->outcomes[18].status, S::Rejected);
        QCOMPARE(report->outcomes[19].status, options.dedupe == ImportOptions::Dedupe::Skip     ? S::Skipped
                                              : options.dedupe == ImportOptions::Dedupe::Update ? S::Updated
                                                                                                : S::Rejected);
        QVERIFY2(report->outcomes[20].status == S::Imported, qPrintable(report->outcomes[20].reason)); // a NIP alone does not make a person a duplicate
        QVERIFY2(report->outcomes[21].reason.contains(u"enters its stage when it closes"_s), qPrintable(report->outcomes[21].reason));
        QVERIFY2(report->outcomes[22].reason.contains(u"open stage"_s), qPrintable(report->outcomes[22].reason));
        QCOMPARE(report->outcomes[21].status, S::Rejected);
        QCOMPARE(report->outcomes[22].status, S::Rejected);
        auto won1 = await(m_backend->leads().lead(Principal::owner(), report->outcomes[13].leadId));
        auto won2 = await(m_backend->leads().lead(Principal::owner(), report->outcomes[15].leadId));
        QVERIFY(won1 && won2);
        QVERIFY(won1->customerId > 0);
        QCOMPARE(won2->customerId, won1->customerId); // one customer, "Wygrana"
        {
            auto db = Database::open(m_db->settings(), u"reads-customers"_s);
            QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
            auto first = (*db)->scalar(u"SELECT first_lead_id FROM customers WHERE id = ?"_s, {won1->customerId});
            QVERIFY(first.has_value());
            QCOMPARE(first->toLongLong(), won1->id); // the earlier of its two won leads
        }
        QCOMPARE(won1->closedAt, QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(won1->createdAt, QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC));
        if (options.dedupe == ImportOptions::Dedupe::Update) {
            QCOMPARE(report->outcomes[2].status, S::Imported); // placed in the first stage
            auto updated = await(m_backend->leads().lead(Principal::owner(), report->outcomes[0].leadId));
            QCOMPARE(updated->value(u"phone"_s).toString(), u"+48600100200"_s);
        }

        // The same leads were written: per stage, and with the history of each.
        auto wholeTotals = await(m_backend->leads().stageTotals(Principal::owner(), whole.id));
        auto singleTotals = await(m_backend->leads().stageTotals(Principal::owner(), single.id));
        QVERIFY(wholeTotals && singleTotals);
        QCOMPARE(wholeTotals->size(), singleTotals->size());
        for (qsizetype i = 0; i < wholeTotals->size(); ++i) {
            QCOMPARE(wholeTotals->at(i).count, singleTotals->at(i).count);
            QCOMPARE(wholeTotals->at(i).valueMinor, singleTotals->at(i).valueMinor);
        }
        for (qsizetype i = 0; i < report->outcomes.size(); ++i) {
            if (report->outcomes[i].status != S::Imported)
                continue;
            compareTimelines(report->outcomes[i].leadId, oneByOne[i].leadId);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void aDryRunInBatchesReportsWhatTheImportWould_data() { aBatchReportsWhatEachRowAloneWouldGet_data(); }

    void aDryRunInBatchesReportsWhatTheImportWould()
    {
        // A dry run rolls each batch back, so a duplicate of a row a batch earlier is not
        // in the database: it must still be found, on the earlier row's line.
        ImportOptions options = dataRowOptions();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        using S = ImportOutcome::Status;

        const Pipeline real = newPipeline(u"Real "_s + tag);
        QVERIFY(real.id && seed(real));
        auto imported = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{real.id, mixedRows(), options}));
        QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().message));
        QHash<qint64, int> lineOfLead;
        for (const ImportOutcome &o : imported->outcomes)
            if (o.status == S::Imported)
                lineOfLead.insert(o.leadId, o.line);

        const Pipeline dry = newPipeline(u"Dry "_s + tag);
        QVERIFY(dry.id && seed(dry));
        options.dryRun = true;
        const QList<ImportRow> rows = mixedRows();
        QList<ImportOutcome> checked;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ImportBatch batch{dry.id, {rows[i]}, options};
            batch.continuesRun = i > 0;
            batch.endsRun = i == rows.size() - 1;
            auto one = await(m_backend->leads().importRows(Principal::owner(), batch));
            QVERIFY2(one.has_value(), qPrintable(one ? QString() : one.error().message));
            QCOMPARE(one->outcomes.size(), 1);
            checked += one->outcomes;
        }
        int earlierRows = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ImportOutcome &was = imported->outcomes[i];
            QVERIFY2(checked[i].status == was.status, qPrintable(u"line %1: %2 / %3"_s.arg(was.line).arg(checked[i].reason, was.reason)));
            // The import's duplicate (or external id holder) is a lead an earlier row made:
            // the dry run names that row's line.
            const int line = lineOfLead.value(was.leadId);
            const bool ofEarlierRow = (was.status == S::Skipped || was.status == S::Updated) && line > 0;
            const bool externalIdOfEarlierRow = was.status == S::Rejected && was.reason.contains(u"X-1"_s);
            if (ofEarlierRow || externalIdOfEarlierRow) {
                ++earlierRows;
                const QString expected = u"line %1"_s.arg(ofEarlierRow ? line : 8);
                QVERIFY2(checked[i].reason.contains(expected), qPrintable(checked[i].reason + u" / "_s + expected));
            }
        }
        QCOMPARE(earlierRows, options.dedupe == ImportOptions::Dedupe::Allow ? 2 : 5); // rows 5, 9, 11, 12, 21 / rows 9, 21

        // Nothing was written, and the run's keys went with its end: even a batch that
        // claims to continue it finds row 2 no more.
        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), dry.id));
        QVERIFY(totals.has_value());
        QCOMPARE(std::accumulate(totals->begin(), totals->end(), 0, [](int n, const StageTotals &t) { return n + t.count; }), 1);
        ImportBatch late{dry.id, {rows[3]}, options};
        late.continuesRun = true;
        auto again = await(m_backend->leads().importRows(Principal::owner(), late));
        QVERIFY(again.has_value());
        QCOMPARE(again->outcomes[0].status, S::Imported);
    }

    void aDryRunMatchesHostileKeysAcrossBatches()
    {
        // The keys travel to the temporary table as array literals on PostgreSQL: quotes,
        // backslashes, braces, commas and SQL must come back as they went.
        const Pipeline pipeline = newPipeline(u"Hostile keys"_s);
        QVERIFY(pipeline.id);
        const QStringList ids{u"X\"1\\,{a}"_s, u"'; DROP TABLE leads; --"_s, u"NULL"_s, u"  {}  "_s.trimmed(), u"\\N"_s};
        ImportOptions options;
        options.dryRun = true;
        QList<ImportRow> first, second;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            first.append(row(int(i) + 2, QString(), {{u"company"_s, u"Firma %1"_s.arg(i)}, {u"external_id"_s, ids[i]}}));
            second.append(row(int(i) + 100, QString(), {{u"company"_s, u"Again %1"_s.arg(i)}, {u"external_id"_s, ids[i]}}));
        }
        second.append(row(200, QString(), {{u"company"_s, u"Different"_s}, {u"external_id"_s, u"X\"1\\,{b}"_s}}));
        ImportBatch batch{pipeline.id, first, options};
        batch.endsRun = false;
        auto checked = await(m_backend->leads().importRows(Principal::owner(), batch));
        QVERIFY2(checked.has_value(), qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->count(ImportOutcome::Status::Imported), ids.size());
        batch = ImportBatch{pipeline.id, second, options};
        batch.continuesRun = true;
        auto again = await(m_backend->leads().importRows(Principal::owner(), batch));
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(again->outcomes[i].status, ImportOutcome::Status::Skipped);
            QVERIFY2(again->outcomes[i].reason.contains(u"line %1 "_s.arg(i + 2)), qPrintable(again->outcomes[i].reason));
        }
        QCOMPARE(again->outcomes.last().status, ImportOutcome::Status::Imported);
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), pipeline.id))->at(0).count, 0);
    }

    void aLargeBatchGivesEachRowItsOwnLead()
    {
        // More rows than one multi-row statement carries: 300 = 4 x 64 + 32 + 8 + 4.
        const Pipeline pipeline = newPipeline(u"Large"_s);
        QVERIFY(pipeline.id);
        QList<ImportRow> rows;
        for (int i = 0; i < 300; ++i)
            rows.append(row(i + 2, QString(), {{u"company"_s, u"Firma %1"_s.arg(i)}, {u"email"_s, u"kontakt%1@firma.pl"_s.arg(i)}}));
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, rows, ImportOptions{}}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->count(ImportOutcome::Status::Imported), 300);
        for (int i = 1; i < 300; ++i)
            QVERIFY(report->outcomes[i].leadId > report->outcomes[i - 1].leadId);
        for (const int i : {0, 63, 64, 255, 256, 287, 288, 295, 296, 299}) {
            auto lead = await(m_backend->leads().lead(Principal::owner(), report->outcomes[i].leadId));
            QVERIFY(lead.has_value());
            QCOMPARE(lead->value(u"company"_s).toString(), u"Firma %1"_s.arg(i));
            QCOMPARE(lead->value(u"email"_s).toString(), u"kontakt%1@firma.pl"_s.arg(i));
            auto timeline = await(m_backend->leads().timeline(Principal::owner(), lead->id));
            QVERIFY(timeline.has_value() && !timeline->isEmpty());
            QCOMPARE(timeline->at(0).rule, u"import"_s);
        }
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), pipeline.id))->at(0).count, 300);
        // A second run of the same file finds every row stored.
        auto again = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, rows, ImportOptions{}}));
        QVERIFY(again.has_value());
        QCOMPARE(again->count(ImportOutcome::Status::Skipped), 300);
        QCOMPARE(again->outcomes[299].leadId, report->outcomes[299].leadId);
    }
};

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
