// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoreThread: the store's own thread; jobs run there, one at a time, in order.
#include "Await.h"
#include "Migrator.h"
#include "StoreTest.h"
#include "StoreThread.h"

#include <QDir>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>

#include <numeric>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestStoreThread : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

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

    void jobsRunOnTheStoreThread()
    {
        StoreThread store(m_test->settings());
        QVERIFY(await(store.open()).has_value());
        QThread *caller = QThread::currentThread();
        auto where = await(store.run([](Database &) { return QThread::currentThread(); }));
        QVERIFY(where != nullptr);
        QVERIFY(where != caller);
        // Always the same thread: the one that owns the connection.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(await(store.run([](Database &) { return QThread::currentThread(); })), where);
    }

    void jobsRunInOrder()
    {
        StoreThread store(m_test->settings());
        QVERIFY(await(store.open()).has_value());
        QList<int> order; // only touched on the store thread until the last future is done
        QList<QFuture<Result<qint64>>> futures;
        for (int i = 0; i < 200; ++i) {
            futures.append(store.run([i, &order](Database &db) -> Result<qint64> {
                order.append(i);
                auto id
                    = db.scalar(u"INSERT INTO teams (name) VALUES (?) RETURNING id"_s, {u"team %1"_s.arg(i, 3, 10, QChar(u'0'))});
                if (!id)
                    return std::unexpected(id.error());
                return id->toLongLong();
            }));
        }
        qint64 previous = 0;
        for (auto &f : futures) {
            const Result<qint64> id = await(f);
            QVERIFY2(id.has_value(), LEJEK_MESSAGE(id));
            QVERIFY(*id > previous); // inserted in the order given
            previous = *id;
        }
        QList<int> expected(200);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(order, expected);
    }

    void jobBeforeOpenReportsNotOpen()
    {
        StoreThread store(m_test->settings());
        bool ran = false;
        auto r = await(store.run([&ran](Database &) -> Result<int> {
            ran = true;
            return 1;
        }));
        QVERIFY(!ran);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Storage);
        QVERIFY2(r.error().message.contains(u"not open"_s), qPrintable(r.error().message));
        // Opening afterwards works, and jobs then run.
        QVERIFY(await(store.open()).has_value());
        auto ok = await(store.run([](Database &) -> Result<int> { return 7; }));
        QVERIFY(ok.has_value());
        QCOMPARE(*ok, 7);
    }

    void failedOpenLeavesTheStoreClosed()
    {
        ConnectionSettings settings = m_test->settings();
        if (settings.isPostgres())
            settings.database = u"lejek_no_such_database_4711"_s;
        else
            settings.path = QDir::tempPath() + u"/lejek-no-such-folder-4711/x.sqlite"_s;
        StoreThread store(settings);
        auto opened = await(store.open());
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, Error::Code::Storage);
        auto r = await(store.run([](Database &) -> Result<int> { return 1; }));
        QVERIFY(!r.has_value());
        QVERIFY(r.error().message.contains(u"not open"_s));
        // ...and why, for whoever queued work without waiting for the open.
        QVERIFY2(r.error().message.endsWith(opened.error().message), qPrintable(r.error().message));
    }

    void openStopsAtTheGivenVersion()
    {
        StoreThread store(m_test->settings());
        QVERIFY(await(store.open(1)).has_value());
        auto version = await(store.run([](Database &db) { return Migrator::currentVersion(db); }));
        QVERIFY(version.has_value());
        QCOMPARE(*version, 1);
    }

    // A long read does not wait behind a write: while a job on the store thread holds a
    // write transaction open, read() answers on its own connection with what was
    // committed before, and it cannot write.
    void readsDoNotWaitBehindWrites()
    {
        QSemaphore writing, finish; // before the store: its destructor waits for the writer
        StoreThread store(m_test->settings());
        // Whatever fails below, the writer is let go before the store closes.
        const auto letGo = qScopeGuard([&finish] { finish.release(); });
        QVERIFY(await(store.open()).has_value());
        QThread *writerThread = await(store.run([](Database &) { return QThread::currentThread(); }));
        QVERIFY(await(store.run([](Database &db) { return db.scalar(u"INSERT INTO teams (name) VALUES ('North') RETURNING id"_s); }))
                    .has_value());
        auto writer = store.run([&](Database &db) -> Result<void> {
            Transaction tx(db);
            if (!tx.started())
                return std::unexpected(tx.started().error());
            if (auto r = db.exec(u"INSERT INTO teams (name) VALUES ('South')"_s); !r)
                return std::unexpected(r.error());
            writing.release();
            finish.acquire(); // the write stays open until the read below has answered
            return tx.commit();
        });
        QVERIFY(writing.tryAcquire(1, 10000));
        auto reading = store.read([](Database &db) -> Result<std::pair<QStringList, QThread *>> {
            auto q = db.exec(u"SELECT name FROM teams ORDER BY name"_s);
            if (!q)
                return std::unexpected(q.error());
            QStringList names;
            while ((*q)->next())
                names.append((*q)->value(0).toString());
            return std::pair{names, QThread::currentThread()};
        });
        // Queued behind the writer, it would never finish while the writer waits.
        QTRY_VERIFY_WITH_TIMEOUT(reading.isFinished(), 10000);
        const auto reader = reading.result();
        finish.release();
        QVERIFY2(reader.has_value(), LEJEK_MESSAGE(reader));
        QCOMPARE(reader->first, QStringList{u"North"_s});
        QVERIFY(reader->second != writerThread);
        QVERIFY2(await(writer).has_value(), "the write commits after the read");

        // Once committed, a new read sees it; and a read job cannot write.
        auto names = await(store.read([](Database &db) { return db.scalar(u"SELECT COUNT(*) FROM teams"_s); }));
        QVERIFY(names.has_value());
        QCOMPARE(names->toInt(), 2);
        auto refused = await(store.read([](Database &db) { return db.scalar(u"INSERT INTO teams (name) VALUES ('East') RETURNING id"_s); }));
        QVERIFY(!refused.has_value());
        QCOMPARE(await(store.run([](Database &db) { return db.scalar(u"SELECT COUNT(*) FROM teams"_s); }))->toInt(), 2);

        // PostgreSQL's readers keep their sorts and bitmaps in memory up to 32 MB; the
        // writer keeps the server's setting (whatever the server's is).
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        if (kind == TestDatabase::Kind::PostgreSQL) {
            const auto workMem = [](Database &db) { return db.scalar(u"SELECT current_setting('work_mem')"_s); };
            const auto asTheServer = [](Database &db) { return db.scalar(u"SELECT setting = reset_val FROM pg_settings WHERE name = 'work_mem'"_s); };
            QCOMPARE(await(store.read(workMem))->toString(), u"32MB"_s);
            QCOMPARE(await(store.run(asTheServer))->toBool(), true);
        }
    }

    // A read whose caller cancels it while it runs (a dashboard whose filter changed)
    // is stopped mid-statement: the next read in its lane answers at once, not after
    // minutes, and the cancelled one leaves no result.
    void aCancelledReadStopsMidStatement()
    {
        StoreThread store(m_test->settings());
        QVERIFY(await(store.open()).has_value());
        // Minutes of work if nothing stops it: two billion rows counted, or a sleep.
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        const QString endless = kind == TestDatabase::Kind::SQLite
                                    ? u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) SELECT COUNT(*) FROM c"_s
                                    : u"SELECT pg_sleep(300)"_s;
        // Each in a snapshot, as the reports read: the cancelled one's transaction ends.
        QSemaphore started;
        auto running = store.read([&started, endless](Database &db) -> Result<QVariant> {
            const ReadSnapshot snapshot(db);
            if (!snapshot.started())
                return std::unexpected(snapshot.started().error());
            started.release();
            return db.scalar(endless);
        });
        QVERIFY(started.tryAcquire(1, 10000));
        QThread::msleep(50); // into the statement
        running.cancel();
        auto next = store.read([](Database &db) -> Result<QVariant> {
            const ReadSnapshot snapshot(db);
            if (!snapshot.started())
                return std::unexpected(snapshot.started().error());
            return db.scalar(u"SELECT 42"_s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(next.isFinished(), 30000);
        QVERIFY(running.isFinished());
        QCOMPARE(running.resultCount(), 0);
        const auto answer = next.result();
        QVERIFY2(answer.has_value(), LEJEK_MESSAGE(answer));
        QCOMPARE(answer->toInt(), 42);
        // A read nobody cancels runs to its end.
        auto counted = await(store.read([](Database &db) {
            return db.scalar(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT COUNT(*) FROM c"_s);
        }));
        QVERIFY2(counted.has_value(), LEJEK_MESSAGE(counted));
        QCOMPARE(counted->toInt(), 300000);
    }

    // Destroying the store finishes every job already given to it, on an open
    // connection, before it closes.
    void destructionWaitsForQueuedJobs()
    {
        QSemaphore gate;
        QList<QFuture<Result<int>>> futures;
        QAtomicInteger<int> done = 0;
        {
            StoreThread store(m_test->settings());
            QVERIFY(await(store.open()).has_value());
            // The first job holds the thread until everything else is queued behind it.
            futures.append(store.run([&gate, &done](Database &) -> Result<int> {
                gate.acquire();
                done.fetchAndAddRelaxed(1);
                return 0;
            }));
            for (int i = 1; i <= 50; ++i) {
                futures.append(store.run([i, &done](Database &db) -> Result<int> {
                    auto one = db.scalar(u"SELECT ?"_s, {i});
                    if (!one)
                        return std::unexpected(one.error());
                    done.fetchAndAddRelaxed(1);
                    return one->toInt();
                }));
            }
            gate.release();
        }
        QCOMPARE(done.loadRelaxed(), 51);
        for (int i = 0; i < futures.size(); ++i) {
            QVERIFY(futures[i].isFinished());
            QCOMPARE(futures[i].resultCount(), 1);
            const Result<int> r = futures[i].result();
            QVERIFY2(r.has_value(), LEJEK_MESSAGE(r));
            QCOMPARE(*r, i);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreThread)
#include "tst_storethread.moc"
