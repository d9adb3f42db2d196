// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A card's timeline comes in pages, newest first, on SQLite and on a real PostgreSQL
// server: pages join into the whole history with nothing repeated or skipped (ties of
// one instant included), a filter shows one kind of entry, and a rep who may not see the
// lead reads nothing.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestTimelinePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    qint64 m_lead = 0;

    void log(const QString &kind, const QString &subject, const QDateTime &at)
    {
        auto a = await(m_backend->leads().logActivity(Principal::owner(), NewActivity{m_lead, kind, subject, {}, at, {}}));
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().message));
    }
    // Every page of `request`, joined, and the number of pages read.
    QList<TimelineEntry> allPages(TimelineRequest request, int *pages)
    {
        QList<TimelineEntry> entries;
        *pages = 0;
        for (;;) {
            auto page = await(m_backend->leads().timelinePage(Principal::owner(), request));
            if (!page) {
                qWarning() << page.error().message;
                return {};
            }
            ++*pages;
            entries += page->entries;
            if (!page->hasMore || *pages > 100)
                return entries;
            request.before = page->next;
        }
    }
    static QString describe(const TimelineEntry &e)
    {
        return e.type == TimelineEntry::Type::StageChange ? u"stage %1→%2"_s.arg(e.fromStage, e.toStage)
                                                          : u"%1 %2"_s.arg(e.activity.kind, e.activity.subject);
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
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Fabryka Okien"_s}}, {}}));
        QVERIFY(lead.has_value());
        m_lead = lead->id;
        // 25 calls and notes a minute apart, then a move and a note at one instant.
        for (int i = 1; i <= 25; ++i)
            log(i % 2 ? u"call"_s : u"note"_s, u"#%1"_s.arg(i), m_now.addSecs(60 * i));
        m_now = m_now.addSecs(3600);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{m_lead}, m_pipeline.stages[1].id, {}, {}, {}, {}}));
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().message));
        log(u"note"_s, u"after the move"_s, m_now);
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void pagesJoinIntoTheWholeHistoryNewestFirst()
    {
        auto whole = await(m_backend->leads().timeline(Principal::owner(), m_lead));
        QVERIFY(whole.has_value());
        QStringList expected;
        for (const TimelineEntry &e : *whole)
            if (e.activity.kind != u"stage_change"_s)
                expected.prepend(describe(e));
        // created + its stage entry, 25 activities, the move and the note after it.
        QCOMPARE(expected.size(), 2 + 25 + 2);
        QCOMPARE(expected.first(), u"note after the move"_s);
        QCOMPARE(expected.at(1), u"stage %1→%2"_s.arg(m_pipeline.stages[0].displayName(), m_pipeline.stages[1].displayName()));
        QCOMPARE(expected.at(2), u"call #25"_s);

        for (const int limit : {1, 2, 7, 50}) {
            int pages = 0;
            QStringList got;
            for (const TimelineEntry &e : allPages(TimelineRequest{m_lead, {}, limit, {}}, &pages))
                got.append(describe(e));
            QCOMPARE(got, expected);
            QCOMPARE(pages, (expected.size() + limit - 1) / limit);
        }
    }

    void aFilterShowsOneKind()
    {
        int pages = 0;
        const auto calls = allPages(TimelineRequest{m_lead, {TimelineEntry::Category::Call}, 4, {}}, &pages);
        QCOMPARE(calls.size(), 13);
        QCOMPARE(pages, 4);
        QCOMPARE(calls.first().activity.subject, u"#25"_s);
        QCOMPARE(calls.last().activity.subject, u"#1"_s);
        for (const TimelineEntry &e : calls)
            QCOMPARE(e.category(), TimelineEntry::Category::Call);

        const auto stages = allPages(TimelineRequest{m_lead, {TimelineEntry::Category::Stage}, 10, {}}, &pages);
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.first().toStage, m_pipeline.stages[1].displayName());
        QVERIFY(stages.last().fromStage.isEmpty()); // the lead's creation

        const auto other = allPages(TimelineRequest{m_lead, {TimelineEntry::Category::Other}, 10, {}}, &pages);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().activity.kind, u"created"_s);
    }

    void badPagesAndHiddenLeadsAreRefused()
    {
        for (const int limit : {0, -1, 501}) {
            auto page = await(m_backend->leads().timelinePage(Principal::owner(), TimelineRequest{m_lead, {}, limit, {}}));
            QVERIFY(!page.has_value());
            QCOMPARE(page.error().code, Error::Code::Invalid);
            QVERIFY2(page.error().message.contains(QString::number(limit)), qPrintable(page.error().message));
        }
        auto rep = await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, {}, 0, {}, u"rep"_s, true}));
        QVERIFY(rep.has_value());
        auto other = await(m_backend->leads().createLead(Principal::owner(),
                                                         NewLead{m_pipeline.id, {}, {{u"company"_s, u"Huta"_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}));
        QVERIFY(other.has_value());
        auto piotr = await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Piotr Wiśniewski"_s, {}, 0, {}, u"rep"_s, true}));
        QVERIFY(piotr.has_value());
        auto hidden = await(m_backend->leads().timelinePage(Principal::of(*piotr), TimelineRequest{other->id, {}, 10, {}}));
        QVERIFY(!hidden.has_value());
        QCOMPARE(hidden.error().code, Error::Code::Forbidden);
        auto own = await(m_backend->leads().timelinePage(Principal::of(*rep), TimelineRequest{other->id, {}, 10, {}}));
        QVERIFY(own.has_value());
        QCOMPARE(own->entries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
