// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What an import batch writes besides the leads themselves: updates that change
// nothing, custom fields, owners made once, won rows' customers, and a multi-row write
// that fails redone row by row; on SQLite and on PostgreSQL.
#include "Await.h"
#include "Database.h"
#include "ImportBatchSupport.h"
#include "LocalBackend.h"
#include "PipelineTemplate.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace lejek::test::importbatch;
using namespace Qt::Literals::StringLiterals;

class TestImportBatchWrites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    Pipeline newPipeline(const QString &name) { return importbatch::newPipeline(*m_backend, name); }
    void compareTimelines(qint64 leadA, qint64 leadB) { importbatch::compareTimelines(*m_backend, leadA, leadB); }

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

    void anUpdateThatChangesNothingIsSkipped()
    {
        // A file imported again with --dedupe update: rows that match their lead write
        // nothing and say so; a changed value or a new stage is an update.
        const Pipeline pipeline = newPipeline(u"Again"_s);
        QVERIFY(pipeline.id);
        const QList<ImportRow> rows{
            row(2, QString(), {{u"company"_s, u"Alfa"_s}, {u"external_id"_s, u"A-1"_s}, {u"city"_s, u"Kraków"_s}}),
            row(3, QString(), {{u"company"_s, u"Beta"_s}, {u"external_id"_s, u"B-1"_s}, {u"value"_s, u"0"_s}}),
            row(4, QString(), {{u"company"_s, u"Gamma"_s}, {u"external_id"_s, u"C-1"_s}}),
        };
        auto first = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, rows, ImportOptions{}}));
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->count(ImportOutcome::Status::Imported), 3);
        QList<qsizetype> entries;
        for (const ImportOutcome &o : first->outcomes)
            entries.append(await(m_backend->leads().timeline(Principal::owner(), o.leadId))->size());

        ImportOptions update;
        update.dedupe = ImportOptions::Dedupe::Update;
        QList<ImportRow> again = rows;
        again[2].stage = u"MQL"_s; // moved, its fields as they were
        auto second = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, again, update}));
        QVERIFY2(second.has_value(), qPrintable(second ? QString() : second.error().message));
        using S = ImportOutcome::Status;
        for (const int i : {0, 1}) {
            QCOMPARE(second->outcomes[i].status, S::Skipped);
            QCOMPARE(second->outcomes[i].reason, u"lead %1 already has these values"_s.arg(first->outcomes[i].leadId));
            auto lead = await(m_backend->leads().lead(Principal::owner(), first->outcomes[i].leadId));
            QVERIFY(lead.has_value());
            QCOMPARE(lead->version, 1);
            QCOMPARE(await(m_backend->leads().timeline(Principal::owner(), lead->id))->size(), entries[i]);
        }
        // A deal value of 0 is no deal value: not an edit, however often it is imported.
        QVERIFY(!await(m_backend->leads().lead(Principal::owner(), first->outcomes[1].leadId))->isFilled(u"value"_s));
        QCOMPARE(second->outcomes[2].status, S::Updated);
        auto moved = await(m_backend->leads().lead(Principal::owner(), first->outcomes[2].leadId));
        QVERIFY(moved.has_value());
        QCOMPARE(moved->stageId, pipeline.stageByName(u"MQL"_s)->id);
    }

    void customFieldsAreWrittenWithTheBatch()
    {
        // The bulk paths (SQLite's API, PostgreSQL's COPY) write the leads; their custom
        // values follow in the same transaction.
        Pipeline draft = PipelineTemplate::b2bFunnel();
        draft.name = u"With custom fields"_s;
        draft.customFields = {FieldDefinition{u"contract_type"_s, FieldType::Choice, u"Contract type"_s, {u"annual"_s, u"monthly"_s}, true, 0},
                              FieldDefinition{u"seats"_s, FieldType::Integer, u"Seats"_s, {}, true, 0}};
        auto pipeline = await(m_backend->pipelines().createPipeline(Principal::owner(), draft));
        QVERIFY2(pipeline.has_value(), qPrintable(pipeline ? QString() : pipeline.error().message));
        const QList<ImportRow> rows{
            row(2, QString(), {{u"company"_s, u"Alfa"_s}, {u"notes"_s, u"tab\there \\N back\\slash\nline"_s}, {u"contract_type"_s, u"annual"_s}, {u"seats"_s, u"25"_s}}),
            row(3, QString(), {{u"company"_s, u"Beta"_s}}),
            row(4, QString(), {{u"company"_s, u"Gamma"_s}, {u"contract_type"_s, u"weekly"_s}}), // not a choice
            row(5, QString(), {{u"company"_s, u"Delta"_s}, {u"seats"_s, u"1 200"_s}}),
        };
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline->id, rows, ImportOptions{}}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        using S = ImportOutcome::Status;
        QCOMPARE(report->outcomes[2].status, S::Rejected);
        QVERIFY2(report->outcomes[2].reason.contains(u"contract_type"_s) || report->outcomes[2].reason.contains(u"Contract type"_s),
                 qPrintable(report->outcomes[2].reason));
        auto alfa = await(m_backend->leads().lead(Principal::owner(), report->outcomes[0].leadId));
        auto beta = await(m_backend->leads().lead(Principal::owner(), report->outcomes[1].leadId));
        auto delta = await(m_backend->leads().lead(Principal::owner(), report->outcomes[3].leadId));
        QVERIFY(alfa && beta && delta);
        QCOMPARE(alfa->value(u"notes"_s).toString(), u"tab\there \\N back\\slash\nline"_s); // COPY's escapes
        QCOMPARE(alfa->value(u"contract_type"_s).toString(), u"annual"_s);
        QCOMPARE(alfa->value(u"seats"_s).toLongLong(), 25);
        QVERIFY(!beta->isFilled(u"contract_type"_s) && !beta->isFilled(u"seats"_s));
        QCOMPARE(delta->value(u"seats"_s).toLongLong(), 1200);
    }

    void ownersAreCreatedOnceAndNotForARejectedRow()
    {
        // --create-owners: an owner's first row creates the user; its later rows find it.
        // A rejected row takes back the owner it would have created.
        const Pipeline pipeline = newPipeline(u"Owners"_s);
        QVERIFY(pipeline.id);
        ImportOptions options;
        options.createOwnersInTeam = u"Imported"_s;
        const QList<ImportRow> rows{
            history(2, u"Lost"_s, {{u"company"_s, u"Bez Powodu"_s}, {u"owner"_s, u"Kto Inny"_s}}, {}, {}, u"2026-01-15"_s),
            history(3, u"Won"_s, {{u"company"_s, u"Acme"_s}, {u"owner"_s, u"Nowy Handlowiec"_s}}, u"2026-01-02"_s, {}, u"2026-02-01"_s),
            history(4, u"Lost"_s, {{u"company"_s, u"Beta"_s}, {u"owner"_s, u"Nowy Handlowiec"_s}, {u"lost_reason"_s, u"price"_s}},
                    u"2026-01-03"_s, {}, u"2026-02-02"_s),
            row(5, QString(), {{u"company"_s, u"Gamma"_s}, {u"owner"_s, u"Nowy Handlowiec"_s}}),
            row(6, QString(), {{u"company"_s, u"Delta"_s}, {u"owner"_s, u"Kto Inny"_s}}),
        };
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, rows, options}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        using S = ImportOutcome::Status;
        QCOMPARE(report->outcomes[0].status, S::Rejected);
        qint64 owner = 0;
        for (const int i : {1, 2, 3}) {
            QVERIFY2(report->outcomes[i].status == S::Imported, qPrintable(report->outcomes[i].reason));
            auto lead = await(m_backend->leads().lead(Principal::owner(), report->outcomes[i].leadId));
            QVERIFY(lead.has_value());
            QVERIFY(lead->ownerId > 0);
            QCOMPARE(lead->ownerName, u"Nowy Handlowiec"_s);
            owner = owner ? owner : lead->ownerId;
            QCOMPARE(lead->ownerId, owner);
        }
        auto db = Database::open(m_db->settings(), u"counts-users"_s);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        const auto users = [&](const QString &name) {
            auto n = (*db)->scalar(u"SELECT COUNT(*) FROM users WHERE name = ?"_s, {name});
            return n ? n->toInt() : -1;
        };
        QCOMPARE(users(u"Nowy Handlowiec"_s), 1);
        // Row 2's "Kto Inny" was taken back with it; row 6 made the one there is.
        QCOMPARE(report->outcomes[4].status, S::Imported);
        QCOMPARE(users(u"Kto Inny"_s), 1);
        QCOMPARE(await(m_backend->leads().lead(Principal::owner(), report->outcomes[4].leadId))->ownerName, u"Kto Inny"_s);
    }

    void wonRowsKeepTheirOwnCustomers()
    {
        // Customers are found by NIP, else company: two rows of one company share one,
        // rows with neither (X Education's leads have no company) get one each.
        const Pipeline pipeline = newPipeline(u"Customers"_s);
        QVERIFY(pipeline.id);
        const QList<ImportRow> rows{
            row(2, u"Won"_s, {{u"email"_s, u"a@anon.pl"_s}}),
            row(3, u"Won"_s, {{u"email"_s, u"b@anon.pl"_s}}),
            row(4, u"Won"_s, {{u"company"_s, u"Acme"_s}, {u"email"_s, u"c@acme.pl"_s}}),
            row(5, u"Won"_s, {{u"company"_s, u"Acme"_s}, {u"email"_s, u"d@acme.pl"_s}}),
        };
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, rows, ImportOptions{}}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QList<qint64> customers;
        for (const ImportOutcome &o : report->outcomes) {
            QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.reason));
            auto lead = await(m_backend->leads().lead(Principal::owner(), o.leadId));
            QVERIFY(lead && lead->customerId > 0);
            customers.append(lead->customerId);
        }
        QVERIFY(customers[0] != customers[1]);
        QVERIFY(customers[2] != customers[0] && customers[2] != customers[1]);
        QCOMPARE(customers[3], customers[2]);
    }

    void aMultiRowWriteThatFailsIsRedoneRowByRow()
    {
        // A rule the service's checks do not know (a trigger here, as a DBA might add)
        // refuses one lead of a multi-row INSERT. The batch is rolled back and run again
        // row by row: only that row is rejected, with the database's reason.
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        const Pipeline pipeline = newPipeline(u"Refused by a trigger"_s);
        QVERIFY(pipeline.id);
        auto db = Database::open(m_db->settings(), u"installs-a-trigger"_s);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        const QString trigger = kind == TestDatabase::Kind::SQLite
            ? u"CREATE TRIGGER refuse_boom BEFORE INSERT ON leads WHEN NEW.company = 'Boom' "
              "BEGIN SELECT RAISE(ABORT, 'boom: refused by a trigger'); END"_s
            : u"CREATE FUNCTION refuse_boom() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN "
              "IF NEW.company = 'Boom' THEN RAISE EXCEPTION 'boom: refused by a trigger'; END IF; RETURN NEW; END $$; "
              "CREATE TRIGGER refuse_boom BEFORE INSERT ON leads FOR EACH ROW EXECUTE FUNCTION refuse_boom()"_s;
        // One statement on SQLite (its ';' inside BEGIN ... END would split a script).
        if (kind == TestDatabase::Kind::SQLite) {
            auto installed = (*db)->exec(trigger);
            QVERIFY2(installed.has_value(), qPrintable(installed ? QString() : installed.error().message));
        } else {
            auto installed = (*db)->execScript(trigger);
            QVERIFY2(installed.has_value(), qPrintable(installed ? QString() : installed.error().message));
        }

        QList<ImportRow> rows;
        for (int i = 0; i < 5; ++i)
            rows.append(row(i + 2, QString(), {{u"company"_s, i == 2 ? u"Boom"_s : u"Firma %1"_s.arg(i)},
                                               {u"email"_s, u"k%1@firma.pl"_s.arg(i)}}));
        rows.append(row(7, QString(), {{u"company"_s, u"Firma 0 again"_s}, {u"email"_s, u"k0@firma.pl"_s}}));
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, rows, ImportOptions{}}));
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        using S = ImportOutcome::Status;
        QCOMPARE(report->outcomes.size(), 6);
        QCOMPARE(report->outcomes[2].status, S::Rejected);
        QVERIFY2(report->outcomes[2].reason.contains(u"boom: refused by a trigger"_s), qPrintable(report->outcomes[2].reason));
        for (const int i : {0, 1, 3, 4}) {
            QCOMPARE(report->outcomes[i].status, S::Imported);
            auto lead = await(m_backend->leads().lead(Principal::owner(), report->outcomes[i].leadId));
            QVERIFY(lead.has_value());
            QCOMPARE(lead->value(u"company"_s).toString(), u"Firma %1"_s.arg(i));
            auto timeline = await(m_backend->leads().timeline(Principal::owner(), lead->id));
            QVERIFY(timeline.has_value());
            QCOMPARE(timeline->size(), 2); // one stage change and one "created", not two of each
        }
        // The in-file duplicate is still found on the redo.
        QCOMPARE(report->outcomes[5].status, S::Skipped);
        QCOMPARE(report->outcomes[5].leadId, report->outcomes[0].leadId);
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), pipeline.id))->at(0).count, 4);

        // History rows redone one by one are recorded as the multi-row write records
        // them: the same batch without the refused row, in another pipeline, is written
        // whole.
        const QList<ImportRow> past{
            history(8, u"Won"_s, {{u"company"_s, u"Wygrana"_s}, {u"email"_s, u"w@w.pl"_s}}, u"2026-01-05"_s, {}, u"2026-02-01"_s),
            history(9, u"MQL"_s, {{u"company"_s, u"W Toku"_s}, {u"email"_s, u"m@t.pl"_s}}, u"2026-01-07"_s, u"2026-01-09"_s, {}),
            history(10, u"Lost"_s, {{u"company"_s, u"Przegrana"_s}, {u"lost_reason"_s, u"price"_s}}, {}, {}, u"2026-01-20"_s),
        };
        const Pipeline whole = newPipeline(u"Written whole"_s);
        auto redone = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{pipeline.id, QList<ImportRow>{rows[2]} + past, ImportOptions{}}));
        auto written = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{whole.id, past, ImportOptions{}}));
        QVERIFY(redone && written);
        QCOMPARE(redone->outcomes[0].status, S::Rejected);
        for (qsizetype i = 0; i < past.size(); ++i) {
            const ImportOutcome &one = redone->outcomes[i + 1];
            const ImportOutcome &many = written->outcomes[i];
            QVERIFY2(one.status == S::Imported && many.status == S::Imported, qPrintable(one.reason + many.reason));
            // Created in the first stage, moved to its own, "created".
            QCOMPARE(await(m_backend->leads().timeline(Principal::owner(), one.leadId))->size(), 3);
            compareTimelines(one.leadId, many.leadId);
            if (QTest::currentTestFailed())
                return;
            auto leadA = await(m_backend->leads().lead(Principal::owner(), one.leadId));
            auto leadB = await(m_backend->leads().lead(Principal::owner(), many.leadId));
            QCOMPARE(leadA->stageEnteredAt, leadB->stageEnteredAt);
            QCOMPARE(leadA->closedAt, leadB->closedAt);
            QCOMPARE(leadA->customerId > 0, past[i].stage == u"Won"_s);
            QCOMPARE(leadB->customerId, leadA->customerId); // the same customer, "Wygrana"
        }
    }
};

QTEST_GUILESS_MAIN(TestImportBatchWrites)
#include "tst_importbatchwrites.moc"
