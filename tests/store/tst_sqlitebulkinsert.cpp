// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteBulkInsert writes through SQLite's own API on Qt's connection: the rows must be
// exactly what Database::exec() would write, inside the same transaction, and a refusal
// must come back as an error with SQLite's reason. PostgreSQL gets no bulk insert.
#include "SqliteBulkInsert.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestSqliteBulkInsert : public QObject
{
    Q_OBJECT

private:
    StoreConnection m_store;

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_store.open();
        if (m_store.db)
            QVERIFY(m_store.db->execScript(u"CREATE TABLE t (id INTEGER PRIMARY KEY, n BIGINT NOT NULL, x DOUBLE PRECISION, s TEXT, b BOOLEAN)"_s));
    }

    void cleanup() { m_store.close(); }

    void writesWhatQtSqlWouldWrite()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        auto bulk = SqliteBulkInsert::prepare(*m_store.db, u"t"_s, {u"n"_s, u"x"_s, u"s"_s, u"b"_s});
        if (kind == TestDatabase::Kind::PostgreSQL) {
            QVERIFY(!bulk); // not SQLite: the caller uses Database::exec()
            return;
        }
        QVERIFY(bulk); // Debian's Qt runs on the system SQLite, as Lejek does
        const QString hostile = u"Zażółć'); DROP TABLE t; --\u00a0🙂"_s;
        Transaction tx(*m_store.db);
        auto first = bulk->insert({qint64(9007199254740993), 2.5, hostile, true});
        auto second = bulk->insert({-1, QVariant(QMetaType(QMetaType::Double)), QVariant(QMetaType(QMetaType::QString)), false});
        QVERIFY2(first && second, qPrintable(first ? (second ? QString() : second.error().message) : first.error().message));
        QCOMPARE(*second, *first + 1);
        QVERIFY(tx.commit());

        auto q = m_store.db->exec(u"SELECT id, n, x, s, b, typeof(x), typeof(s) FROM t ORDER BY id"_s);
        QVERIFY(q);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toLongLong(), *first);
        QCOMPARE((*q)->value(1).toLongLong(), qint64(9007199254740993)); // no trip through a double
        QCOMPARE((*q)->value(2).toDouble(), 2.5);
        QCOMPARE((*q)->value(3).toString(), hostile);
        QCOMPARE((*q)->value(4).toInt(), 1);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(1).toLongLong(), -1);
        QCOMPARE((*q)->value(5).toString(), u"null"_s);
        QCOMPARE((*q)->value(6).toString(), u"null"_s);
        QCOMPARE((*q)->value(4).toInt(), 0);
        (*q)->finish();
    }

    void aRefusedRowSaysWhyAndTheStatementStaysUsable()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        if (kind != TestDatabase::Kind::SQLite)
            QSKIP("SQLite only");
        auto bulk = SqliteBulkInsert::prepare(*m_store.db, u"t"_s, {u"n"_s, u"s"_s});
        QVERIFY(bulk);
        auto refused = bulk->insert({QVariant(QMetaType(QMetaType::LongLong)), u"no n"_s});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"NOT NULL constraint failed: t.n"_s), qPrintable(refused.error().message));
        auto after = bulk->insert({7, u"seven"_s});
        QVERIFY(after.has_value());
        QCOMPARE(m_store.db->scalar(u"SELECT COUNT(*) FROM t"_s)->toInt(), 1);
        // A table that does not exist: no bulk insert, Database::exec() says why.
        QVERIFY(!SqliteBulkInsert::prepare(*m_store.db, u"missing"_s, {u"n"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteBulkInsert)
#include "tst_sqlitebulkinsert.moc"
