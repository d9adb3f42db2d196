// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 007 on SQLite and PostgreSQL: existing leads' phones are rewritten in E.164
// by libphonenumber, each change kept as a field edit; a phone it cannot read stays as
// it was, and its lead's timeline says so. Searches find the rewritten numbers.
#include "Migrator.h"
#include "OldSchemaRows.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestPhoneMigration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

    static QString phoneOf(Database &db, qint64 id) { return db.scalar(u"SELECT phone FROM leads WHERE id = ?"_s, {id})->toString(); }

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

    void phonesAreRewrittenInE164OrReported()
    {
        auto db = openOrWarn(m_test->settings());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db, 6).has_value());
        QVERIFY(writeOldRows(*db).has_value());
        const QVariant t = oldRowsAt(0).toMSecsSinceEpoch();
        const QList<std::pair<int, QString>> phones{
            {2, u"601 234 567"_s}, {3, u"(22) 123-45-67"_s}, {4, u"+48601234568"_s}, {5, u"call me maybe"_s}, {6, u"0049 30 1234567"_s}};
        for (const auto &[id, phone] : phones)
            QVERIFY(db->exec(u"INSERT INTO leads (id, pipeline_id, stage_id, version, company, phone, currency, created_at, updated_at, "
                             "stage_entered_at, last_activity_at, search_text) VALUES (?, 1, 1, 4, 'Firma', ?, 'PLN', ?, ?, ?, ?, 'firma')"_s,
                             {id, phone, t, t, t, t})
                        .has_value());

        auto migrated = Migrator::migrate(*db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        QCOMPARE(phoneOf(*db, 2), u"+48601234567"_s);
        QCOMPARE(phoneOf(*db, 3), u"+48221234567"_s);
        QCOMPARE(phoneOf(*db, 4), u"+48601234568"_s); // already E.164: untouched
        QCOMPARE(phoneOf(*db, 5), u"call me maybe"_s); // unreadable: kept
        QCOMPARE(phoneOf(*db, 6), u"+49301234567"_s);

        auto edits = db->exec(u"SELECT lead_id, kind, old_value, new_value, rule, lead_version FROM activities "
                              "WHERE field = 'phone' ORDER BY lead_id"_s);
        QVERIFY(edits.has_value());
        QStringList rows;
        while ((*edits)->next()) {
            const QSqlQuery &r = **edits;
            rows.append(QStringList{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                    r.value(4).toString(), r.value(5).isNull() ? u"-"_s : r.value(5).toString()}
                            .join(u'|'));
        }
        (*edits)->finish();
        QCOMPARE(rows, (QStringList{u"2|field_edit|601 234 567|+48601234567|schema 7|-"_s,
                                    u"3|field_edit|(22) 123-45-67|+48221234567|schema 7|-"_s,
                                    u"5|data_note|call me maybe||schema 7|-"_s,
                                    u"6|field_edit|0049 30 1234567|+49301234567|schema 7|-"_s}));
        // The versions stay: a normalised number is not someone's edit to conflict with.
        QCOMPARE(db->scalar(u"SELECT version FROM leads WHERE id = 2"_s)->toInt(), 4);
        // The search text follows the number.
        QVERIFY(db->scalar(u"SELECT search_text FROM leads WHERE id = 2"_s)->toString().contains(u"+48601234567"_s));
    }
};

QTEST_GUILESS_MAIN(TestPhoneMigration)
#include "tst_phonemigration.moc"
