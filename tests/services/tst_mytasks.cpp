// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// My tasks across pipelines, on SQLite and on a real PostgreSQL server: a rep's open
// tasks in every pipeline, soonest first, grouped overdue / today / upcoming; done and
// cancelled tasks gone from it; cancelling kept in the timeline; someone else's tasks
// not listed.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestMyTasks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    Principal m_anna, m_piotr;
    Pipeline m_b2b, m_handoff;

    Principal user(const QString &name)
    {
        auto u = await(m_backend->pipelines().createUser(Principal::owner(), User{0, name, {}, 0, {}, u"rep"_s, true}));
        return u ? Principal::of(*u) : Principal{};
    }
    qint64 lead(const Pipeline &p, const QString &company, const QString &owner)
    {
        auto l = await(m_backend->leads().createLead(Principal::owner(), NewLead{p.id, {}, {{u"company"_s, company}, {u"owner"_s, owner}}, {}}));
        return l ? l->id : 0;
    }
    qint64 task(const Principal &by, qint64 leadId, const QString &title, const QDateTime &due)
    {
        auto t = await(m_backend->leads().createTask(by, NewTask{leadId, title, due, {}, {}}));
        if (!t)
            qWarning() << t.error().message;
        return t ? t->id : 0;
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
        m_b2b = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        m_handoff = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        m_anna = user(u"Anna Nowak"_s);
        m_piotr = user(u"Piotr Wiśniewski"_s);
        QVERIFY(m_anna.userId && m_piotr.userId);
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void listsOpenTasksOfEveryPipelineSoonestFirst()
    {
        const qint64 okna = lead(m_b2b, u"Fabryka Okien"_s, u"Anna Nowak"_s);
        const qint64 huta = lead(m_handoff, u"Huta Zawiercie"_s, u"Anna Nowak"_s);
        const qint64 piotrs = lead(m_b2b, u"Piekarnia"_s, u"Piotr Wiśniewski"_s);
        const qint64 overdue = task(m_anna, huta, u"Call back"_s, m_now.addSecs(-3600));
        const qint64 later = task(m_anna, okna, u"Send the offer"_s, m_now.addDays(3));
        const qint64 soon = task(m_anna, okna, u"Confirm the meeting"_s, m_now.addSecs(60));
        const qint64 done = task(m_anna, huta, u"Done already"_s, m_now.addDays(1));
        const qint64 cancelled = task(m_anna, okna, u"Not needed"_s, m_now.addDays(2));
        task(m_piotr, piotrs, u"Piotr's own"_s, m_now.addDays(1));
        QVERIFY(await(m_backend->leads().completeTask(m_anna, done)).has_value());
        auto c = await(m_backend->leads().cancelTask(m_anna, cancelled));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message));
        QVERIFY(c->isCancelled() && c->isDone());

        auto mine = await(m_backend->leads().myTasks(m_anna, 500));
        QVERIFY2(mine.has_value(), qPrintable(mine ? QString() : mine.error().message));
        QList<qint64> ids;
        for (const Task &t : *mine)
            ids.append(t.id);
        QCOMPARE(ids, (QList<qint64>{overdue, soon, later}));
        QCOMPARE(mine->at(0).leadName, u"Huta Zawiercie"_s);
        QCOMPARE(mine->at(0).pipelineName, m_handoff.name);
        QCOMPARE(mine->at(1).pipelineId, m_b2b.id);
        QCOMPARE(mine->at(0).agenda(m_now), Task::Agenda::Overdue);
        QCOMPARE(mine->at(2).agenda(m_now), Task::Agenda::Upcoming);

        auto piotr = await(m_backend->leads().myTasks(m_piotr, 500));
        QVERIFY(piotr.has_value());
        QCOMPARE(piotr->size(), 1);
        QCOMPARE(piotr->first().title, u"Piotr's own"_s);

        // The owner of the database is no user: refused, not an empty list.
        auto owner = await(m_backend->leads().myTasks(Principal::owner(), 500));
        QVERIFY(!owner.has_value());
        QCOMPARE(owner.error().code, Error::Code::Invalid);
    }

    void cancellingIsKeptAndOnlyOnce()
    {
        const qint64 okna = lead(m_b2b, u"Fabryka Okien"_s, u"Anna Nowak"_s);
        const qint64 id = task(m_anna, okna, u"Send the offer"_s, m_now.addDays(1));
        QVERIFY(await(m_backend->leads().cancelTask(m_anna, id)).has_value());
        auto again = await(m_backend->leads().cancelTask(m_anna, id));
        QVERIFY(!again.has_value());
        QVERIFY2(again.error().message.contains(u"already cancelled"_s), qPrintable(again.error().message));
        auto reschedule = await(m_backend->leads().rescheduleTask(m_anna, id, m_now.addDays(5)));
        QVERIFY(!reschedule.has_value());
        // Piotr may not cancel a task on Anna's lead.
        const qint64 other = task(m_anna, okna, u"Call"_s, m_now.addDays(1));
        auto forbidden = await(m_backend->leads().cancelTask(m_piotr, other));
        QVERIFY(!forbidden.has_value());
        QCOMPARE(forbidden.error().code, Error::Code::Forbidden);

        auto timeline = await(m_backend->leads().timelinePage(m_anna, TimelineRequest{okna, {TimelineEntry::Category::Task}, 10, {}}));
        QVERIFY(timeline.has_value());
        QStringList kinds;
        for (const TimelineEntry &e : timeline->entries)
            kinds.append(e.activity.kind + u":"_s + e.activity.subject);
        QCOMPARE(kinds, (QStringList{u"task_created:Call"_s, u"task_cancelled:Send the offer"_s, u"task_created:Send the offer"_s}));
        auto tasks = await(m_backend->leads().tasks(m_anna, okna));
        QVERIFY(tasks.has_value());
        QCOMPARE(tasks->size(), 2);
        QVERIFY(tasks->last().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestMyTasks)
#include "tst_mytasks.moc"
