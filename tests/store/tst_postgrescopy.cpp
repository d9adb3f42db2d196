// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresCopy streams rows with COPY through libpq on Qt's connection: every value must
// arrive exactly as Database::exec() would have written it, whatever characters it
// holds, inside the caller's transaction; a refused row fails with the server's reason.
#include "PostgresCopy.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestPostgresCopy : public QObject
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
            QVERIFY(m_store.db->execScript(u"CREATE TABLE t (id BIGINT PRIMARY KEY, n BIGINT NOT NULL, x DOUBLE PRECISION, s TEXT, b BOOLEAN)"_s));
    }

    void cleanup() { m_store.close(); }

    void valuesAreWrittenInCopysTextFormat()
    {
        QByteArray line;
        for (const QVariant &v : {QVariant(qint64(-42)), QVariant(QMetaType(QMetaType::QString)), QVariant(true), QVariant(0.1),
                                  QVariant(u"a\\b\tc\nd\re \\N"_s)}) {
            PostgresCopy::appendValue(line, v);
            line += '|';
        }
        QCOMPARE(line, QByteArray("-42|\\N|t|0.10000000000000001|a\\\\b\\tc\\nd\\re \\\\N|"));
    }

    void writesEveryCharacterAsGiven()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        if (kind != TestDatabase::Kind::PostgreSQL) {
            QVERIFY(!PostgresCopy::available(*m_store.db)); // SQLite: the caller uses Database::exec()
            return;
        }
        QVERIFY(PostgresCopy::available(*m_store.db));
        const QString hostile = u"Zażółć\t'); DROP TABLE t; --\n\\N \\. \r\"x\" \u00a0🙂"_s;
        Transaction tx(*m_store.db);
        QList<QVariantList> rows;
        rows.append({1, qint64(9007199254740993), 2.5, hostile, true});
        rows.append({2, -1, QVariant(QMetaType(QMetaType::Double)), QVariant(QMetaType(QMetaType::QString)), false});
        rows.append({3, 0, 0.0, u""_s, QVariant(QMetaType(QMetaType::Bool))});
        auto written = PostgresCopy::write(*m_store.db, u"t"_s, {u"id"_s, u"n"_s, u"x"_s, u"s"_s, u"b"_s}, rows.size(),
                                           [&](qsizetype i) { return rows[i]; });
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        // The same connection and transaction goes on with Qt SQL.
        QCOMPARE(m_store.db->scalar(u"SELECT COUNT(*) FROM t"_s)->toInt(), 3);
        QVERIFY(tx.commit());

        auto q = m_store.db->exec(u"SELECT n, x, s, b, s IS NULL, x IS NULL, b IS NULL FROM t ORDER BY id"_s);
        QVERIFY(q);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toLongLong(), qint64(9007199254740993));
        QCOMPARE((*q)->value(1).toDouble(), 2.5);
        QCOMPARE((*q)->value(2).toString(), hostile);
        QCOMPARE((*q)->value(3).toBool(), true);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(0).toLongLong(), -1);
        QVERIFY((*q)->value(4).toBool());
        QVERIFY((*q)->value(5).toBool());
        QCOMPARE((*q)->value(3).toBool(), false);
        QVERIFY((*q)->next());
        QCOMPARE((*q)->value(2).toString(), QString()); // empty, not null
        QVERIFY(!(*q)->value(4).toBool());
        QVERIFY((*q)->value(6).toBool());
        (*q)->finish();
    }

    void aRefusedRowFailsTheCopyWithTheServersReason()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        if (kind != TestDatabase::Kind::PostgreSQL)
            QSKIP("PostgreSQL only");
        {
            Transaction tx(*m_store.db);
            QList<QVariantList> rows{{1, 1, 0.0, u"ok"_s, true}, {1, 2, 0.0, u"same id"_s, true}};
            auto refused = PostgresCopy::write(*m_store.db, u"t"_s, {u"id"_s, u"n"_s, u"x"_s, u"s"_s, u"b"_s}, rows.size(),
                                               [&](qsizetype i) { return rows[i]; });
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"duplicate key"_s), qPrintable(refused.error().message));
        } // rolled back
        QCOMPARE(m_store.db->scalar(u"SELECT COUNT(*) FROM t"_s)->toInt(), 0);
        auto after = PostgresCopy::write(*m_store.db, u"t"_s, {u"id"_s, u"n"_s}, 1, [](qsizetype) { return QVariantList{5, 5}; });
        QVERIFY(after.has_value());
        QCOMPARE(m_store.db->scalar(u"SELECT COUNT(*) FROM t"_s)->toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostgresCopy)
#include "tst_postgrescopy.moc"
