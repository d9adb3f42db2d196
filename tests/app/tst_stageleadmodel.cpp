// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StageLeadModel over a real SQLite database filled through the services: the row
// count comes from the totals, pages arrive on demand, each requested once, and
// invalidation refreshes them without resetting the model.
#include "Await.h"
#include "BoardTestData.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "board/StageLeadModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestStageLeadModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    QList<User> m_users;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }

    StageTotals totalsOf(const Stage &s)
    {
        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id));
        if (totals)
            for (const StageTotals &t : *totals)
                if (t.stageId == s.id)
                    return t;
        return {};
    }

    std::unique_ptr<StageLeadModel> makeModel(const Stage &s)
    {
        auto model = std::make_unique<StageLeadModel>(m_backend->leads(), Principal::owner(), m_pipeline.id, s);
        model->setClock([this] { return m_now; });
        model->setTotals(totalsOf(s));
        return model;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Kind::SQLite);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        auto opened = await(m_backend->open());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        m_users = BoardTestData::createUsers(*m_backend);
        QCOMPARE(m_users.size(), 3);
        QCOMPARE(BoardTestData::addLeads(*m_backend, m_pipeline, stage(u"New leads"_s), 250, m_users, m_now), 250);
        QCOMPARE(BoardTestData::addLeads(*m_backend, m_pipeline, stage(u"Qualification"_s), 3, m_users, m_now, 30, 1), 3);
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void rowCountIsTheTotalsCount()
    {
        auto model = makeModel(stage(u"New leads"_s));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 250);
        QCOMPARE(model->totals().count, 250);
        auto empty = makeModel(stage(u"MQL"_s));
        QCOMPARE(empty->rowCount(), 0);
        // Rows follow the totals at the end of the list.
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        StageTotals more = model->totals();
        more.count = 260;
        model->setTotals(more);
        QCOMPARE(model->rowCount(), 260);
        QCOMPARE(inserted.size(), 1);
        more.count = 10;
        model->setTotals(more);
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(removed.size(), 1);
    }

    void pagesLoadOnDemandOnce()
    {
        auto model = makeModel(stage(u"New leads"_s));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model.get(), &StageLeadModel::pageLoaded);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        // The tester reads row 0 on attach: page 0 is on its way.
        QVERIFY(!model->index(0).data(StageLeadModel::LoadedRole).toBool());
        QCOMPARE(model->index(0).data().toString(), u"Loading…"_s);
        for (int row = 0; row < 100; ++row)
            model->index(row).data();
        QCOMPARE(model->pendingRequests(), 1);
        QTRY_VERIFY(model->isPageCached(0));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.constLast().at(1).value<QModelIndex>().row(), 99);
        QVERIFY(model->index(99).data(StageLeadModel::LoadedRole).toBool());
        QVERIFY(!model->isPageCached(1));

        // A jump to the end fetches the last page only, by offset.
        QVERIFY(!model->index(249).data(StageLeadModel::LoadedRole).toBool());
        QTRY_VERIFY(model->isPageCached(2));
        QVERIFY(!model->isPageCached(1));
        QVERIFY(model->index(249).data(StageLeadModel::LoadedRole).toBool());
        QCOMPARE(model->pendingRequests(), 0);
        QCOMPARE(loaded.size(), 2);
    }

    void rowsAreTheStageInOrder()
    {
        auto model = makeModel(stage(u"New leads"_s));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 0; row < model->rowCount(); row += StageLeadModel::PageSize)
            model->index(row).data();
        QTRY_COMPARE(model->pendingRequests(), 0);
        PageRequest all;
        all.stageId = stage(u"New leads"_s).id;
        all.limit = 1000;
        auto page = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, all));
        QVERIFY(page.has_value());
        QCOMPARE(page->leads.size(), 250);
        for (int row = 0; row < 250; ++row)
            QCOMPARE(model->index(row).data(StageLeadModel::LeadIdRole).toLongLong(), page->leads.at(row).id);
    }

    void rolesDescribeTheCard()
    {
        auto model = makeModel(stage(u"New leads"_s));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->index(0).data();
        QTRY_VERIFY(model->isPageCached(0));
        const QModelIndex first = model->index(0);
        // BoardTestData's lead 0: see BoardTestData::addLeads.
        QCOMPARE(first.data().toString(), u"Fabryka Okien Sp. z o.o."_s);
        QCOMPARE(first.data(StageLeadModel::CompanyRole).toString(), u"Fabryka Okien Sp. z o.o."_s);
        QCOMPARE(first.data(StageLeadModel::ContactRole).toString(), u"Jan Kowalski, Prezes zarządu"_s);
        QCOMPARE(first.data(StageLeadModel::ValueMinorRole).toLongLong(), 500'000);
        QCOMPARE(first.data(StageLeadModel::CurrencyRole).toString(), u"PLN"_s);
        QCOMPARE(first.data(StageLeadModel::OwnerNameRole).toString(), u"Anna Nowak"_s);
        QCOMPARE(first.data(StageLeadModel::ScoreRole).toInt(), 0);
        QCOMPARE(first.data(StageLeadModel::DaysInStageRole).toInt(), 0);
        QVERIFY(!first.data(StageLeadModel::RottingRole).toBool());
        QVERIFY(first.data(StageLeadModel::LeadIdRole).toLongLong() > 0);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"Anna Nowak"_s));
        // Lead 4 has no owner; lead 1 spent 1 day in the stage (k % 9).
        QCOMPARE(model->index(4).data(StageLeadModel::OwnerNameRole).toString(), QString());
        QCOMPARE(model->index(1).data(StageLeadModel::DaysInStageRole).toInt(), 1);
        QCOMPARE(model->roleNames().value(StageLeadModel::RottingRole), QByteArray("rotting"));
    }

    void rottingFollowsTheStageAndTheClock()
    {
        // New leads rot after 7 days without activity.
        auto model = makeModel(stage(u"New leads"_s));
        model->index(0).data();
        QTRY_VERIFY(model->isPageCached(0));
        QVERIFY(!model->index(0).data(StageLeadModel::RottingRole).toBool());
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->setClock([this] { return m_now.addDays(8); });
        QCOMPARE(changed.size(), 1);
        QVERIFY(model->index(0).data(StageLeadModel::RottingRole).toBool());
        // Won never rots.
        Stage won = stage(u"Won"_s);
        QCOMPARE(won.rottingDays, 0);
    }

    void invalidationRefreshesPagesWithoutReset()
    {
        auto model = makeModel(stage(u"New leads"_s));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->index(0).data();
        QTRY_VERIFY(model->isPageCached(0));
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy loaded(model.get(), &StageLeadModel::pageLoaded);

        // A new lead, active just now: it sorts first.
        auto created
            = await(m_backend->leads().createLead(Principal::owner(), NewLead {m_pipeline.id, {}, {{u"company"_s, u"Nowa Firma S.A."_s}}, {}}));
        QVERIFY(created.has_value());
        model->setTotals(totalsOf(stage(u"New leads"_s)));
        QCOMPARE(model->rowCount(), 251);
        model->invalidate();
        // The stale page shows until its fresh copy arrives, asked for once.
        QVERIFY(model->index(0).data(StageLeadModel::LoadedRole).toBool());
        const int pending = model->pendingRequests();
        QVERIFY(pending >= 1);
        model->index(1).data();
        model->index(99).data();
        QCOMPARE(model->pendingRequests(), pending);
        auto pageZeroLoaded = [&loaded] {
            for (const QList<QVariant> &args : loaded)
                if (args.at(0).toInt() == 0)
                    return true;
            return false;
        };
        QTRY_VERIFY(pageZeroLoaded());
        QCOMPARE(model->index(0).data(StageLeadModel::LeadIdRole).toLongLong(), created->id);
        QCOMPARE(reset.size(), 0);
        QVERIFY(model->containsLead(created->id));
    }
};

QTEST_GUILESS_MAIN(TestStageLeadModel)
#include "tst_stageleadmodel.moc"
