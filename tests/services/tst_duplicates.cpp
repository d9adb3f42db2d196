// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate detection, on SQLite and on a real PostgreSQL server. The check a card makes
// before it saves: the same e-mail (any case), NIP (any formatting) or company web domain
// in the pipeline is named; the lead itself is not; a lead the user may not see is
// counted, not named; other pipelines are not searched; a value that is no e-mail or NIP
// is refused. The pipeline's candidate pairs, with their reasons; an import's flag on a
// new row of a company already there.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestDuplicates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_b2b, m_handoff;
    Principal m_anna, m_piotr;
    qint64 m_okna = 0, m_huta = 0;

    qint64 lead(const Pipeline &p, const FieldInput &fields)
    {
        auto l = await(m_backend->leads().createLead(Principal::owner(), NewLead{p.id, {}, fields, {}}));
        return l ? l->id : 0;
    }
    DuplicateCheck check(const Principal &by, const Pipeline &p, const FieldInput &fields, qint64 except = 0)
    {
        auto c = await(m_backend->leads().duplicatesOf(by, p.id, fields, except));
        if (!c)
            qWarning() << c.error().message;
        return c.value_or(DuplicateCheck{});
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        m_backend = std::make_unique<LocalBackend>(m_db->settings());
        QVERIFY(await(m_backend->open()).has_value());
        m_b2b = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        m_handoff = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        // The first user of a database is its admin.
        QVERIFY(await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Ewa Admin"_s, {}, 0, {}, u"admin"_s, true})).has_value());
        m_anna = Principal::of(*await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, {}, 0, {}, u"rep"_s, true})));
        m_piotr = Principal::of(*await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Piotr Wiśniewski"_s, {}, 0, {}, u"rep"_s, true})));
        m_okna = lead(m_b2b, {{u"company"_s, u"Fabryka Okien"_s}, {u"email"_s, u"anna@okna.pl"_s}, {u"owner"_s, u"Anna Nowak"_s}});
        m_huta = lead(m_b2b, {{u"company"_s, u"Huta"_s}, {u"nip"_s, u"5260001246"_s}, {u"owner"_s, u"Piotr Wiśniewski"_s}});
        QVERIFY(m_okna && m_huta);
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void namesLeadsWithTheSameEmailOrNip()
    {
        DuplicateCheck byEmail = check(Principal::owner(), m_b2b, {{u"email"_s, u" Anna@OKNA.pl "_s}});
        QCOMPARE(byEmail.matches.size(), 1);
        QCOMPARE(byEmail.matches.first(), (DuplicateMatch{m_okna, u"Fabryka Okien"_s, u"email"_s, u"anna@okna.pl"_s}));
        QCOMPARE(byEmail.hidden, 0);

        DuplicateCheck byNip = check(Principal::owner(), m_b2b, {{u"nip"_s, u"526-000-12-46"_s}});
        QCOMPARE(byNip.matches.size(), 1);
        QCOMPARE(byNip.matches.first().leadId, m_huta);
        QCOMPARE(byNip.matches.first().field, u"nip"_s);

        // Both at once, each lead once.
        QCOMPARE(check(Principal::owner(), m_b2b, {{u"email"_s, u"anna@okna.pl"_s}, {u"nip"_s, u"5260001246"_s}}).matches.size(), 2);
        // The lead itself is no duplicate; another pipeline is another process (upsell).
        QVERIFY(check(Principal::owner(), m_b2b, {{u"email"_s, u"anna@okna.pl"_s}}, m_okna).isEmpty());
        QVERIFY(check(Principal::owner(), m_handoff, {{u"email"_s, u"anna@okna.pl"_s}}).isEmpty());
        QVERIFY(check(Principal::owner(), m_b2b, {{u"email"_s, u"inna@gmail.com"_s}}).isEmpty());
    }

    void namesLeadsOfTheSameCompanyDomain()
    {
        // Another person at the same company: matched by the e-mail's domain...
        DuplicateCheck byMail = check(Principal::owner(), m_b2b, {{u"email"_s, u"inna@okna.pl"_s}});
        QCOMPARE(byMail.matches.size(), 1);
        QCOMPARE(byMail.matches.first(), (DuplicateMatch{m_okna, u"Fabryka Okien"_s, u"web_domain"_s, u"okna.pl"_s}));
        // ...or by the website, however it is written; a free-mail domain is no company.
        QCOMPARE(check(Principal::owner(), m_b2b, {{u"website"_s, u"https://www.Okna.pl/kontakt"_s}}).matches.first().leadId, m_okna);
        QVERIFY(check(Principal::owner(), m_b2b, {{u"email"_s, u"anna@wp.pl"_s}}).isEmpty());
        // A website wins over the e-mail, as the stored lead has it.
        QVERIFY(check(Principal::owner(), m_b2b, {{u"email"_s, u"inna@okna.pl"_s}, {u"website"_s, u"okna-pcv.pl"_s}})
                    .matches.isEmpty());
    }

    void listsCandidatePairsWithTheirReason()
    {
        const qint64 okna2 = lead(m_b2b, {{u"company"_s, u"Fabryka Okien S.A."_s}, {u"website"_s, u"okna.pl"_s}});
        const qint64 huta2 = lead(m_b2b, {{u"company"_s, u"Huta Katowice"_s}, {u"nip"_s, u"PL 526-000-12-46"_s},
                                          {u"email"_s, u"biuro@okna.pl"_s}});
        lead(m_handoff, {{u"company"_s, u"Okna w innym lejku"_s}, {u"website"_s, u"okna.pl"_s}});
        QVERIFY(okna2 && huta2);
        auto pairs = await(m_backend->leads().duplicatePairs(Principal::owner(), m_b2b.id, 100));
        QVERIFY2(pairs.has_value(), qPrintable(pairs ? QString() : pairs.error().message));
        // okna.pl: Okna, Okna S.A. and the Huta lead that writes from an okna.pl address.
        QCOMPARE(pairs->size(), 4);
        auto find = [&](qint64 a, qint64 b) {
            for (const DuplicatePair &p : *pairs)
                if (p.firstId == a && p.secondId == b)
                    return p;
            return DuplicatePair{};
        };
        QCOMPARE(find(m_okna, okna2).fields, (QStringList{u"web_domain"_s}));
        QCOMPARE(find(m_okna, okna2).values, (QStringList{u"okna.pl"_s}));
        QCOMPARE(find(m_okna, okna2).secondName, u"Fabryka Okien S.A."_s);
        QCOMPARE(find(m_huta, huta2).fields, (QStringList{u"nip"_s}));
        QCOMPARE(find(m_okna, huta2).fields, (QStringList{u"web_domain"_s}));
        QCOMPARE(find(okna2, huta2).fields, (QStringList{u"web_domain"_s}));
        // Anna sees her lead and the unassigned ones, not Piotr's Huta: its pair is not hers.
        const auto annas = await(m_backend->leads().duplicatePairs(m_anna, m_b2b.id, 100));
        QCOMPARE(annas->size(), 3);
        QVERIFY(std::none_of(annas->begin(), annas->end(), [&](const DuplicatePair &p) { return p.firstId == m_huta; }));
        QCOMPARE(await(m_backend->leads().duplicatePairs(Principal::owner(), m_b2b.id, 0)).error().code, Error::Code::Invalid);
    }

    void anImportFlagsANewRowOfACompanyAlreadyThere()
    {
        ImportBatch batch;
        batch.pipelineId = m_b2b.id;
        batch.rows = {ImportRow{2, {}, {{u"company"_s, u"Okna Serwis"_s}, {u"email"_s, u"serwis@okna.pl"_s}}, {}, {}, {}, {}},
                      ImportRow{3, {}, {{u"company"_s, u"Nowa firma"_s}, {u"website"_s, u"nowa-firma.pl"_s}}, {}, {}, {}, {}}};
        auto report = await(m_backend->leads().importRows(Principal::owner(), batch));
        QVERIFY(report.has_value());
        QCOMPARE(report->count(ImportOutcome::Status::Imported), 2);
        QCOMPARE(report->outcomes[0].reason, u"same web domain as lead %1 (okna.pl): see lejek-cli duplicates"_s.arg(m_okna));
        QVERIFY2(report->outcomes[1].reason.isEmpty(), qPrintable(report->outcomes[1].reason));
    }

    void leadsTheUserMayNotSeeAreCountedNotNamed()
    {
        const DuplicateCheck c = check(m_anna, m_b2b, {{u"email"_s, u"anna@okna.pl"_s}, {u"nip"_s, u"5260001246"_s}});
        QCOMPARE(c.matches.size(), 1);
        QCOMPARE(c.matches.first().leadId, m_okna);
        QCOMPARE(c.hidden, 1); // Piotr's Huta
    }

    void aValueThatIsNoEmailIsRefused()
    {
        auto c = await(m_backend->leads().duplicatesOf(Principal::owner(), m_b2b.id, {{u"email"_s, u"anna(at)okna"_s}}, 0));
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, Error::Code::Invalid);
        QVERIFY2(c.error().message.contains(u"E-mail"_s), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
