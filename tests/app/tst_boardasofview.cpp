// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The board as of a past day, read only, over a real SQLite database with a small past
// made through the services in the last ten days: each stage's count and value then,
// how today compares, a day before any lead came, and the owner filter applied as the
// owners were then.
#include "Await.h"
#include "LocalBackend.h"
#include "ReportService.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "board/BoardAsOfView.h"
#include "board/ClosedStageTile.h"
#include "board/StageHeader.h"

#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestBoardAsOfView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now;
    Pipeline m_pipeline;
    QList<qint64> m_leads;

    // Today as the services count days (UTC), and `daysAgo` days before it at 10:00 UTC.
    static QDate today() { return QDateTime::currentDateTimeUtc().date(); }
    static QDateTime ago(int daysAgo) { return QDateTime(today().addDays(-daysAgo), QTime(10, 0), Qt::UTC); }

    void create(const QDateTime &at, const QString &value)
    {
        m_now = at;
        auto lead = await(m_backend->leads().createLead(
            Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Firma %1"_s.arg(m_leads.size() + 1)}, {u"value"_s, value}}, {}, 0}));
        QVERIFY2(lead.has_value(), qPrintable(lead ? QString() : lead.error().message));
        m_leads.append(lead->id);
    }
    void move(int lead, const QString &stage, const QDateTime &at, const QString &lostReason = {})
    {
        m_now = at;
        FieldInput fields;
        if (!lostReason.isEmpty())
            fields.insert(u"lost_reason"_s, lostReason);
        auto moved = await(m_backend->leads().moveLeads(
            Principal::owner(), MoveRequest{{m_leads.at(lead - 1)}, m_pipeline.stageByName(stage)->id, fields, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
    }
    // A shown view of the pipeline at the end of `day`, its columns in.
    std::unique_ptr<BoardAsOfView> view(const QDate &day)
    {
        auto v = std::make_unique<BoardAsOfView>();
        v->resize(1280, 700);
        v->setPipeline(m_pipeline);
        v->show();
        QSignalSpy loaded(v.get(), &BoardAsOfView::loaded);
        v->setServices(&m_backend->reports(), Principal::owner());
        v->setDay(day);
        while (loaded.wait(10000) && v->headers().isEmpty()) {
        }
        return v;
    }

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
        m_leads.clear();
        m_now = ago(10);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        create(ago(9), u"1000"_s); // L1: New leads, Qualification 6 days ago, lost 2 days ago
        create(ago(8), u"3000"_s); // L2: New leads, still
        move(1, u"Qualification"_s, ago(6));
        move(1, u"Lost"_s, ago(2), u"price"_s);
        m_now = QDateTime::currentDateTimeUtc();
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    // Five days ago: L1 in Qualification (1 000 zł), L2 in New leads (3 000 zł); today
    // L1 is lost.
    void eachStageThenAndHowTodayCompares()
    {
        const QDate day = today().addDays(-5);
        const auto v = view(day);
        QVERIFY(v->bannerText().startsWith(u"The board as of "_s));
        QVERIFY(v->bannerText().endsWith(u": read only, from history"_s));
        QCOMPARE(v->headers().size(), 6); // the open and parked stages
        QCOMPARE(v->headers().at(0)->titleText(), u"New leads"_s);
        QCOMPARE(v->headers().at(0)->countText(), u"1"_s);
        QCOMPARE(v->headers().at(0)->valueText(), u"PLN\u00A03,000"_s);
        QCOMPARE(v->headers().at(1)->countText(), u"1"_s);
        QCOMPARE(v->headers().at(1)->valueText(), u"PLN\u00A01,000"_s);
        QCOMPARE(v->closedTiles().size(), 2);
        QCOMPARE(v->closedTiles().at(1)->countText(), u"0 leads"_s);
        // Below each: today beside it. Qualification lost L1; Lost gained it.
        QCOMPARE(v->changes().at(0)->text(), u"Today: 1 (±0)\nPLN\u00A03,000 (±PLN\u00A00)"_s);
        QCOMPARE(v->changes().at(1)->text(), u"Today: 0 (−1)\nPLN\u00A00 (−PLN\u00A01,000)"_s);
        QCOMPARE(v->changes().last()->text(), u"Today: 1 (+1)\nPLN\u00A01,000 (+PLN\u00A01,000)"_s);
    }

    void aDayBeforeAnyLeadSaysSo()
    {
        const auto v = view(today().addDays(-20));
        QCOMPARE(v->headers().at(0)->countText(), u"0"_s);
        QVERIFY2(v->noteText().startsWith(u"No lead had come into this pipeline"_s), qPrintable(v->noteText()));
    }

    void theDayEditStopsAtToday()
    {
        const auto v = view(today().addDays(-1));
        QCOMPARE(v->dayEdit()->maximumDate(), today());
        v->dayEdit()->setDate(today().addDays(3));
        QCOMPARE(v->day(), today());
    }
};

QTEST_MAIN(TestBoardAsOfView)
#include "tst_boardasofview.moc"
