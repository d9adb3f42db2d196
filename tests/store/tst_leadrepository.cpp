// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LeadRepository on SQLite and PostgreSQL: board pages (keyset and offset), column
// totals and duplicate matching (its filters: tst_leadfilters).
#include "LeadMatchRepository.h"
#include "LeadStoreFixture.h"

#include <algorithm>
#include <optional>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::LeadSort)

namespace {

qint64 sortKey(const Lead &lead, LeadSort sort)
{
    switch (sort) {
    case LeadSort::LastActivity:
        return lead.lastActivityAt.toMSecsSinceEpoch();
    case LeadSort::Value:
        return lead.value(u"value"_s).toLongLong();
    case LeadSort::Score:
        return lead.value(u"score"_s).toLongLong();
    case LeadSort::Age:
        return lead.stageEnteredAt.toMSecsSinceEpoch();
    }
    return 0;
}

} // namespace

class TestLeadRepository : public QObject, protected LeadStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init() { setUp(); }

    void cleanup() { m_store.close(); }

    void insertAndLoadRoundTrip()
    {
        const QVariantMap values {{u"company"_s, u"Fabryka Okien Sp. z o.o."_s}, {u"email"_s, u"jan@fabryka.pl"_s},
            {u"employees"_s, qlonglong(120)}, {u"decision_date"_s, QDate(2026, 12, 31)}, {u"budget"_s, qlonglong(5000050)},
            {u"value"_s, qlonglong(12000000)}, {u"score"_s, qlonglong(35)}, {u"notes"_s, u"line one\nline two"_s},
            {u"external_id"_s, u"HS-1"_s}};
        const qint64 id = insert(m_pipeline, stage(u"SQL"_s), values, 1, 2, m_anna);
        QVERIFY(id);
        auto lead = LeadRepository(*m_store.db).load(m_pipeline, id);
        QVERIFY2(lead.has_value(), LEJEK_MESSAGE(lead));
        QCOMPARE(lead->stageId, stage(u"SQL"_s).id);
        QCOMPARE(lead->ownerId, m_anna);
        QCOMPARE(lead->ownerName, u"Anna Nowak"_s);
        QCOMPARE(lead->version, 1);
        QCOMPARE(lead->lastActivityAt, kNow.addDays(-1));
        QCOMPARE(lead->stageEnteredAt, kNow.addDays(-2));
        for (auto it = values.begin(); it != values.end(); ++it)
            QCOMPARE(lead->value(it.key()), it.value());
        QCOMPARE(lead->value(u"currency"_s).toString(), u"PLN"_s); // the default
        QCOMPARE(*LeadRepository(*m_store.db).pipelineOf(id), m_pipeline.id);
        QCOMPARE(LeadRepository(*m_store.db).load(m_pipeline, id + 1000).error().code, Error::Code::NotFound);
    }

    // Custom fields keep their types through the store, on load and on a board page,
    // and an emptied custom field is cleared.
    void customValuesRoundTrip()
    {
        Pipeline draft = PipelineTemplate::b2bFunnel();
        draft.name = u"With custom fields"_s;
        draft.customFields
            = {FieldDefinition {u"contract_type"_s, FieldType::Choice, u"Contract type"_s, {u"licence"_s, u"saas"_s}, true, 0},
                FieldDefinition {u"products"_s, FieldType::MultiChoice, u"Products"_s, {u"CRM"_s, u"ERP"_s, u"BI"_s}, true, 0},
                FieldDefinition {u"renewal"_s, FieldType::Date, u"Renewal"_s, {}, true, 0},
                FieldDefinition {u"licence_fee"_s, FieldType::Money, u"Licence fee"_s, {}, true, 0},
                FieldDefinition {u"seats"_s, FieldType::Integer, u"Seats"_s, {}, true, 0}};
        auto pipeline = PipelineRepository(*m_store.db).insert(draft, kNow, 0);
        QVERIFY2(pipeline.has_value(), LEJEK_MESSAGE(pipeline));
        QCOMPARE(pipeline->customFields.size(), 5);
        for (const FieldDefinition &f : pipeline->customFields)
            QVERIFY(f.id > 0 && f.custom);
        const QVariantMap custom {{u"contract_type"_s, u"saas"_s}, {u"products"_s, QStringList {u"CRM"_s, u"BI"_s}},
            {u"renewal"_s, QDate(2027, 1, 31)}, {u"licence_fee"_s, qlonglong(1234556)}, {u"seats"_s, qlonglong(250)}};
        QVariantMap values = custom;
        values.insert(u"company"_s, u"Acme"_s);
        const qint64 id = insert(*pipeline, pipeline->stages[0], values);
        QVERIFY(id);
        LeadRepository repo(*m_store.db);
        Lead lead = *repo.load(*pipeline, id);
        for (auto it = custom.begin(); it != custom.end(); ++it) {
            QCOMPARE(lead.value(it.key()).typeId(), it.value().typeId());
            QCOMPARE(lead.value(it.key()), it.value());
        }
        PageRequest request;
        request.stageId = pipeline->stages[0].id;
        auto p = repo.page(*pipeline, request, kNow);
        QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
        QCOMPARE(p->leads.size(), 1);
        QCOMPARE(p->leads[0].value(u"products"_s), custom.value(u"products"_s));
        QCOMPARE(p->leads[0].value(u"renewal"_s), custom.value(u"renewal"_s));
        // Emptied, it is gone.
        lead.values.remove(u"products"_s);
        lead.values.insert(u"seats"_s, QVariant());
        lead.version = 2;
        auto written = repo.update(*pipeline, lead, 1);
        QVERIFY2(written.has_value() && *written, LEJEK_MESSAGE(written));
        const Lead stored = *repo.load(*pipeline, id);
        QVERIFY(!stored.isFilled(u"products"_s));
        QVERIFY(!stored.isFilled(u"seats"_s));
        QCOMPARE(stored.value(u"contract_type"_s).toString(), u"saas"_s);
    }

    void updateRefusesAStaleVersion()
    {
        const qint64 id = insert(m_pipeline, stage(u"New leads"_s), {{u"company"_s, u"Acme"_s}});
        LeadRepository repo(*m_store.db);
        Lead lead = *repo.load(m_pipeline, id);
        lead.values.insert(u"industry"_s, u"software"_s);
        lead.version = 2;
        auto written = repo.update(m_pipeline, lead, 1);
        QVERIFY2(written.has_value(), LEJEK_MESSAGE(written));
        QVERIFY(*written);
        lead.values.insert(u"industry"_s, u"retail"_s);
        lead.version = 2;
        auto stale = repo.update(m_pipeline, lead, 1);
        QVERIFY2(stale.has_value(), LEJEK_MESSAGE(stale));
        QVERIFY(!*stale); // someone wrote version 2 first
        const Lead stored = *repo.load(m_pipeline, id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.value(u"industry"_s).toString(), u"software"_s);
    }

    // Walking a column page by page, for every sort and direction, meets every lead
    // exactly once, in order, even where many leads share a sort value.
    void keysetPagingHasNoGapsOrRepeats_data()
    {
        QTest::addColumn<LeadSort>("sort");
        QTest::addColumn<bool>("descending");
        const std::pair<const char *, LeadSort> sorts[] = {{"last activity", LeadSort::LastActivity}, {"value", LeadSort::Value},
            {"score", LeadSort::Score}, {"age", LeadSort::Age}};
        for (const auto &[name, sort] : sorts) {
            for (const bool descending : {true, false})
                QTest::addRow("%s %s", name, descending ? "desc" : "asc") << sort << descending;
        }
    }
    void keysetPagingHasNoGapsOrRepeats()
    {
        QFETCH(LeadSort, sort);
        QFETCH(bool, descending);
        const Stage &column = stage(u"Qualification"_s);
        QList<Lead> expected;
        for (int i = 0; i < 41; ++i) {
            QVariantMap values {{u"company"_s, u"Firma %1"_s.arg(i)}, {u"score"_s, qlonglong((i % 4) * 10)}};
            if (i % 3)
                values.insert(u"value"_s, qlonglong((i % 3) * 100000)); // a third have no value yet
            const qint64 id = insert(m_pipeline, column, values, i % 5, i % 2);
            QVERIFY(id);
            expected.append(*LeadRepository(*m_store.db).load(m_pipeline, id));
        }
        // Neighbours in other columns and pipelines stay out.
        QVERIFY(insert(m_pipeline, stage(u"MQL"_s), {{u"company"_s, u"Other column"_s}}));
        QVERIFY(insert(m_other, m_other.stages[0], {{u"company"_s, u"Other pipeline"_s}}));
        std::sort(expected.begin(), expected.end(), [&](const Lead &a, const Lead &b) {
            const auto ka = std::pair(sortKey(a, sort), a.id);
            const auto kb = std::pair(sortKey(b, sort), b.id);
            return descending ? kb < ka : ka < kb;
        });

        for (const int limit : {1, 4, 7, 100}) {
            const QByteArray where = "limit " + QByteArray::number(limit);
            PageRequest request;
            request.stageId = column.id;
            request.sort = sort;
            request.descending = descending;
            request.limit = limit;
            QList<qint64> walked;
            for (int guard = 0; guard < 100; ++guard) {
                auto p = page(request);
                QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
                QVERIFY2(p->leads.size() <= limit, where.constData());
                walked += ids(p->leads);
                if (!p->hasMore)
                    break;
                QVERIFY2(p->leads.size() == limit, where.constData());
                QVERIFY2(p->next.id == p->leads.last().id, where.constData());
                request.after = p->next;
            }
            QVERIFY2(walked == ids(expected), where.constData());

            // Jumping with an offset lands where walking does.
            for (int offset = 0; offset < expected.size(); offset += limit) {
                PageRequest jump;
                jump.stageId = column.id;
                jump.sort = sort;
                jump.descending = descending;
                jump.limit = limit;
                jump.offset = offset;
                auto p = page(jump);
                QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
                const QByteArray at = where + " offset " + QByteArray::number(offset);
                QVERIFY2(ids(p->leads) == ids(expected.mid(offset, limit)), at.constData());
                QVERIFY2(p->hasMore == (offset + limit < expected.size()), at.constData());
            }
        }
    }

    void emptyColumnHasAnEmptyPage()
    {
        PageRequest request;
        request.stageId = stage(u"Won"_s).id;
        auto p = page(request);
        QVERIFY2(p.has_value(), LEJEK_MESSAGE(p));
        QVERIFY(p->leads.isEmpty());
        QVERIFY(!p->hasMore);
        request.stageId = m_other.stages[0].id; // not this pipeline's stage
        QCOMPARE(page(request).error().code, Error::Code::NotFound);
    }

    // Count, value and weighted value (value x the stage's probability) of every
    // column, in pipeline order; empty columns included with zeros.
    void totals()
    {
        insert(m_pipeline, stage(u"New leads"_s), {{u"company"_s, u"A"_s}, {u"value"_s, qlonglong(100000)}});
        insert(m_pipeline, stage(u"New leads"_s), {{u"company"_s, u"B"_s}, {u"value"_s, qlonglong(200000)}});
        insert(m_pipeline, stage(u"New leads"_s), {{u"company"_s, u"C"_s}}); // no value yet
        insert(m_pipeline, stage(u"SQL"_s), {{u"company"_s, u"D"_s}, {u"value"_s, qlonglong(1000000)}});
        insert(m_pipeline, stage(u"Won"_s), {{u"company"_s, u"E"_s}, {u"value"_s, qlonglong(500000)}});
        insert(m_other, m_other.stages[0], {{u"company"_s, u"F"_s}, {u"value"_s, qlonglong(999900)}});
        auto totals = LeadRepository(*m_store.db).totals(m_pipeline);
        QVERIFY2(totals.has_value(), LEJEK_MESSAGE(totals));
        QCOMPARE(totals->size(), m_pipeline.stages.size());
        for (qsizetype i = 0; i < totals->size(); ++i) {
            const StageTotals &t = totals->at(i);
            const Stage &s = m_pipeline.stages[i];
            QCOMPARE(t.stageId, s.id);
            qint64 count = 0, value = 0;
            if (s.name == u"New leads"_s) {
                count = 3;
                value = 300000;
            } else if (s.name == u"SQL"_s) {
                count = 1;
                value = 1000000;
            } else if (s.name == u"Won"_s) {
                count = 1;
                value = 500000;
            }
            QCOMPARE(t.count, count);
            QCOMPARE(t.valueMinor, value);
            QCOMPARE(t.weightedMinor, value * s.probability / 100);
        }
        QCOMPARE(totals->at(0).weightedMinor, qint64(15000)); // 3000 zł x 5%
        QCOMPARE(totals->at(3).weightedMinor, qint64(400000)); // 10 000 zł x 40%
        QCOMPARE(*LeadRepository(*m_store.db).count(m_pipeline.id), qint64(5));
        QCOMPARE(*LeadRepository(*m_store.db).count(m_pipeline.id, stage(u"New leads"_s).id), qint64(3));
        // The other pipeline's totals are its own.
        auto other = LeadRepository(*m_store.db).totals(m_other);
        QVERIFY(other.has_value());
        QCOMPARE(other->at(0).count, qint64(1));
        QCOMPARE(other->at(0).valueMinor, qint64(999900));
    }

    // DOMAIN.md's order: the external id, then the e-mail, then the NIP; one pipeline.
    void findDuplicate()
    {
        const Stage &s = stage(u"New leads"_s);
        const qint64 byExternal = insert(m_pipeline, s, {{u"company"_s, u"A"_s}, {u"external_id"_s, u"HS-1"_s}});
        const qint64 byEmail = insert(m_pipeline, s, {{u"company"_s, u"B"_s}, {u"email"_s, u"jan@acme.pl"_s}});
        const qint64 byEmailLater = insert(m_pipeline, s, {{u"company"_s, u"B2"_s}, {u"email"_s, u"jan@acme.pl"_s}});
        const qint64 byNip = insert(m_pipeline, s, {{u"company"_s, u"C"_s}, {u"nip"_s, u"5260001246"_s}});
        insert(m_other, m_other.stages[0],
            {{u"company"_s, u"D"_s}, {u"external_id"_s, u"HS-9"_s}, {u"email"_s, u"ewa@x.pl"_s}, {u"nip"_s, u"7740001454"_s}});
        QVERIFY(byExternal && byEmail && byEmailLater && byNip);
        LeadMatchRepository repo(*m_store.db);
        using Found = std::optional<qint64>;
        const auto find = [&repo](qint64 pipelineId, const QString &externalId, const QString &email, const QString &nip) {
            auto r = repo.findDuplicate(pipelineId, externalId, email, nip);
            if (!r)
                qWarning() << r.error().message;
            return r ? *r : Found(-1);
        };
        QCOMPARE(find(m_pipeline.id, u"HS-1"_s, u"jan@acme.pl"_s, u"5260001246"_s), Found(byExternal));
        QCOMPARE(find(m_pipeline.id, QString(), u"jan@acme.pl"_s, u"5260001246"_s), Found(byEmail));
        QCOMPARE(find(m_pipeline.id, u"HS-404"_s, u"jan@acme.pl"_s, u"5260001246"_s), Found(byEmail));
        QCOMPARE(find(m_pipeline.id, QString(), u"nobody@acme.pl"_s, u"5260001246"_s), Found(byNip));
        QCOMPARE(find(m_pipeline.id, QString(), QString(), u"5260001246"_s), Found(byNip));
        QCOMPARE(find(m_pipeline.id, u"HS-404"_s, u"nobody@acme.pl"_s, u"7740001454"_s), Found(std::nullopt));
        QCOMPARE(find(m_pipeline.id, QString(), QString(), QString()), Found(std::nullopt));
        // Another pipeline's leads are not duplicates.
        QCOMPARE(find(m_pipeline.id, u"HS-9"_s, u"ewa@x.pl"_s, u"7740001454"_s), Found(std::nullopt));
        QVERIFY(repo.findDuplicate(m_other.id, u"HS-9"_s, QString(), QString())->has_value());
    }

    void idStatisticsCountTheTransactionsOwnLeads()
    {
        // A rolled-back import leaves its rows to autovacuum, whose ANALYZE then calls the
        // table empty. The next import's foreign-key checks (stage changes -> leads) are
        // planned from that: a scan of an index whose last key is the id, once per row.
        LeadRepository repo(*m_store.db);
        QList<Lead> leads;
        for (int i = 0; i < 3000; ++i) {
            Lead lead;
            lead.pipelineId = m_pipeline.id;
            lead.stageId = m_pipeline.firstStage()->id;
            lead.version = 1;
            lead.createdAt = lead.updatedAt = lead.stageEnteredAt = lead.lastActivityAt = kNow;
            lead.values.insert(u"company"_s, u"Firma %1"_s.arg(i));
            leads.append(lead);
        }
        if (isSqlite(*m_store.db)) {
            QVERIFY(repo.refreshIdStatistics(leads.size()).has_value()); // nothing to do
            return;
        }
        {
            Transaction rolledBack(*m_store.db);
            QVERIFY(repo.insertMany(m_pipeline, leads).has_value());
        }
        QVERIFY(m_store.db->execScript(u"ANALYZE leads"_s).has_value()); // as autovacuum would
        QSqlDatabase &connection = m_store.db->connection();
        QSqlQuery sql(connection);
        std::optional<Transaction> next(*m_store.db);
        QVERIFY(sql.exec(u"SET LOCAL plan_cache_mode = force_generic_plan"_s));
        QVERIFY(sql.exec(u"PREPARE fk_check(bigint) AS SELECT 1 FROM ONLY leads x WHERE id = $1 FOR KEY SHARE OF x"_s));
        const auto plan = [&] {
            QSqlQuery explain(connection);
            QStringList lines;
            if (explain.exec(u"EXPLAIN EXECUTE fk_check(1)"_s))
                while (explain.next())
                    lines.append(explain.value(0).toString());
            return lines.join(u'\n');
        };
        const auto counted = [&] {
            QSqlQuery q(connection);
            return q.exec(u"SELECT reltuples FROM pg_class WHERE relname = 'leads'"_s) && q.next() ? q.value(0).toDouble() : -1.0;
        };
        QCOMPARE(counted(), 0.0);
        QVERIFY(repo.insertMany(m_pipeline, leads).has_value());
        // Before schema 9 this plan scanned leads_stage_score, whose last key is the id;
        // the board's indexes are partial since (merged leads left out), and the primary
        // key is the planner's only choice here, whatever the statistics say.
        QVERIFY(repo.refreshIdStatistics(leads.size()).has_value());
        QCOMPARE(counted(), 3000.0); // this transaction's own rows, uncommitted
        QVERIFY2(plan().contains(u"leads_pkey"_s), qPrintable(plan()));
        next.reset(); // rolled back
        QVERIFY(sql.exec(u"DEALLOCATE fk_check"_s));
    }
};

QTEST_GUILESS_MAIN(TestLeadRepository)
#include "tst_leadrepository.moc"
