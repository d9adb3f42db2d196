// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BoardView over a real SQLite database: columns for open and parked stages, tiles for
// won and lost, headers from the totals, and change notifications that refresh only
// the stages they touched while the columns keep their scroll position.
#include "Await.h"
#include "BoardTestData.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "board/BoardView.h"
#include "board/ClosedStageTile.h"
#include "board/StageColumn.h"
#include "board/StageHeader.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestBoardView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<BoardView> m_board;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }
    StageColumn *column(const QString &name) const { return m_board->column(stage(name).id); }

private Q_SLOTS:
    void initTestCase()
    {
        // English as the app installs it: with its plural forms.
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Kind::SQLite);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        const QList<User> users = BoardTestData::createUsers(*m_backend);
        QCOMPARE(BoardTestData::addLeads(*m_backend, m_pipeline, stage(u"New leads"_s), 300, users, m_now), 300);
        QCOMPARE(BoardTestData::addLeads(*m_backend, m_pipeline, stage(u"Qualification"_s), 40, users, m_now, 20, 1), 40);
        QCOMPARE(BoardTestData::addLeads(*m_backend, m_pipeline, stage(u"Won"_s), 5, users, m_now, 20, 2), 5);

        m_board = std::make_unique<BoardView>();
        m_board->resize(1280, 700);
        m_board->setServices(&m_backend->leads(), &m_backend->notifier(), Principal::owner());
        m_board->setPipeline(m_pipeline);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        QTRY_VERIFY(m_board->hasTotals());
    }

    void cleanup()
    {
        m_board.reset();
        m_backend.reset();
        m_db.reset();
    }

    void columnsAndTilesFollowTheStages()
    {
        QStringList columns;
        for (StageColumn *c : m_board->columns())
            columns.append(c->stage().name);
        QCOMPARE(
            columns, (QStringList {u"New leads"_s, u"Qualification"_s, u"MQL"_s, u"SQL"_s, u"Follow-up"_s, u"Opportunity"_s}));
        QCOMPARE(m_board->closedTiles().size(), 2);
        QCOMPARE(m_board->closedTiles().at(0)->stage().name, u"Won"_s);
        QCOMPARE(m_board->closedTiles().at(0)->totals().count, 5);
        QCOMPARE(m_board->closedTiles().at(1)->totals().count, 0);
        QCOMPARE(m_board->totalLeads(), 345);
    }

    void headersShowCountsAndSums()
    {
        StageHeader *header = column(u"New leads"_s)->header();
        QCOMPARE(header->totals().count, 300);
        QCOMPARE(header->countText(), u"300"_s);
        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id));
        QVERIFY(totals.has_value());
        QCOMPARE(header->totals().valueMinor, totals->at(0).valueMinor);
        QCOMPARE(header->totals().weightedMinor, totals->at(0).valueMinor * 5 / 100);
        QVERIFY(header->valueText().startsWith(u"PLN"_s));
        QVERIFY(header->weightedText().startsWith(u"weighted PLN"_s));
        QVERIFY(header->toolTip().contains(u"win probability 5%"_s));
        QCOMPARE(column(u"New leads"_s)->model()->rowCount(), 300);
        QCOMPARE(column(u"MQL"_s)->model()->rowCount(), 0);
    }

    void columnsFillAndNameThemselves()
    {
        StageColumn *newLeads = column(u"New leads"_s);
        QTRY_VERIFY(newLeads->model()->isPageCached(0));
        QVERIFY(newLeads->view()->uniformItemSizes());
        QCOMPARE(newLeads->view()->accessibleName(), u"New leads, 300 leads"_s);
        QCOMPARE(column(u"MQL"_s)->view()->accessibleName(), u"MQL, 0 leads"_s);
        QVERIFY(newLeads->view()->emptyText().contains(u"lejek-cli add"_s));
        QVERIFY(!column(u"MQL"_s)->view()->emptyText().isEmpty());
        // Only what is visible is fetched.
        QVERIFY(!newLeads->model()->isPageCached(1));
    }

    void changesRefreshOnlyTheTouchedStages()
    {
        StageColumn *newLeads = column(u"New leads"_s);
        StageColumn *qualification = column(u"Qualification"_s);
        StageColumn *mql = column(u"MQL"_s);
        QTRY_VERIFY(newLeads->model()->isPageCached(0));
        QTRY_VERIFY(qualification->model()->isPageCached(0));
        QAbstractItemModelTester tester(newLeads->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Scroll the first column into its second page.
        newLeads->view()->scrollTo(newLeads->model()->index(150), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(newLeads->model()->isPageCached(1));
        const int scroll = newLeads->view()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // A refreshed column swaps its pages in as one layout change (no reset, no flicker).
        QSignalSpy qualificationChanged(qualification->model(), &QAbstractItemModel::layoutChanged);
        QSignalSpy mqlChanged(mql->model(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(newLeads->model(), &QAbstractItemModel::modelReset);
        QSignalSpy totals(m_board.get(), &BoardView::totalsLoaded);
        QSignalSpy pages(newLeads->model(), &StageLeadModel::pageLoaded);

        auto created
            = await(m_backend->leads().createLead(Principal::owner(), NewLead {m_pipeline.id, {}, {{u"company"_s, u"Nowa Firma S.A."_s}}, {}}));
        QVERIFY(created.has_value());
        QTRY_COMPARE(totals.size(), 1);
        // The column applies the new count together with its refreshed pages.
        QTRY_COMPARE(newLeads->header()->totals().count, 301);
        QCOMPARE(newLeads->model()->rowCount(), 301);
        QCOMPARE(newLeads->view()->accessibleName(), u"New leads, 301 leads"_s);
        QCOMPARE(m_board->totalLeads(), 346);
        QTRY_VERIFY(!pages.isEmpty());
        QCOMPARE(qualificationChanged.size(), 0);
        QCOMPARE(mqlChanged.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(newLeads->view()->verticalScrollBar()->value(), scroll);
        QVERIFY(newLeads->model()->containsLead(created->id) || newLeads->model()->isPageCached(1));

        // A move refreshes both ends.
        totals.clear();
        const qint64 moving = qualification->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong();
        QVERIFY(moving > 0);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest {{moving}, stage(u"Follow-up"_s).id, {}, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
        QTRY_COMPARE(totals.size(), 1);
        QTRY_COMPARE(qualification->model()->rowCount(), 39);
        QTRY_COMPARE(column(u"Follow-up"_s)->model()->rowCount(), 1);
        QTRY_VERIFY(!qualificationChanged.isEmpty());
        QCOMPARE(mqlChanged.size(), 0);
    }

    void anActivityRefreshesTheColumnShowingTheLead()
    {
        StageColumn *qualification = column(u"Qualification"_s);
        QTRY_VERIFY(qualification->model()->isPageCached(0));
        const QModelIndex last = qualification->model()->index(39);
        const qint64 id = last.data(StageLeadModel::LeadIdRole).toLongLong();
        QVERIFY(id > 0);
        QSignalSpy pages(qualification->model(), &StageLeadModel::pageLoaded);
        auto logged = await(m_backend->leads().logActivity(Principal::owner(), NewActivity {id, u"call"_s, u"Rozmowa"_s, {}, {}, {}}));
        QVERIFY2(logged.has_value(), qPrintable(logged ? QString() : logged.error().message));
        QTRY_COMPARE(pages.size(), 1);
        // Most recent activity first.
        QCOMPARE(qualification->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong(), id);
    }

    void emptyPipelineSaysWhatToDo()
    {
        auto other = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        QVERIFY(other.has_value());
        m_board->setEmptyPipelineText(u"Nothing here; add leads."_s);
        QSignalSpy totals(m_board.get(), &BoardView::totalsLoaded);
        m_board->setPipeline(*other);
        QTRY_COMPARE(totals.size(), 1);
        QCOMPARE(m_board->totalLeads(), 0);
        auto *banner = m_board->findChild<QWidget *>(u"emptyPipelineBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QCOMPARE(m_board->columns().size(), 5); // New, MQL, SAL, SQL, Nurture
        QCOMPARE(m_board->closedTiles().size(), 3); // Won, Lost, Disqualified
    }

    // A dark desktop gets a dark board: columns, cards and text follow the palette.
    // (LEJEK_SCREENSHOT_DIR keeps the picture to look at.)
    void followsTheDarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        dark.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
        dark.setColor(QPalette::Base, QColor(0x1F, 0x1F, 0x1F));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
        dark.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xD8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
        m_board->setPalette(dark);
        StageColumn *newLeads = column(u"New leads"_s);
        QTRY_VERIFY(newLeads->model()->isPageCached(0));
        const QImage image = m_board->grab().toImage();
        if (const QString dir = qEnvironmentVariable("LEJEK_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(dir + u"/board-dark.png"_s);
        // The first card's background, just inside its left edge, is dark; its company name is light.
        const QRect card = newLeads->view()->visualRect(newLeads->model()->index(0));
        const QPoint inCard = newLeads->view()->viewport()->mapTo(m_board.get(), card.topLeft() + QPoint(card.width() / 2, card.height() - 8));
        QVERIFY2(QColor(image.pixel(inCard)).lightness() < 90, qPrintable(QColor(image.pixel(inCard)).name()));
        const QPoint mql = column(u"MQL"_s)->view()->viewport()->mapTo(m_board.get(), QPoint(20, 300));
        QVERIFY2(QColor(image.pixel(mql)).lightness() < 90, qPrintable(QColor(image.pixel(mql)).name()));
        int lightPixels = 0;
        for (int x = card.left() + 10; x < card.left() + 90; ++x)
            for (int y = card.top() + 6; y < card.top() + 24; ++y)
                lightPixels += QColor(image.pixel(newLeads->view()->viewport()->mapTo(m_board.get(), QPoint(x, y)))).lightness() > 170;
        QVERIFY2(lightPixels > 20, "the company name should be painted in the light text colour");
    }

    // At twice the pixel density everything is drawn at device pixels: the grab is
    // twice as large and nothing is scaled up from a low-resolution pixmap.
    void paintsCrispAtHighDpi()
    {
        StageColumn *newLeads = column(u"New leads"_s);
        QTRY_VERIFY(newLeads->model()->isPageCached(0));
        QPixmap pixmap(m_board->size() * 2);
        pixmap.setDevicePixelRatio(2.0);
        pixmap.fill(Qt::transparent);
        m_board->render(&pixmap);
        QCOMPARE(pixmap.toImage().size(), m_board->size() * 2);
        if (const QString dir = qEnvironmentVariable("LEJEK_SCREENSHOT_DIR"); !dir.isEmpty())
            pixmap.save(dir + u"/board-2x.png"_s);
        // Text edges at 2x have intermediate, antialiased steps within one logical pixel.
        const QImage image = pixmap.toImage();
        const QRect card = newLeads->view()->visualRect(newLeads->model()->index(0));
        const QPoint origin = newLeads->view()->viewport()->mapTo(m_board.get(), card.topLeft()) * 2;
        QSet<QRgb> shades;
        for (int x = origin.x() + 20; x < origin.x() + 180; ++x)
            for (int y = origin.y() + 12; y < origin.y() + 46; ++y)
                shades.insert(image.pixel(x, y));
        QVERIFY2(shades.size() > 8, qPrintable(QString::number(shades.size())));
    }
};

QTEST_MAIN(TestBoardView)
#include "tst_boardview.moc"
