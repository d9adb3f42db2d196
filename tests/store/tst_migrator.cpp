// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migrator on SQLite and PostgreSQL: empty and old databases are brought up to date;
// a newer Lejek's database and somebody else's are refused without a single write.
#include "Await.h"
#include "LeadRepository.h"
#include "Migrator.h"
#include "OldSchemaRows.h"
#include "PipelineRepository.h"
#include "StoreTest.h"
#include "StoreThread.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kVersion2Indexes {u"leads_pipeline_created"_s, u"leads_pipeline_closed"_s, u"stage_changes_stage"_s,
    u"activities_kind"_s, u"leads_source_campaign"_s};
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

    bool sqlite() const { return !m_test->settings().isPostgres(); }

    std::unique_ptr<Database> open() { return openOrWarn(m_test->settings()); }
    // The database at `version`, with the rows of a version 1 one (OldSchemaRows.h).
    std::unique_ptr<Database> oldRowsAt(int version)
    {
        auto db = open();
        if (!db || !Migrator::migrate(*db, 1) || !writeOldRows(*db) || !Migrator::migrate(*db, version))
            qFatal("no database at version %d with the old rows", version);
        return db;
    }

    // Everything the refusal must leave alone: the file's bytes (SQLite), or the
    // catalogue and the meta table (PostgreSQL).
    QByteArray fingerprint()
    {
        if (sqlite()) {
            // Every connection is closed here, so the write-ahead log is folded in.
            QByteArray all;
            QFile file(m_test->settings().path);
            if (!file.open(QIODevice::ReadOnly))
                return "<missing>";
            all += QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
            QFileInfo info(m_test->settings().path);
            for (const QString &extra : {u"-wal"_s, u"-journal"_s}) {
                QFile side(info.filePath() + extra);
                if (side.exists() && side.size() > 0)
                    all += " " + extra.toLatin1() + "=" + QByteArray::number(side.size());
            }
            return all;
        }
        auto db = open();
        if (!db)
            return "<cannot open>";
        QByteArray all = tableNames(*db).join(u',').toUtf8();
        auto indexes = db->exec(u"SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"_s);
        while (indexes && (*indexes)->next())
            all += " " + (*indexes)->value(0).toString().toUtf8();
        if (tableNames(*db).contains(u"meta"_s)) {
            auto meta = db->exec(u"SELECT key, value FROM meta ORDER BY key"_s);
            while (meta && (*meta)->next())
                all += " " + (*meta)->value(0).toString().toUtf8() + "=" + (*meta)->value(1).toString().toUtf8();
        }
        return all;
    }

    QString metaVersion(Database &db)
    {
        auto v = db.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
        return v ? v->toString() : u"<error>"_s;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_test = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_test->isAvailable(&why))
            QSKIP(qPrintable(why));
    }

    void cleanup() { m_test.reset(); }

    void emptyDatabaseMigratesToLatest()
    {
        QVERIFY(Migrator::latestVersion() >= 2);
        auto db = open();
        QVERIFY(db);
        auto before = Migrator::currentVersion(*db);
        QVERIFY2(before.has_value(), LEJEK_MESSAGE(before));
        QCOMPARE(*before, 0);
        auto migrated = Migrator::migrate(*db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        QCOMPARE(*Migrator::currentVersion(*db), Migrator::latestVersion());
        QCOMPARE(metaVersion(*db), QString::number(Migrator::latestVersion()));
        const QStringList tables = tableNames(*db);
        for (const QString &t :
            {u"meta"_s, u"teams"_s, u"users"_s, u"pipelines"_s, u"stages"_s, u"field_definitions"_s, u"lost_reasons"_s,
                u"customers"_s, u"leads"_s, u"lead_custom_values"_s, u"stage_changes"_s, u"activities"_s, u"tasks"_s})
            QVERIFY2(tables.contains(t), qPrintable(t));
        for (const QString &index : kVersion2Indexes)
            QVERIFY2(indexExists(*db, index), qPrintable(index));
        // DOMAIN.md's lost-reason codes ship with the schema.
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM lost_reasons"_s)->toInt(), 6);
        QVERIFY(!db->inTransaction());
    }

    // A database made by the previous release, with data in it, is upgraded in place
    // when opened the ordinary way.
    void versionOneDatabaseIsUpgradedWithItsRows()
    {
        qint64 leadId = 0;
        {
            auto db = open();
            QVERIFY(db);
            auto migrated = Migrator::migrate(*db, 1);
            QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
            QCOMPARE(*Migrator::currentVersion(*db), 1);
            QCOMPARE(metaVersion(*db), u"1"_s);
            for (const QString &index : kVersion2Indexes)
                QVERIFY2(!indexExists(*db, index), qPrintable(index));
            auto written = writeOldRows(*db);
            QVERIFY2(written.has_value(), LEJEK_MESSAGE(written));
            leadId = 1;
        }
        {
            StoreThread store(m_test->settings());
            auto opened = await(store.open());
            QVERIFY2(opened.has_value(), LEJEK_MESSAGE(opened));
            auto state = await(store.run([leadId](Database &db) -> Result<QStringList> {
                auto version = Migrator::currentVersion(db);
                if (!version)
                    return std::unexpected(version.error());
                auto pipelines = PipelineRepository(db).loadAll();
                if (!pipelines)
                    return std::unexpected(pipelines.error());
                auto lead = LeadRepository(db).load(pipelines->front(), leadId);
                if (!lead)
                    return std::unexpected(lead.error());
                QStringList out {QString::number(*version), QString::number(pipelines->size()), pipelines->front().name,
                    QString::number(pipelines->front().stages.size()), lead->value(u"company"_s).toString(),
                    lead->value(u"budget"_s).toString()};
                for (const QString &index : kVersion2Indexes)
                    out.append(indexExists(db, index) ? index : u"missing "_s + index);
                return out;
            }));
            QVERIFY2(state.has_value(), LEJEK_MESSAGE(state));
            QCOMPARE(*state,
                QStringList({QString::number(Migrator::latestVersion()), u"1"_s, u"B2B funnel"_s, u"2"_s, u"Fabryka Okien"_s,
                    u"5000000"_s})
                    + kVersion2Indexes);
        }
    }

    // What version 30 fills the leads' summary with, for rows written before it, is what
    // its definition reads from them (the triggers keep it so afterwards: tst_leadfacts).
    void summaryFilledByMigrationEqualsItsView()
    {
        auto db = oldRowsAt(29);
        // Three activities (two at one time), a task made and done, and an owner change.
        for (const qint64 at : {1'800'000'000'000LL, 1'800'000'360'000LL, 1'800'000'360'000LL})
            QVERIFY(db->exec(u"INSERT INTO activities (lead_id, kind, occurred_at) VALUES (1, 'call', ?)"_s, {at}).has_value());
        QVERIFY(db->exec(u"INSERT INTO tasks (lead_id, title, created_at, done_at) VALUES (1, 'Call back', ?, ?)"_s,
                         {1'800'000'000'000LL, 1'800'000'720'000LL})
                    .has_value());
        QVERIFY(db->exec(u"INSERT INTO owner_changes (lead_id, changed_at) VALUES (1, ?)"_s, {1'800'000'100'000LL}).has_value());
        QVERIFY(Migrator::migrate(*db).has_value());
        const auto count = [&db](const QString &sql) {
            auto v = db->scalar(sql);
            return v ? v->toLongLong() : -1;
        };
        QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT * FROM lead_facts EXCEPT SELECT * FROM lead_facts_now) x"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT * FROM lead_facts_now EXCEPT SELECT * FROM lead_facts) x"_s), 0);
        QCOMPARE(count(u"SELECT prior_activity_at FROM lead_facts WHERE lead_id = 1"_s), 1'800'000'360'000LL); // the two share it
        QCOMPARE(count(u"SELECT tasks_at FROM lead_facts WHERE lead_id = 1"_s), 1'800'000'720'000LL);
        QCOMPARE(count(u"SELECT owner_at FROM lead_facts WHERE lead_id = 1"_s), 1'800'000'100'000LL);
    }

    // PostgreSQL: the tables a migration rewrote (26 the stays, 30 the leads' summary)
    // are vacuumed once the migrations have committed, so that their pages are marked
    // visible to all and an index-only scan reads none of them. Counted by the server's
    // statistics: whether a vacuum marks a page also depends on other sessions (one
    // holding it, or an older snapshot), which a test cannot rule out.
    void rewrittenTablesAreVacuumed()
    {
        if (sqlite())
            QSKIP("SQLite keeps no visibility map");
        auto db = oldRowsAt(29); // from version 1: through 26
        const auto vacuums = [&db](const QString &table) {
            auto v = db->scalar(u"SELECT COALESCE(MAX(vacuum_count), 0) FROM pg_stat_user_tables WHERE relid = '%1'::regclass"_s.arg(table));
            if (!v)
                qFatal("%s", qPrintable(v.error().message));
            return v->toLongLong();
        };
        QCOMPARE(vacuums(u"stage_stays"_s), 1);
        const qint64 before = vacuums(u"lead_facts"_s);
        QVERIFY(Migrator::migrate(*db).has_value()); // version 30 rewrites the summary
        QCOMPARE(vacuums(u"lead_facts"_s), before + 1);
        QCOMPARE(vacuums(u"stage_stays"_s), 1);
        QVERIFY(Migrator::migrate(*db).has_value()); // nothing to migrate: nothing vacuumed
        QCOMPARE(vacuums(u"lead_facts"_s), before + 1);
    }

    void migrateStepByStep()
    {
        auto db = open();
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db, 1).has_value());
        QCOMPARE(*Migrator::currentVersion(*db), 1);
        QVERIFY(Migrator::migrate(*db, 2).has_value());
        QCOMPARE(*Migrator::currentVersion(*db), 2);
        QVERIFY(Migrator::migrate(*db).has_value());
        QCOMPARE(*Migrator::currentVersion(*db), Migrator::latestVersion());
    }

    // A database a newer Lejek has migrated is refused, and nothing in it changes.
    void newerDatabaseIsRefusedUntouched()
    {
        const int newer = Migrator::latestVersion() + 1;
        {
            auto db = open();
            QVERIFY(db);
            QVERIFY(Migrator::migrate(*db).has_value());
            QVERIFY(db->exec(u"INSERT INTO teams (name) VALUES ('AE Enterprise')"_s).has_value());
            QVERIFY(db->exec(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s, {QString::number(newer)}).has_value());
            // What the newer release might have added.
            QVERIFY(db->execScript(u"CREATE TABLE playbooks (id INTEGER PRIMARY KEY, name TEXT)"_s).has_value());
        }
        const QByteArray before = fingerprint();
        {
            StoreThread store(m_test->settings());
            auto opened = await(store.open());
            QVERIFY(!opened.has_value());
            QCOMPARE(opened.error().code, Error::Code::Schema);
            QVERIFY2(opened.error().message.contains(u"newer Lejek"_s), qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(QString::number(newer)), qPrintable(opened.error().message));
            // Jobs are refused too: the store did not open.
            auto job = await(store.run([](Database &) -> Result<int> { return 1; }));
            QVERIFY(!job.has_value());
        }
        {
            auto db = open();
            QVERIFY(db);
            auto again = Migrator::migrate(*db);
            QVERIFY(!again.has_value());
            QCOMPARE(again.error().code, Error::Code::Schema);
        }
        QCOMPARE(fingerprint(), before);
    }

    // A database that holds other tables and no Lejek schema is not Lejek's to change.
    void foreignDatabaseIsRefusedUntouched()
    {
        if (sqlite()) {
            // Made by another program with SQLite's defaults (a rollback journal).
            const QString name = uniqueConnectionName();
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                other.setDatabaseName(m_test->settings().path);
                QVERIFY(other.open());
                QSqlQuery q(other);
                QVERIFY(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"_s));
                QVERIFY(q.exec(u"INSERT INTO invoices (id, total) VALUES (1, 100)"_s));
                other.close();
            }
            QSqlDatabase::removeDatabase(name);
        } else {
            auto db = open();
            QVERIFY(db);
            QVERIFY(db->execScript(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"_s).has_value());
            QVERIFY(db->exec(u"INSERT INTO invoices (id, total) VALUES (1, 100)"_s).has_value());
        }
        const QByteArray before = fingerprint();
        {
            StoreThread store(m_test->settings());
            auto opened = await(store.open());
            QVERIFY(!opened.has_value());
            QCOMPARE(opened.error().code, Error::Code::Schema);
            QVERIFY2(opened.error().message.contains(u"other tables"_s), qPrintable(opened.error().message));
        }
        QCOMPARE(fingerprint(), before);
        auto db = open();
        QVERIFY(db);
        QCOMPARE(tableNames(*db), QStringList {u"invoices"_s});
    }

    void unreadableVersionIsRefused()
    {
        auto db = open();
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db).has_value());
        QVERIFY(db->exec(u"UPDATE meta SET value = 'two' WHERE key = 'schema_version'"_s).has_value());
        auto r = Migrator::migrate(*db);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Schema);
    }

    // Several processes (the app, lejek-cli, a second lejekd) may open the same database
    // at once after an upgrade: every one of them opens it, and it is migrated once.
    void concurrentOpenersAllSucceed_data()
    {
        QTest::addColumn<int>("startVersion");
        QTest::newRow("empty database") << 0;
        QTest::newRow("version 1 database") << 1;
    }
    void concurrentOpenersAllSucceed()
    {
        QFETCH(int, startVersion);
        if (startVersion > 0) {
            auto db = open();
            QVERIFY(db);
            QVERIFY(Migrator::migrate(*db, startVersion).has_value());
        }
        std::vector<std::unique_ptr<StoreThread>> stores;
        QList<QFuture<Result<void>>> opening;
        for (int i = 0; i < 4; ++i) {
            stores.push_back(std::make_unique<StoreThread>(m_test->settings()));
            opening.append(stores.back()->open());
        }
        for (auto &f : opening) {
            const Result<void> r = await(f);
            QVERIFY2(r.has_value(), LEJEK_MESSAGE(r));
        }
        auto version = await(stores.front()->run([](Database &db) { return Migrator::currentVersion(db); }));
        QVERIFY(version.has_value());
        QCOMPARE(*version, Migrator::latestVersion());
    }

    void openingTwiceIsIdempotent()
    {
        for (int round = 0; round < 3; ++round) {
            StoreThread store(m_test->settings());
            auto opened = await(store.open());
            QVERIFY2(opened.has_value(), LEJEK_MESSAGE(opened));
            auto count = await(store.run([round](Database &db) -> Result<QStringList> {
                if (round == 0) {
                    if (auto r = db.exec(u"INSERT INTO teams (name) VALUES ('SDR')"_s); !r)
                        return std::unexpected(r.error());
                }
                // Migrating an up-to-date database again changes nothing either.
                if (auto r = Migrator::migrate(db); !r)
                    return std::unexpected(r.error());
                auto version = Migrator::currentVersion(db);
                auto metaRows = db.scalar(u"SELECT COUNT(*) FROM meta WHERE key = 'schema_version'"_s);
                auto teams = db.scalar(u"SELECT COUNT(*) FROM teams"_s);
                auto reasons = db.scalar(u"SELECT COUNT(*) FROM lost_reasons"_s);
                if (!version || !metaRows || !teams || !reasons)
                    return std::unexpected(Error::storage(u"query failed"_s));
                return QStringList {QString::number(*version), metaRows->toString(), teams->toString(), reasons->toString()};
            }));
            QVERIFY2(count.has_value(), LEJEK_MESSAGE(count));
            QCOMPARE(*count, (QStringList {QString::number(Migrator::latestVersion()), u"1"_s, u"1"_s, u"6"_s}));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
