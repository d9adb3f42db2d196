// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PipelineCache on SQLite and on a real PostgreSQL server: configuration read once and
// kept, until a change bumps the configuration version, here or on another connection.
#include "Migrator.h"
#include "PipelineCache.h"
#include "PipelineRepository.h"
#include "PipelineTemplate.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestPipelineCache : public QObject
{
    Q_OBJECT

private:
    StoreConnection m_store;
    Pipeline m_pipeline;

    // Renames the first stage behind every cache's back: no bump.
    void renameFirstStage(Database &db, const QString &name)
    {
        QVERIFY(db.exec(u"UPDATE stages SET name = ? WHERE id = ?"_s, {name, m_pipeline.stages.first().id}).has_value());
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_store.open();
        if (!m_store.db)
            return;
        QVERIFY(Migrator::migrate(*m_store.db).has_value());
        auto pipeline = PipelineRepository(*m_store.db).insert(*PipelineTemplate::make(u"b2b"_s), QDateTime::currentDateTimeUtc(), 0);
        QVERIFY2(pipeline.has_value(), LEJEK_MESSAGE(pipeline));
        m_pipeline = *pipeline;
    }

    void cleanup() { m_store.close(); }

    void keepsConfigurationUntilItChanges()
    {
        auto version = PipelineCache::version(*m_store.db);
        QVERIFY(version.has_value());
        QVERIFY(*version >= 1); // inserting the pipeline bumped it
        PipelineCache cache;
        auto first = cache.load(*m_store.db, m_pipeline.id);
        QVERIFY(first.has_value());
        QCOMPARE(first->stages.first().name, u"New leads"_s);

        // Kept: a change that says nothing is not seen...
        renameFirstStage(*m_store.db, u"Inbox"_s);
        QCOMPARE(cache.load(*m_store.db, m_pipeline.id)->stages.first().name, u"New leads"_s);
        // ...one that bumps the version is.
        QVERIFY(PipelineCache::bump(*m_store.db).has_value());
        QCOMPARE(*PipelineCache::version(*m_store.db), *version + 1);
        QCOMPARE(cache.load(*m_store.db, m_pipeline.id)->stages.first().name, u"Inbox"_s);

        // A change committed on another connection (another process) counts the same.
        auto other = openDatabase(m_store.test->settings());
        QVERIFY2(other.has_value(), LEJEK_MESSAGE(other));
        {
            Transaction tx(**other);
            renameFirstStage(**other, u"Incoming"_s);
            QVERIFY(PipelineCache::bump(**other).has_value());
            QVERIFY(tx.commit().has_value());
        }
        QCOMPARE(cache.load(*m_store.db, m_pipeline.id)->stages.first().name, u"Incoming"_s);
        QVERIFY(!cache.load(*m_store.db, 424242).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPipelineCache)
#include "tst_pipelinecache.moc"
