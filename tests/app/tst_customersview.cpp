// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Customers and Lost, to review over a real SQLite database: a won lead's company is
// listed with its deal and contact; New opportunity opens an upsell in the chosen
// pipeline; a search that matches nothing says so; a lead lost seven months ago is
// listed for review and brought back to a stage; an empty review says why it is empty.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "customers/CustomersView.h"
#include "customers/LostReviewView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestCustomersView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    Pipeline m_b2b, m_handoff;
    qint64 m_won = 0;

    qint64 stageOf(const Pipeline &p, const QString &name) { return p.stageByName(name)->id; }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Kind::SQLite);
        m_now = QDateTime::currentDateTimeUtc();
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        m_b2b = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        m_handoff = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_b2b.id, {},
            {{u"company"_s, u"Huta Łabędy"_s}, {u"first_name"_s, u"Jan"_s}, {u"last_name"_s, u"Kowalski"_s}, {u"email"_s, u"jan@huta.pl"_s},
             {u"value"_s, u"12000"_s}}, {}}));
        QVERIFY(lead.has_value());
        m_won = lead->id;
        QVERIFY(await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{m_won}, stageOf(m_b2b, u"Won"_s),
            {{u"industry"_s, u"Hutnictwo"_s}, {u"employees"_s, u"900"_s}, {u"job_title"_s, u"Prezes"_s}, {u"pains"_s, u"Przestoje"_s}}, {}, {}, {}})));
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void listsTheCustomerAndOpensAnUpsell()
    {
        CustomersView view;
        view.setPipelines({m_b2b, m_handoff});
        QSignalSpy detail(&view, &CustomersView::detailLoaded);
        view.setServices(&m_backend->leads(), m_backend->leads().notifier(), Principal::owner());
        QVERIFY(detail.wait(5000));
        QCOMPARE(view.customers()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = view.customers()->topLevelItem(0);
        QCOMPARE(row->text(0), u"Huta Łabędy"_s);
        QCOMPARE(row->text(4), u"1"_s);
        QCOMPARE(row->text(5), u"PLN\u00A012,000"_s); // the locale's currency format, as on the board
        QCOMPARE(view.contacts()->topLevelItemCount(), 1);
        QCOMPARE(view.contacts()->topLevelItem(0)->text(0), u"Jan Kowalski"_s);
        QCOMPARE(view.contacts()->topLevelItem(0)->text(1), u"Prezes"_s);
        QCOMPARE(view.deals()->topLevelItemCount(), 1);
        QCOMPARE(view.deals()->topLevelItem(0)->text(2), u"Won"_s);

        view.pipelineChoice()->setCurrentIndex(view.pipelineChoice()->findText(m_handoff.name));
        QSignalSpy open(&view, &CustomersView::openLeadRequested);
        view.newOpportunityButton()->click();
        QVERIFY(open.wait(5000));
        const Lead upsell = *await(m_backend->leads().lead(Principal::owner(), open.first().first().toLongLong()));
        QCOMPARE(upsell.pipelineId, m_handoff.id);
        QCOMPARE(upsell.value(u"source"_s).toString(), u"existing_customer"_s);
        QCOMPARE(upsell.value(u"company"_s).toString(), u"Huta Łabędy"_s);
        // The change notice reloads the view: the upsell is an open deal of the customer.
        QVERIFY(QTest::qWaitFor([&] { return view.deals()->topLevelItemCount() == 2; }, 5000));
        QCOMPARE(view.customers()->topLevelItem(0)->text(6), u"1"_s);

        QSignalSpy loaded(&view, &CustomersView::loaded);
        view.search()->setText(u"Okna"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.emptyText(), u"No customer's company or NIP contains “Okna”."_s);
    }

    void aLostLeadIsReviewedAndBroughtBack()
    {
        LostReviewView view;
        view.setPipelines({m_b2b, m_handoff});
        QSignalSpy loaded(&view, &LostReviewView::loaded);
        view.setServices(&m_backend->leads(), &m_backend->pipelines(), m_backend->leads().notifier(), Principal::owner());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.emptyText(), u"No lost leads to review: none was lost more than six months ago."_s);

        const QDateTime now = m_now;
        m_now = now.addMonths(-7);
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_b2b.id, {}, {{u"company"_s, u"Okna Poznań"_s}}, {}}));
        QVERIFY(await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead->id}, stageOf(m_b2b, u"Lost"_s), {{u"lost_reason"_s, u"timing"_s}}, {}, {}, {}})));
        m_now = now;
        QVERIFY(QTest::qWaitFor([&] { return !view.list()->isHidden() && view.list()->topLevelItemCount() == 1; }, 5000));
        QCOMPARE(view.list()->topLevelItem(0)->text(1), u"Okna Poznań (lead %1)"_s.arg(lead->id));
        QCOMPARE(view.list()->topLevelItem(0)->text(3), u"Timing"_s);
        // Only open and parked stages are offered.
        QStringList offered;
        for (int i = 0; i < view.stageChoice()->count(); ++i)
            offered.append(view.stageChoice()->itemText(i));
        QCOMPARE(offered, (QStringList{u"New leads"_s, u"Qualification"_s, u"MQL"_s, u"SQL"_s, u"Follow-up"_s, u"Opportunity"_s}));
        // SQL's gate refuses, naming what it lacks; Follow-up takes it back.
        QSignalSpy failed(&view, &LostReviewView::failed);
        view.stageChoice()->setCurrentIndex(view.stageChoice()->findText(u"SQL"_s));
        view.reactivateButton()->click();
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(u"missing"_s), qPrintable(failed.first().first().toString()));
        QSignalSpy reactivated(&view, &LostReviewView::reactivated);
        view.stageChoice()->setCurrentIndex(view.stageChoice()->findText(u"Follow-up"_s));
        view.reactivateButton()->click();
        QVERIFY(reactivated.wait(5000));
        QCOMPARE(await(m_backend->leads().lead(Principal::owner(), lead->id))->stageId, stageOf(m_b2b, u"Follow-up"_s));
        QVERIFY(QTest::qWaitFor([&] { return !view.emptyText().isEmpty(); }, 5000));
    }
};

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
