// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Won, lost, customers (DOMAIN.md), on SQLite and on a real PostgreSQL server: a won
// lead makes or finds its customer, whose contacts and deals are listed; an upsell opens
// a lead in another pipeline marked as an existing customer and linked to it; a lost
// lead comes back through a stage's gate, with its history; lost leads older than six
// months are listed for review. What a rep may not see stays out of every list.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestCustomers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
    Pipeline m_b2b, m_service;
    Principal m_anna, m_piotr;

    LeadService &leads() { return m_backend->leads(); }
    qint64 stageOf(const Pipeline &p, const QString &name) { return p.stageByName(name)->id; }
    qint64 wonLead(const FieldInput &fields, const Principal &by = Principal::owner())
    {
        auto l = await(leads().createLead(by, NewLead{m_b2b.id, {}, fields, {}}));
        if (!l)
            return 0;
        auto won = await(leads().moveLeads(by, MoveRequest{{l->id}, stageOf(m_b2b, u"Won"_s),
            {{u"industry"_s, u"Produkcja"_s}, {u"employees"_s, u"120"_s}, {u"job_title"_s, u"Prezes"_s}, {u"pains"_s, u"Terminy"_s}}, {}, {}, {}}));
        return won ? l->id : 0;
    }
    qint64 lostLead(const QString &company, QDateTime when, const QString &owner = {})
    {
        const QDateTime was = std::exchange(m_now, when);
        FieldInput fields{{u"company"_s, company}};
        if (!owner.isEmpty())
            fields.insert(u"owner"_s, owner);
        auto l = await(leads().createLead(Principal::owner(), NewLead{m_b2b.id, {}, fields, {}}));
        if (!l) {
            qWarning() << l.error().message;
            m_now = was;
            return 0;
        }
        auto lost = await(leads().moveLeads(Principal::owner(), MoveRequest{{l->id}, stageOf(m_b2b, u"Lost"_s), {{u"lost_reason"_s, u"timing"_s}}, u"wrócić po budżecie"_s, {}, {}}));
        m_now = was;
        if (!lost)
            qWarning() << lost.error().message;
        return lost ? l->id : 0;
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
        m_now = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        m_b2b = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        m_service = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        QVERIFY(await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Ewa Admin"_s, {}, 0, {}, u"admin"_s, true})).has_value());
        m_anna = Principal::of(*await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, {}, 0, {}, u"rep"_s, true})));
        m_piotr = Principal::of(*await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Piotr Wiśniewski"_s, {}, 0, {}, u"rep"_s, true})));
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void wonLeadsMakeOneCustomerWithItsContactsAndDeals()
    {
        const qint64 first = wonLead({{u"company"_s, u"Huta Łabędy"_s}, {u"nip"_s, u"5260001246"_s}, {u"first_name"_s, u"Jan"_s},
                                      {u"last_name"_s, u"Kowalski"_s}, {u"email"_s, u"jan@huta.pl"_s}, {u"value"_s, u"10000"_s}});
        // The same company (its NIP written otherwise), another person, another deal.
        const qint64 second = wonLead({{u"company"_s, u"Huta Łabędy S.A."_s}, {u"nip"_s, u"PL 526-000-12-46"_s},
                                       {u"first_name"_s, u"Ola"_s}, {u"email"_s, u"ola@huta.pl"_s}, {u"value"_s, u"2500,50"_s}});
        wonLead({{u"company"_s, u"Fabryka Okien"_s}});
        QVERIFY(first && second);
        QCOMPARE(await(leads().lead(Principal::owner(), first))->customerId, await(leads().lead(Principal::owner(), second))->customerId);

        auto all = await(leads().customers(Principal::owner(), {}, 100));
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).company, u"Fabryka Okien"_s); // by company
        const Customer huta = all->at(1);
        QCOMPARE(huta.company, u"Huta Łabędy"_s);
        QCOMPARE(huta.nip, u"5260001246"_s);
        QCOMPARE(huta.wonDeals, 2);
        QCOMPARE(huta.wonValueMinor, 1250050);
        QCOMPARE(huta.createdAt, m_now);
        QCOMPARE(await(leads().customers(Principal::owner(), u"HUTA"_s, 100))->size(), 1);
        QCOMPARE(await(leads().customers(Principal::owner(), u"526000"_s, 100))->size(), 1);
        QCOMPARE(await(leads().customers(Principal::owner(), u"%"_s, 100))->size(), 0); // matched literally

        auto detail = await(leads().customer(Principal::owner(), huta.id));
        QVERIFY(detail.has_value());
        QCOMPARE(detail->contacts.size(), 2);
        QCOMPARE(detail->contacts.at(0).name, u"Ola"_s); // the latest lead's first
        QCOMPARE(detail->contacts.at(1).name, u"Jan Kowalski"_s);
        QCOMPARE(detail->contacts.at(1).jobTitle, u"Prezes"_s);
        QCOMPARE(detail->deals.size(), 2);
        QCOMPARE(detail->deals.at(0).id, second);
        QCOMPARE(await(leads().customer(Principal::owner(), 999)).error().code, Error::Code::NotFound);
    }

    void aRepSeesOnlyTheirOwnDealsOfACustomer()
    {
        const qint64 annas = wonLead({{u"company"_s, u"Huta"_s}, {u"nip"_s, u"5260001246"_s}, {u"owner"_s, u"Anna Nowak"_s}});
        const qint64 piotrs = wonLead({{u"company"_s, u"Huta"_s}, {u"nip"_s, u"5260001246"_s}, {u"owner"_s, u"Piotr Wiśniewski"_s}});
        QVERIFY(annas && piotrs);
        const qint64 customer = await(leads().lead(Principal::owner(), annas))->customerId;
        auto seen = await(leads().customer(m_anna, customer));
        QVERIFY(seen.has_value());
        QCOMPARE(seen->deals.size(), 1);
        QCOMPARE(seen->deals.first().id, annas);
        QCOMPARE(seen->hiddenDeals, 1);
    }

    void anUpsellOpensALeadInAnotherPipelineLinkedToTheCustomer()
    {
        const qint64 won = wonLead({{u"company"_s, u"Huta Łabędy"_s}, {u"nip"_s, u"5260001246"_s}, {u"first_name"_s, u"Jan"_s},
                                    {u"last_name"_s, u"Kowalski"_s}, {u"email"_s, u"jan@huta.pl"_s}, {u"city"_s, u"Gliwice"_s}});
        const qint64 customer = await(leads().lead(Principal::owner(), won))->customerId;
        auto upsell = await(leads().upsell(m_anna, UpsellRequest{customer, m_service.id, {}, {{u"owner"_s, u"Anna Nowak"_s}}, {}}));
        QVERIFY2(upsell.has_value(), qPrintable(upsell ? QString() : upsell.error().message));
        QCOMPARE(upsell->pipelineId, m_service.id);
        QCOMPARE(upsell->stageId, m_service.firstStage()->id);
        QCOMPARE(upsell->customerId, customer);
        QCOMPARE(upsell->value(u"source"_s).toString(), u"existing_customer"_s);
        QCOMPARE(upsell->value(u"company"_s).toString(), u"Huta Łabędy"_s);
        QCOMPARE(upsell->value(u"nip"_s).toString(), u"5260001246"_s);
        QCOMPARE(upsell->value(u"city"_s).toString(), u"Gliwice"_s);
        QCOMPARE(upsell->value(u"first_name"_s).toString(), u"Jan"_s);
        QCOMPARE(upsell->value(u"last_name"_s).toString(), u"Kowalski"_s);
        QCOMPARE(upsell->value(u"email"_s).toString(), u"jan@huta.pl"_s);
        QCOMPARE(upsell->ownerId, m_anna.userId);
        auto c = await(leads().customer(Principal::owner(), customer));
        QCOMPARE(c->openDeals, 1);
        QCOMPARE(c->wonDeals, 1);
        QCOMPARE(c->deals.first().id, upsell->id);
        // Won again, it stays this customer's: no second customer is made.
        QVERIFY(await(leads().moveLeads(Principal::owner(), MoveRequest{{upsell->id}, stageOf(m_service, u"Won"_s),
            {{u"industry"_s, u"Hutnictwo"_s}, {u"employees"_s, u"900"_s}, {u"job_title"_s, u"Prezes"_s}, {u"pains"_s, u"Przestoje"_s}}, {}, {}, {}})));
        QCOMPARE(await(leads().customers(Principal::owner(), {}, 100))->size(), 1);
        QCOMPARE(await(leads().customer(Principal::owner(), customer))->wonDeals, 2);

        QCOMPARE(await(leads().upsell(Principal::owner(), UpsellRequest{4242, m_service.id, {}, {}, {}})).error().code, Error::Code::NotFound);
        // A rep gives it to nobody outside their scope, as with any new lead.
        QCOMPARE(await(leads().upsell(m_anna, UpsellRequest{customer, m_service.id, {}, {{u"owner"_s, u"Piotr Wiśniewski"_s}}, {}})).error().code,
                 Error::Code::Forbidden);
    }

    void aLostLeadComesBackThroughTheGate()
    {
        const qint64 lost = lostLead(u"Okna Poznań"_s, m_now.addDays(-3));
        QVERIFY(lost);
        // SQL needs four fields: refused without them, nothing written.
        auto refused = await(leads().reactivateLead(Principal::owner(), ReactivateRequest{lost, stageOf(m_b2b, u"SQL"_s), {}, {}, 0, {}}));
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QCOMPARE(await(leads().lead(Principal::owner(), lost))->stageId, stageOf(m_b2b, u"Lost"_s));
        auto back = await(leads().reactivateLead(Principal::owner(), ReactivateRequest{lost, stageOf(m_b2b, u"SQL"_s),
            {{u"industry"_s, u"Produkcja"_s}, {u"employees"_s, u"40"_s}, {u"job_title"_s, u"Prezes"_s}, {u"pains"_s, u"Ceny"_s}},
            u"nowy budżet"_s, 0, {}}));
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->stageId, stageOf(m_b2b, u"SQL"_s));
        QVERIFY(!back->isFilled(u"lost_reason"_s));
        QVERIFY(!back->closedAt.isValid());
        auto timeline = await(leads().timeline(Principal::owner(), lost));
        QVERIFY(std::any_of(timeline->begin(), timeline->end(), [](const TimelineEntry &e) {
            return e.type == TimelineEntry::Type::StageChange && e.fromStage == u"Lost"_s && e.toStage == u"SQL"_s && e.note == u"nowy budżet"_s;
        }));
        // Only a lost lead, only into an open or parked stage.
        QCOMPARE(await(leads().reactivateLead(Principal::owner(), ReactivateRequest{lost, stageOf(m_b2b, u"MQL"_s), {}, {}, 0, {}})).error().code,
                 Error::Code::Invalid);
        const qint64 again = lostLead(u"Huta"_s, m_now);
        QVERIFY(again);
        QCOMPARE(await(leads().reactivateLead(Principal::owner(), ReactivateRequest{again, stageOf(m_b2b, u"Won"_s), {}, {}, 0, {}})).error().code,
                 Error::Code::Invalid);
        QCOMPARE(await(leads().reactivateLead(Principal::owner(), ReactivateRequest{again, stageOf(m_service, u"New"_s), {}, {}, 0, {}})).error().code,
                 Error::Code::Invalid);
    }

    void lostLeadsOlderThanSixMonthsAreListedForReview()
    {
        const qint64 old = lostLead(u"Stara strata"_s, m_now.addMonths(-7));
        const qint64 older = lostLead(u"Bardzo stara"_s, m_now.addMonths(-13), u"Piotr Wiśniewski"_s);
        lostLead(u"Świeża strata"_s, m_now.addMonths(-5));
        QVERIFY(old && older);
        auto review = await(leads().lostToReview(Principal::owner(), 100));
        QVERIFY(review.has_value());
        QCOMPARE(review->size(), 2);
        QCOMPARE(review->at(0).id, older); // oldest first
        QCOMPARE(review->at(1).id, old);
        // Anna does not see Piotr's lead; reactivated, a lead leaves the list.
        auto annas = await(leads().lostToReview(m_anna, 100));
        QCOMPARE(annas->size(), 1);
        QCOMPARE(annas->first().id, old);
        QVERIFY(await(leads().reactivateLead(Principal::owner(), ReactivateRequest{old, stageOf(m_b2b, u"Follow-up"_s), {}, {}, 0, {}})));
        QCOMPARE(await(leads().lostToReview(Principal::owner(), 100))->size(), 1);
        QCOMPARE(await(leads().lostToReview(Principal::owner(), 0)).error().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
