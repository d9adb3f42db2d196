// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DryRunKeyRepository keeps a dry run's duplicate keys between its rolled-back batches:
// the first line of each key wins, hostile text comes back as it went, the table lives
// on disk while a run is open (SQLite keeps temporary tables in memory otherwise) and
// nothing of a run survives its close().
#include "DryRunKeyRepository.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestDryRunKeyRepository : public QObject
{
    Q_OBJECT

private:
    StoreConnection m_store;

    qint64 tempStore()
    {
        auto v = m_store.db->scalar(u"PRAGMA temp_store"_s);
        return v ? v->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init() { m_store.open(); }

    void cleanup() { m_store.close(); }

    void keepsTheFirstLineOfEachKeyUntilTheRunCloses()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        const bool sqlite = kind == TestDatabase::Kind::SQLite;
        DryRunKeyRepository keys(*m_store.db);
        if (sqlite)
            QCOMPARE(tempStore(), 2); // the session's default: in memory
        QVERIFY(keys.open(true));
        if (sqlite)
            QCOMPARE(tempStore(), 1); // a run's keys: on disk

        const QStringList hostile{u"a\"b\\c,{d}"_s, u"'; DROP TABLE leads; --"_s, u"NULL"_s, u"Zażółć 🙂"_s, u"\\N"_s};
        QList<DryRunKeyRepository::Key> first;
        for (qsizetype i = 0; i < hostile.size(); ++i)
            first.append({0, hostile[i], int(i) + 2});
        first.append({1, u"jan@firma.pl"_s, 9});
        first.append({1, u"jan@firma.pl"_s, 7}); // the same key, earlier line, same batch
        QVERIFY(keys.add(first));
        QVERIFY(keys.add({{1, u"jan@firma.pl"_s, 3}})); // a later call cannot take it over...
        QVERIFY(keys.add({{2, u"5260001246"_s, 40}}));

        auto ids = keys.lines(0, hostile + QStringList{u"absent"_s});
        QVERIFY2(ids.has_value(), qPrintable(ids ? QString() : ids.error().message));
        QCOMPARE(ids->size(), hostile.size());
        for (qsizetype i = 0; i < hostile.size(); ++i)
            QCOMPARE(ids->value(hostile[i]), int(i) + 2);
        auto emails = keys.lines(1, {u"jan@firma.pl"_s});
        QVERIFY(emails.has_value());
        QCOMPARE(emails->value(u"jan@firma.pl"_s), 7); // ...as batches come in file order
        // Kinds are apart: an e-mail is not found as a NIP.
        auto nips = keys.lines(2, {u"jan@firma.pl"_s, u"5260001246"_s});
        QVERIFY(nips.has_value());
        QCOMPARE(*nips, (QHash<QString, int>{{u"5260001246"_s, 40}}));
        // More values than one look-up statement takes.
        QList<DryRunKeyRepository::Key> many;
        QStringList manyValues;
        for (int i = 0; i < 700; ++i) {
            many.append({1, u"k%1@x.pl"_s.arg(i), 100 + i});
            manyValues.append(u"k%1@x.pl"_s.arg(i));
        }
        QVERIFY(keys.add(many));
        auto found = keys.lines(1, manyValues);
        QVERIFY(found.has_value());
        QCOMPARE(found->size(), 700);
        QCOMPARE(found->value(u"k699@x.pl"_s), 799);

        QVERIFY(keys.close());
        if (sqlite)
            QCOMPARE(tempStore(), 2);
        QVERIFY(keys.open(false)); // a batch that claims to continue finds nothing left
        auto after = keys.lines(0, hostile);
        QVERIFY(after.has_value());
        QVERIFY(after->isEmpty());
        // A new run starts empty too.
        QVERIFY(keys.add({{0, u"x"_s, 2}}));
        QVERIFY(keys.open(true));
        auto fresh = keys.lines(0, {u"x"_s});
        QVERIFY(fresh.has_value() && fresh->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDryRunKeyRepository)
#include "tst_dryrunkeyrepository.moc"
