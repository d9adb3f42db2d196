// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations 009 and 010 on SQLite and PostgreSQL: every existing lead gets its company
// web domain (the website's host, else a company e-mail's domain, never a free-mail one),
// which duplicate checks match on, and no lead is merged; every won lead written without
// its customer gets it, one customer per company.
#include "Migrator.h"
#include "OldSchemaRows.h"
#include "StoreTest.h"

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestWebDomainMigration : public QObject
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

    void existingLeadsGetTheirWebDomain()
    {
        auto db = openOrWarn(m_test->settings());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db, 8).has_value());
        QVERIFY(writeOldRows(*db).has_value());
        const QVariant t = oldRowsAt(0).toMSecsSinceEpoch();
        const QList<std::tuple<int, QVariant, QVariant>> leads{
            {2, u"https://www.Okna.pl/kontakt"_s, u"anna@okna-serwis.pl"_s}, // the website wins
            {3, QVariant(QMetaType(QMetaType::QString)), u"jan@Huta.com.pl"_s},
            {4, QVariant(QMetaType(QMetaType::QString)), u"jan.kowalski@gmail.com"_s}, // free mail: none
            {5, u"nie-strona"_s, QVariant(QMetaType(QMetaType::QString))}};
        for (const auto &[id, website, email] : leads)
            QVERIFY(db->exec(u"INSERT INTO leads (id, pipeline_id, stage_id, version, company, website, email, currency, created_at, "
                             "updated_at, stage_entered_at, last_activity_at, search_text) "
                             "VALUES (?, 1, 1, 3, 'Firma', ?, ?, 'PLN', ?, ?, ?, ?, 'firma')"_s,
                             {id, website, email, t, t, t, t})
                        .has_value());

        auto migrated = Migrator::migrate(*db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        auto domains = db->exec(u"SELECT id, web_domain, merged_into, version FROM leads WHERE id BETWEEN 2 AND 5 ORDER BY id"_s);
        QVERIFY(domains.has_value());
        QStringList rows;
        while ((*domains)->next())
            rows.append(u"%1|%2|%3|%4"_s.arg((*domains)->value(0).toString(),
                                             (*domains)->value(1).isNull() ? u"-"_s : (*domains)->value(1).toString(),
                                             (*domains)->value(2).isNull() ? u"-"_s : (*domains)->value(2).toString(),
                                             (*domains)->value(3).toString()));
        (*domains)->finish();
        // A domain is derived, not an edit: versions stay.
        QCOMPARE(rows, (QStringList{u"2|okna.pl|-|3"_s, u"3|huta.com.pl|-|3"_s, u"4|-|-|3"_s, u"5|-|-|3"_s}));
    }

    void wonLeadsGetTheirCustomer()
    {
        auto db = openOrWarn(m_test->settings());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db, 9).has_value());
        QVERIFY(writeOldRows(*db).has_value());
        auto won = db->scalar(u"SELECT id FROM stages WHERE pipeline_id = 1 AND kind = 'won' ORDER BY position LIMIT 1"_s);
        QVERIFY(won.has_value() && !won->isNull());
        const qint64 t = oldRowsAt(0).toMSecsSinceEpoch();
        const QList<std::tuple<int, QString, QVariant, qint64>> leads{
            {2, u"Huta Łabędy"_s, u"5260001246"_s, t}, {3, u"Huta Łabędy S.A."_s, u"5260001246"_s, t + 1000}, {4, u"Okna"_s, QVariant(QMetaType(QMetaType::QString)), t}};
        for (const auto &[id, company, nip, closed] : leads)
            QVERIFY(db->exec(u"INSERT INTO leads (id, pipeline_id, stage_id, version, company, nip, currency, created_at, updated_at, "
                             "stage_entered_at, last_activity_at, closed_at, search_text) VALUES (?, 1, ?, 2, ?, ?, 'PLN', ?, ?, ?, ?, ?, 'x')"_s,
                             {id, *won, company, nip, t, t, t, t, closed})
                        .has_value());
        auto migrated = Migrator::migrate(*db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        const auto customerOf = [&](int id) { return db->scalar(u"SELECT customer_id FROM leads WHERE id = ?"_s, {id})->toLongLong(); };
        QVERIFY(customerOf(2) > 0);
        QCOMPARE(customerOf(3), customerOf(2)); // the same NIP: one customer
        QVERIFY(customerOf(4) > 0 && customerOf(4) != customerOf(2));
        QCOMPARE(db->scalar(u"SELECT first_lead_id FROM customers WHERE id = ?"_s, {customerOf(2)})->toLongLong(), 2);
        QCOMPARE(db->scalar(u"SELECT company FROM customers WHERE id = ?"_s, {customerOf(4)})->toString(), u"Okna"_s);
        QCOMPARE(db->scalar(u"SELECT version FROM leads WHERE id = 3"_s)->toInt(), 2); // derived, not an edit
    }
};

QTEST_GUILESS_MAIN(TestWebDomainMigration)
#include "tst_webdomainmigration.moc"
