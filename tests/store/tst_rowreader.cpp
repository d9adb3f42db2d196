// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RowReader reads big results through the client library (SQLite's own statement,
// libpq's rows): every kind of value must come back as Database::exec() gives it, on
// both databases, in the statement's order, inside the caller's snapshot; and a refused
// or interrupted statement must be an error, not a short result.
#include "JobCanceller.h"
#include "NativeHandle.h"
#include "PostgresRows.h"
#include "RowReader.h"
#include "SqlValue.h"
#include "SqliteStatement.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestRowReader : public QObject
{
    Q_OBJECT

private:
    StoreConnection m_store;
    const QString m_hostile = u"Zażółć'); DROP TABLE t; --\u00a0🙂"_s;

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_store.open();
        if (!m_store.db)
            return;
        QVERIFY(m_store.db->execScript(u"CREATE TABLE t (id INTEGER PRIMARY KEY, n BIGINT, x DOUBLE PRECISION, s TEXT)"_s));
        QVERIFY(m_store.db->exec(u"INSERT INTO t (id, n, x, s) VALUES (1, 9007199254740993, 2.5, ?), (2, NULL, NULL, NULL), (3, -1, 0.25, '')"_s,
                                 {m_hostile}));
    }

    void cleanup() { m_store.close(); }

    void readsEveryValueAsQtSqlWould()
    {
        struct Row {
            bool nNull;
            qint64 n;
            QDateTime at;
            QString s;
            QVariant x;
        };
        QList<Row> rows;
        auto read = RowReader::each(*m_store.db, u"SELECT n, n AS at, s, x FROM t WHERE id >= ? ORDER BY id DESC"_s, {qint64(1)},
                                    [&rows](const RowReader &r) { rows.append({r.isNull(0), r.integer(0), r.time(1), r.text(2), r.value(3)}); });
        QVERIFY2(read, LEJEK_MESSAGE(read));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].n, qint64(9007199254740993)); // no trip through a double
        QCOMPARE(rows[2].at, SqlValue::toTime(qint64(9007199254740993)));
        QCOMPARE(rows[2].s, m_hostile);
        QCOMPARE(rows[2].x.toDouble(), 2.5);
        QVERIFY(!rows[2].nNull);
        QVERIFY(rows[1].nNull);
        QCOMPARE(rows[1].n, 0);
        QVERIFY(!rows[1].at.isValid());
        QVERIFY(rows[1].s.isNull());
        QVERIFY(rows[1].x.isNull());
        QCOMPARE(rows[0].n, -1);
        QVERIFY(!rows[0].s.isNull()); // '' is not NULL
        QVERIFY(rows[0].s.isEmpty());
        QCOMPARE(rows[0].x.toDouble(), 0.25);
    }

    void readsThroughTheClientLibrary()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        // RowReader takes the native statement or libpq's rows (else it is Qt's query
        // again, and the figures in bench/dashboard.md say why that matters).
        QCOMPARE(SqliteStatement::prepare(*m_store.db, u"SELECT n FROM t"_s) != nullptr, kind == TestDatabase::Kind::SQLite);
        QCOMPARE(NativeHandle::postgres(*m_store.db) != nullptr, kind == TestDatabase::Kind::PostgreSQL);
    }

    void readsSumsAndTruthsAsNumbers()
    {
        // PostgreSQL sums BIGINTs as NUMERIC and compares to a boolean; SQLite to
        // integers. Either way value() is a number, as the tallies read it.
        QVariantList row;
        auto read = RowReader::each(*m_store.db,
            u"SELECT SUM(n), SUM(x), COUNT(*), n > 0, CAST(? AS BIGINT) FROM t WHERE n IS NOT NULL GROUP BY n > 0 ORDER BY 4 DESC"_s,
            {qint64(-7)}, [&row](const RowReader &r) {
                if (row.isEmpty())
                    row = {r.value(0), r.value(1), r.value(2), r.value(3), r.value(4)};
            });
        QVERIFY2(read, LEJEK_MESSAGE(read));
        QCOMPARE(row.value(0).toLongLong(), 9007199254740993LL);
        QVERIFY(row.value(0).typeId() != QMetaType::Double); // an integer, not rounded through a double
        QCOMPARE(row.value(1).toDouble(), 2.5);
        QCOMPARE(row.value(2).toLongLong(), 1);
        QCOMPARE(row.value(3).toLongLong(), 1);
        QCOMPARE(row.value(3).typeId(), QMetaType::LongLong); // a truth an integer, not a bool
        QCOMPARE(row.value(4).toLongLong(), -7);
    }

    void valuesAsPostgresqlReadsThem()
    {
        // As Qt's driver sends them: null strings, dates and times are NULL, an empty
        // string is not; numbers in their shortest form, NaN and infinity by name.
        QVERIFY(PostgresRows::text(QString()).isNull());
        QVERIFY(PostgresRows::text(QDateTime()).isNull());
        QVERIFY(PostgresRows::text(QVariant()).isNull());
        QCOMPARE(PostgresRows::text(u""_s), QByteArray(""));
        QVERIFY(!PostgresRows::text(u""_s).isNull());
        QCOMPARE(PostgresRows::text(0.1), QByteArray("0.1"));
        QCOMPARE(PostgresRows::text(qQNaN()), QByteArray("NaN"));
        QCOMPARE(PostgresRows::text(-qInf()), QByteArray("-Infinity"));
        QCOMPARE(PostgresRows::text(true), QByteArray("true"));
        QCOMPARE(PostgresRows::text(9007199254740993LL), QByteArray("9007199254740993"));
        QCOMPARE(PostgresRows::text(u"Zażółć"_s), u"Zażółć"_s.toUtf8());
    }

    void aQuestionMarkInQuotesIsText()
    {
        QCOMPARE(PostgresRows::numbered(u"SELECT '?', \"a?\", ? FROM t WHERE s <> 'it''s ?' AND n = ?"_s),
            QByteArray("SELECT '?', \"a?\", $1 FROM t WHERE s <> 'it''s ?' AND n = $2"));
        QStringList texts;
        auto read = RowReader::each(*m_store.db, u"SELECT s FROM t WHERE s <> '?' AND id = ?"_s, {qint64(1)},
            [&texts](const RowReader &r) { texts.append(r.text(0)); });
        QVERIFY2(read, LEJEK_MESSAGE(read));
        QCOMPARE(texts, QStringList{m_hostile});
    }

    void readsAfterARowsLeftUnread()
    {
        // Qt's driver leaves a forward-only query's end unread until its next query:
        // RowReader reads after it, and Qt's next query after RowReader's.
        auto q = m_store.db->exec(u"SELECT id FROM t ORDER BY id"_s);
        QVERIFY2(q, LEJEK_MESSAGE(q));
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toLongLong(), 1);
        QList<qint64> ids;
        auto read = RowReader::each(*m_store.db, u"SELECT id FROM t WHERE id > ? ORDER BY id"_s, {qint64(1)},
            [&ids](const RowReader &r) { ids.append(r.integer(0)); });
        QVERIFY2(read, LEJEK_MESSAGE(read));
        QCOMPARE(ids, (QList<qint64>{2, 3}));
        auto count = m_store.db->scalar(u"SELECT COUNT(*) FROM t"_s);
        QVERIFY2(count, LEJEK_MESSAGE(count));
        QCOMPARE(count->toInt(), 3);
    }

    void bindsAsQtSqlBinds()
    {
        // Text, a null string (NULL, not ''), an empty one and a number, each compared
        // with what Database::exec() finds for the same values.
        const QString sql = u"SELECT id FROM t WHERE s = ? OR (s IS NULL AND CAST(? AS TEXT) IS NULL) OR s = ? OR n = ? ORDER BY id"_s;
        for (const QVariantList &values : {QVariantList{m_hostile, u"x"_s, u"y"_s, qint64(0)}, QVariantList{u"x"_s, QString(), u"y"_s, qint64(0)},
                                           QVariantList{u"x"_s, u"y"_s, u""_s, qint64(-1)}, QVariantList{u"x"_s, u"y"_s, u"z"_s, 9007199254740993LL}}) {
            QList<qint64> mine;
            auto read = RowReader::each(*m_store.db, sql, values, [&mine](const RowReader &r) { mine.append(r.integer(0)); });
            QVERIFY2(read, LEJEK_MESSAGE(read));
            auto qt = m_store.db->ids(sql, values);
            QVERIFY2(qt, LEJEK_MESSAGE(qt));
            QCOMPARE(mine, *qt);
            QCOMPARE(mine.size(), 1);
        }
        // Too few values are refused: no NULLs made up for the rest, as Qt's query makes
        // them (a miscounted statement would read wrong figures, not fail).
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        auto refused = RowReader::each(*m_store.db, sql, {u"x"_s}, [](const RowReader &) {});
        QVERIFY(!refused);
        const QString why = kind == TestDatabase::Kind::SQLite ? u"1 values for 4 parameters"_s : u"requires 4"_s;
        QVERIFY2(refused.error().message.contains(why), qPrintable(refused.error().message));
    }

    void readsInsideTheCallersTransaction()
    {
        Transaction tx(*m_store.db);
        QVERIFY(m_store.db->exec(u"INSERT INTO t (id, n) VALUES (4, 44)"_s));
        QList<qint64> ns;
        QVERIFY(RowReader::each(*m_store.db, u"SELECT n FROM t WHERE id = 4"_s, {}, [&ns](const RowReader &r) { ns.append(r.integer(0)); }));
        QCOMPARE(ns, QList<qint64>{44}); // the uncommitted row: the same transaction
    }

    void aRefusedStatementIsAnError()
    {
        int rows = 0;
        auto read = RowReader::each(*m_store.db, u"SELECT nope FROM t"_s, {}, [&rows](const RowReader &) { ++rows; });
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"nope"_s), qPrintable(read.error().message));
        QCOMPARE(rows, 0);
    }

    void anInterruptedReadIsAnError()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        const bool sqlite = kind == TestDatabase::Kind::SQLite;
        // Interrupted after its first rows, as JobCanceller stops a replaced report.
        const JobCanceller::Interrupt interrupt = JobCanceller::interrupterOf(*m_store.db);
        QVERIFY(interrupt);
        int rows = 0;
        const QString series = sqlite
            ? u"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100000000) SELECT i FROM c"_s
            : u"SELECT generate_series(1, 100000000) AS i"_s; // streamed, one value a call
        auto read = RowReader::each(*m_store.db, series, {}, [&rows, &interrupt](const RowReader &) {
            if (++rows == 1000)
                interrupt();
        });
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(sqlite ? u"interrupt"_s : u"cancel"_s), qPrintable(read.error().message));
        QVERIFY(rows < 100000000);
        // The connection reads on.
        auto count = m_store.db->scalar(u"SELECT COUNT(*) FROM t"_s);
        QVERIFY(count);
        QCOMPARE(count->toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
