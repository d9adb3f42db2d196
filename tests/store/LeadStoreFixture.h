// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What LeadRepository's tests share, on SQLite and PostgreSQL (StoreTest.h): a migrated
// store with the B2B funnel and the lead handoff pipeline, two teams (Anna and Piotr in
// one, Ewa alone in the other) and leads put straight into a stage.
#include "LeadRepository.h"
#include "Migrator.h"
#include "PipelineRepository.h"
#include "PipelineTemplate.h"
#include "StoreTest.h"
#include "UserRepository.h"

#include <QSet>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

inline const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

inline QList<qint64> ids(const QList<Lead> &leads)
{
    QList<qint64> out;
    for (const Lead &l : leads)
        out.append(l.id);
    return out;
}

class LeadStoreFixture
{
protected:
    StoreConnection m_store;
    Pipeline m_pipeline; // B2B funnel
    Pipeline m_other; // Lead handoff
    qint64 m_anna = 0;
    qint64 m_piotr = 0;
    qint64 m_team = 0; // Anna and Piotr
    qint64 m_otherTeam = 0; // Ewa, who owns no lead
    QHash<QString, qint64> m_named; // test's name -> lead id

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }

    qint64 insert(const Pipeline &pipeline, const Stage &stage, QVariantMap values, int activityDaysAgo = 0,
        int enteredDaysAgo = 0, qint64 owner = 0)
    {
        Lead lead;
        lead.pipelineId = pipeline.id;
        lead.stageId = stage.id;
        lead.ownerId = owner;
        lead.version = 1;
        lead.values = std::move(values);
        lead.createdAt = kNow.addDays(-30);
        lead.updatedAt = kNow;
        lead.stageEnteredAt = kNow.addDays(-enteredDaysAgo);
        lead.lastActivityAt = kNow.addDays(-activityDaysAgo);
        auto id = LeadRepository(*m_store.db).insert(pipeline, lead);
        if (!id) {
            qWarning() << id.error().message;
            return 0;
        }
        return *id;
    }

    Result<StagePage> page(const PageRequest &request) { return LeadRepository(*m_store.db).page(m_pipeline, request, kNow); }

    // The leads the filter tests look for, all in Qualification (rots after 14 days).
    void insertFilterLeads()
    {
        const Stage &q = stage(u"Qualification"_s);
        m_named[u"fabryka"_s] = insert(m_pipeline, q,
            {{u"company"_s, u"Fabryka Okien"_s}, {u"first_name"_s, u"Jan"_s}, {u"last_name"_s, u"Kowalski"_s},
                {u"email"_s, u"jan@fabryka.pl"_s}, {u"nip"_s, u"5260001246"_s}, {u"phone"_s, u"+48600123456"_s},
                {u"source"_s, u"webinar"_s}, {u"campaign"_s, u"spring"_s}, {u"score"_s, qlonglong(80)},
                {u"value"_s, qlonglong(1000000)}},
            20, 20, m_anna);
        m_named[u"rabat"_s] = insert(m_pipeline, q,
            {{u"company"_s, u"Rabat 50% Sp."_s}, {u"last_name"_s, u"O'Brien"_s}, {u"email"_s, u"biuro@rabat.pl"_s},
                {u"source"_s, u"ads"_s}, {u"value"_s, qlonglong(33300)},
                {u"campaign"_s, u"spring"_s}, {u"score"_s, qlonglong(40)}},
            2, 2, m_piotr);
        m_named[u"firma500"_s] = insert(m_pipeline, q,
            {{u"company"_s, u"Firma 500"_s}, {u"first_name"_s, u"Anna"_s}, {u"email"_s, u"anna_k@firma500.pl"_s},
                {u"source"_s, u"webinar"_s}, {u"campaign"_s, u"autumn"_s}, {u"score"_s, qlonglong(10)}},
            15, 15);
        m_named[u"acme"_s] = insert(m_pipeline, q,
            {{u"company"_s, u"ACME_PL"_s}, {u"email"_s, u"x@acme.pl"_s}, {u"nip"_s, u"7740001454"_s},
                {u"phone"_s, u"221234567"_s}, {u"source"_s, u"referral"_s}, {u"score"_s, qlonglong(70)},
                {u"value"_s, qlonglong(250000)}},
            13, 13, m_anna);
        // Matches many filters, but sits in another stage or another pipeline.
        insert(m_pipeline, stage(u"MQL"_s),
            {{u"company"_s, u"Fabryka Drzwi"_s}, {u"source"_s, u"webinar"_s}, {u"score"_s, qlonglong(90)}}, 40, 40, m_anna);
        insert(m_other, m_other.stages[1], {{u"company"_s, u"Fabryka Okien"_s}, {u"source"_s, u"webinar"_s}}, 40, 40, m_anna);
        // Rotting per stage: New leads rots after 7 days, Follow-up after 90, Won never.
        m_named[u"new idle"_s] = insert(m_pipeline, stage(u"New leads"_s),
            {{u"company"_s, u"Okna Nowe"_s}, {u"source"_s, u"webinar"_s}, {u"value"_s, qlonglong(70000)}}, 10, 10, m_piotr);
        m_named[u"new fresh"_s]
            = insert(m_pipeline, stage(u"New leads"_s), {{u"company"_s, u"Świeży"_s}, {u"score"_s, qlonglong(75)}}, 3, 3);
        m_named[u"parked"_s] = insert(m_pipeline, stage(u"Follow-up"_s),
            {{u"company"_s, u"Fabryka Później"_s}, {u"source"_s, u"webinar"_s}, {u"value"_s, qlonglong(90000)}}, 30, 30, m_anna);
        m_named[u"won"_s] = insert(m_pipeline, stage(u"Won"_s),
            {{u"company"_s, u"Fabryka Wygrana"_s}, {u"source"_s, u"webinar"_s}, {u"campaign"_s, u"spring"_s},
                {u"score"_s, qlonglong(80)}, {u"value"_s, qlonglong(500000)}},
            400, 400, m_anna);
    }

    QSet<qint64> named(const QStringList &names) const
    {
        QSet<qint64> out;
        for (const QString &n : names)
            out.insert(m_named.value(n));
        return out;
    }

    // A test's init(): the store opened and migrated, the pipelines and people made
    // (nothing when the backend is skipped).
    void setUp()
    {
        m_store.open();
        if (!m_store.db)
            return; // skipped or failed
        auto migrated = Migrator::migrate(*m_store.db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        auto b2b = PipelineRepository(*m_store.db).insert(PipelineTemplate::b2bFunnel(), kNow, 0);
        QVERIFY2(b2b.has_value(), LEJEK_MESSAGE(b2b));
        m_pipeline = *b2b;
        auto handoff = PipelineRepository(*m_store.db).insert(PipelineTemplate::leadHandoff(), kNow, 0);
        QVERIFY2(handoff.has_value(), LEJEK_MESSAGE(handoff));
        m_other = *handoff;
        UserRepository users(*m_store.db);
        auto team = users.ensureTeam(u"AE Mid-Market PL"_s);
        auto otherTeam = users.ensureTeam(u"AE Enterprise"_s);
        QVERIFY(team.has_value() && otherTeam.has_value());
        m_team = *team;
        m_otherTeam = *otherTeam;
        auto anna = users.insert(User {0, u"Anna Nowak"_s, u"anna@firma.pl"_s, m_team, {}, u"rep"_s, true}, kNow);
        auto piotr = users.insert(User {0, u"Piotr Zieliński"_s, u"piotr@firma.pl"_s, m_team, {}, u"rep"_s, true}, kNow);
        auto ewa = users.insert(User {0, u"Ewa Wójcik"_s, u"ewa@firma.pl"_s, m_otherTeam, {}, u"rep"_s, true}, kNow);
        QVERIFY(anna.has_value() && piotr.has_value() && ewa.has_value());
        m_anna = *anna;
        m_piotr = *piotr;
        m_named.clear();
    }
};

} // namespace lejek::test
