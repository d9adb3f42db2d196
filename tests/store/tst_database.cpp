// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Database and Transaction on SQLite and on a real PostgreSQL server.
#include "Migrator.h"
#include "StoreTest.h"

#include <QDir>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private:
    StoreConnection m_store;

    qint64 teamCount()
    {
        auto n = m_store.db->scalar(u"SELECT COUNT(*) FROM teams"_s);
        return n ? n->toLongLong() : -1;
    }
    bool insertTeam(const QString &name) { return m_store.db->exec(u"INSERT INTO teams (name) VALUES (?)"_s, {name}).has_value(); }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_store.open();
        if (!m_store.db)
            return; // skipped or failed
        auto migrated = Migrator::migrate(*m_store.db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
    }

    void cleanup() { m_store.close(); }

    // SQLite: write-ahead log (readers never block the writer) and enforced foreign keys;
    // PostgreSQL: the session speaks UTC.
    void sessionIsSetUp()
    {
        if (isSqlite(*m_store.db)) {
            auto mode = m_store.db->scalar(u"PRAGMA journal_mode"_s);
            QVERIFY(mode.has_value());
            QCOMPARE(mode->toString().toLower(), u"wal"_s);
            auto fk = m_store.db->scalar(u"PRAGMA foreign_keys"_s);
            QVERIFY(fk.has_value());
            QCOMPARE(fk->toInt(), 1);
        } else {
            auto zone = m_store.db->scalar(u"SELECT current_setting('TimeZone')"_s);
            QVERIFY(zone.has_value());
            QCOMPARE(zone->toString(), u"UTC"_s);
        }
    }

    void transactionCommits()
    {
        {
            Transaction tx(*m_store.db);
            QVERIFY(tx.started().has_value());
            QVERIFY(m_store.db->inTransaction());
            QVERIFY(insertTeam(u"AE Enterprise"_s));
            QVERIFY(tx.commit().has_value());
        }
        QVERIFY(!m_store.db->inTransaction());
        QCOMPARE(teamCount(), 1);
    }

    void transactionRollsBackWithoutCommit()
    {
        {
            Transaction tx(*m_store.db);
            QVERIFY(tx.started().has_value());
            QVERIFY(insertTeam(u"AE Enterprise"_s));
            QVERIFY(insertTeam(u"AE Mid-Market PL"_s));
            QCOMPARE(teamCount(), 2); // visible inside
        }
        QVERIFY(!m_store.db->inTransaction());
        QCOMPARE(teamCount(), 0);
        // The connection is usable afterwards.
        QVERIFY(insertTeam(u"SDR"_s));
        QCOMPARE(teamCount(), 1);
    }

    // A repository's transaction inside a service's joins it: nothing commits until
    // the outer one does, and the outer one's rollback takes the inner work along.
    void nestedTransactionsJoinTheOuterOne()
    {
        {
            Transaction outer(*m_store.db);
            QVERIFY(insertTeam(u"A"_s));
            {
                Transaction inner(*m_store.db);
                QVERIFY(inner.started().has_value());
                QVERIFY(insertTeam(u"B"_s));
                QVERIFY(inner.commit().has_value());
            }
            QVERIFY(m_store.db->inTransaction());
            // Not yet committed: a second connection does not see it.
            auto other = openDatabase(m_store.test->settings());
            QVERIFY2(other.has_value(), LEJEK_MESSAGE(other));
            auto seen = (*other)->scalar(u"SELECT COUNT(*) FROM teams"_s);
            QVERIFY2(seen.has_value(), LEJEK_MESSAGE(seen));
            QCOMPARE(seen->toInt(), 0);
        }
        QCOMPARE(teamCount(), 0);
        {
            Transaction outer(*m_store.db);
            QVERIFY(insertTeam(u"A"_s));
            {
                Transaction inner(*m_store.db);
                QVERIFY(insertTeam(u"B"_s));
                QVERIFY(inner.commit().has_value());
            }
            QVERIFY(outer.commit().has_value());
        }
        QCOMPARE(teamCount(), 2);
    }

    // An inner unit that gives up fails the whole unit of work: the outer commit is
    // refused and nothing of the unit is kept, not even what it wrote afterwards.
    void failedInnerTransactionFailsTheUnit()
    {
        {
            Transaction outer(*m_store.db);
            QVERIFY(insertTeam(u"A"_s));
            {
                Transaction inner(*m_store.db);
                QVERIFY(insertTeam(u"B"_s));
                // no commit: the inner unit failed
            }
            insertTeam(u"C"_s); // the caller carries on regardless
            QVERIFY(!outer.commit().has_value());
        }
        QVERIFY(!m_store.db->inTransaction());
        auto names = m_store.db->exec(u"SELECT name FROM teams ORDER BY name"_s);
        QVERIFY(names.has_value());
        QStringList kept;
        while ((*names)->next())
            kept.append((*names)->value(0).toString());
        (*names)->finish();
        QVERIFY2(kept.isEmpty(), qPrintable(u"kept after a failed unit: "_s + kept.join(u", "_s)));
    }

    // A savepoint lets one part fail alone: it is undone, the rest of the unit commits,
    // even after a failing statement (which aborts a PostgreSQL transaction without it).
    void savepointUndoesOnlyItsOwnPart()
    {
        {
            Transaction outer(*m_store.db);
            QVERIFY(insertTeam(u"A"_s));
            {
                Savepoint part(*m_store.db);
                QVERIFY(part.started().has_value());
                QVERIFY(insertTeam(u"B"_s));
                QVERIFY(!insertTeam(u"A"_s)); // unique violation inside the part
            }
            {
                Savepoint part(*m_store.db);
                Transaction inner(*m_store.db); // a nested unit that gives up inside the part
                QVERIFY(insertTeam(u"C"_s));
            }
            {
                Savepoint part(*m_store.db);
                QVERIFY(insertTeam(u"D"_s));
                QVERIFY(part.release().has_value());
            }
            QVERIFY(outer.commit().has_value());
        }
        auto names = m_store.db->exec(u"SELECT name FROM teams ORDER BY name"_s);
        QVERIFY(names.has_value());
        QStringList kept;
        while ((*names)->next())
            kept.append((*names)->value(0).toString());
        (*names)->finish();
        QCOMPARE(kept, (QStringList{u"A"_s, u"D"_s}));
        Savepoint outside(*m_store.db);
        QVERIFY(!outside.started().has_value()); // only inside a transaction
    }

    void failingStatementIsAStorageError()
    {
        auto r = m_store.db->exec(u"SELECT * FROM no_such_table"_s);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Storage);
        // The database's own words are in the message.
        QVERIFY2(r.error().message.contains(u"no_such_table"_s), qPrintable(r.error().message));
        // A constraint the schema declares.
        QVERIFY(insertTeam(u"AE"_s));
        auto dup = m_store.db->exec(u"INSERT INTO teams (name) VALUES (?)"_s, {u"AE"_s});
        QVERIFY(!dup.has_value());
        QCOMPARE(dup.error().code, Error::Code::Storage);
        QVERIFY2(dup.error().message.contains(u"unique"_s, Qt::CaseInsensitive), qPrintable(dup.error().message));
        auto check = m_store.db->exec(u"INSERT INTO teams (name, assignment) VALUES (?, ?)"_s, {u"X"_s, u"random"_s});
        QVERIFY(!check.has_value());
        QCOMPARE(check.error().code, Error::Code::Storage);
        // The connection still works.
        QCOMPARE(teamCount(), 1);
    }

    void aWriteThatWaitsTooLongSaysWhy()
    {
        // SQLite has one writer at a time: a long all-or-nothing import keeps others
        // waiting, and one that waits out its busy timeout says what is going on.
        if (!isSqlite(*m_store.db))
            QSKIP("PostgreSQL writers wait on rows, not on the database");
        auto other = openDatabase(m_store.test->settings());
        QVERIFY2(other.has_value(), LEJEK_MESSAGE(other));
        QVERIFY((*other)->exec(u"PRAGMA busy_timeout = 100"_s).has_value());
        Transaction importing(*m_store.db);
        QVERIFY(importing.started().has_value());
        auto refused = (*other)->exec(u"INSERT INTO teams (name) VALUES (?)"_s, {u"Waiting"_s});
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(u"another program or import"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"locked"_s), qPrintable(refused.error().message)); // SQLite's words too
    }

    // Two schedulers claiming due work never take the same row: on PostgreSQL the second
    // skips what the first holds, while both transactions are open; on SQLite the second
    // cannot start its write until the first commits, and then sees its claims.
    void claimsNeverOverlap()
    {
        auto made = m_store.db->execScript(u"CREATE TABLE work_items (id INTEGER PRIMARY KEY, claimed_by TEXT)"_s);
        QVERIFY2(made.has_value(), LEJEK_MESSAGE(made));
        for (int i = 1; i <= 10; ++i)
            QVERIFY(m_store.db->exec(u"INSERT INTO work_items (id) VALUES (?)"_s, {i}).has_value());
        const QString due = u"SELECT id FROM work_items WHERE claimed_by IS NULL ORDER BY id LIMIT 4"_s + m_store.db->dialect().claimClause();
        const auto claim = [&](Database &db, const QString &who) -> QList<qint64> {
            auto q = db.exec(due);
            if (!q)
                return {-1};
            QList<qint64> ids;
            while ((*q)->next())
                ids.append((*q)->value(0).toLongLong());
            (*q)->finish();
            for (const qint64 id : ids)
                if (!db.exec(u"UPDATE work_items SET claimed_by = ? WHERE id = ?"_s, {who, id}))
                    return {-2};
            return ids;
        };
        auto other = openDatabase(m_store.test->settings());
        QVERIFY2(other.has_value(), LEJEK_MESSAGE(other));
        QList<qint64> first, second;
        {
            Transaction a(*m_store.db);
            QVERIFY(a.started().has_value());
            first = claim(*m_store.db, u"a"_s);
            if (!isSqlite(*m_store.db)) {
                Transaction b(**other);
                QVERIFY(b.started().has_value());
                second = claim(**other, u"b"_s); // while a still holds its rows
                QVERIFY(b.commit().has_value());
            }
            QVERIFY(a.commit().has_value());
        }
        if (isSqlite(*m_store.db)) {
            Transaction b(**other);
            QVERIFY(b.started().has_value());
            second = claim(**other, u"b"_s);
            QVERIFY(b.commit().has_value());
        }
        QCOMPARE(first, (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(second, (QList<qint64>{5, 6, 7, 8}));
        auto claimed = m_store.db->scalar(u"SELECT COUNT(*) FROM work_items WHERE claimed_by IS NOT NULL"_s);
        QVERIFY(claimed.has_value());
        QCOMPARE(claimed->toLongLong(), 8);
    }

    void foreignKeyViolationIsRefused()
    {
        auto r = m_store.db->exec(
            u"INSERT INTO users (name, team_id, created_at) VALUES (?, ?, ?)"_s, {u"Anna"_s, qlonglong(9999), qlonglong(0)});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Storage);
        QVERIFY2(r.error().message.contains(u"foreign key"_s, Qt::CaseInsensitive), qPrintable(r.error().message));
        auto n = m_store.db->scalar(u"SELECT COUNT(*) FROM users"_s);
        QVERIFY(n.has_value());
        QCOMPARE(n->toInt(), 0);
    }

    // Values travel as parameters, never spliced into the SQL text.
    void valuesAreBoundNotSpliced_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("drop table") << u"x'); DROP TABLE leads; --"_s;
        QTest::newRow("quotes") << u"O'Brien \"Ltd\" ''"_s;
        QTest::newRow("backslashes") << u"C:\\new\\table\\' \\\\"_s;
        QTest::newRow("placeholders") << u"? ?1 :name $1 %s"_s;
        QTest::newRow("polish and emoji") << u"Zażółć gęślą jaźń 🦆"_s;
        QTest::newRow("semicolons and comments") << u"a; b /* c */ -- d"_s;
    }
    void valuesAreBoundNotSpliced()
    {
        QFETCH(QString, value);
        auto id = m_store.db->scalar(u"INSERT INTO teams (name) VALUES (?) RETURNING id"_s, {value});
        QVERIFY2(id.has_value(), LEJEK_MESSAGE(id));
        auto back = m_store.db->scalar(u"SELECT name FROM teams WHERE id = ?"_s, {*id});
        QVERIFY(back.has_value());
        QCOMPARE(back->toString(), value);
        auto byName = m_store.db->scalar(u"SELECT COUNT(*) FROM teams WHERE name = ?"_s, {value});
        QVERIFY(byName.has_value());
        QCOMPARE(byName->toInt(), 1);
        QVERIFY(tableNames(*m_store.db).contains(u"leads"_s));
    }

    void preparedStatementsAreReused()
    {
        const QString sql = u"INSERT INTO teams (name) VALUES (?)"_s;
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_store.db->exec(sql, {u"team %1"_s.arg(i)}).has_value());
        QCOMPARE(teamCount(), 20);
        auto none = m_store.db->scalar(u"SELECT name FROM teams WHERE name = ?"_s, {u"nobody"_s});
        QVERIFY(none.has_value());
        QVERIFY(none->isNull());
    }

    void execScriptRunsEveryStatement()
    {
        auto r = m_store.db->execScript(u"-- a comment line\nCREATE TABLE scratch (a INTEGER);\nINSERT INTO scratch (a) VALUES (1);\n"
                                  "  -- another\nINSERT INTO scratch (a) VALUES (2);"_s);
        QVERIFY2(r.has_value(), LEJEK_MESSAGE(r));
        auto n = m_store.db->scalar(u"SELECT SUM(a) FROM scratch"_s);
        QCOMPARE(n->toInt(), 3);
        auto bad = m_store.db->execScript(u"INSERT INTO scratch (a) VALUES (3); INSERT INTO nowhere VALUES (1)"_s);
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, Error::Code::Storage);
    }

    void openReportsWhereItFailed()
    {
        ConnectionSettings settings;
        if (isSqlite(*m_store.db)) {
            settings.path = QDir::tempPath() + u"/lejek-no-such-folder-4711/lejek.sqlite"_s;
            auto r = openDatabase(settings);
            QVERIFY(!r.has_value());
            QCOMPARE(r.error().code, Error::Code::Storage);
            QVERIFY2(r.error().message.contains(u"lejek-no-such-folder-4711"_s), qPrintable(r.error().message));
        } else {
            settings = m_store.test->settings();
            settings.database = u"lejek_no_such_database_4711"_s;
            auto r = openDatabase(settings);
            QVERIFY(!r.has_value());
            QCOMPARE(r.error().code, Error::Code::Storage);
            QVERIFY2(r.error().message.contains(u"lejek_no_such_database_4711"_s), qPrintable(r.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_database.moc"
