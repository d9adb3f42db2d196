// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// handoff_stays (migration 33), each lead's first entry into its pipeline's handoff
// stage with its working times, on SQLite and a real PostgreSQL server. After a demo's
// history, and after each change the stays' triggers cannot see (a team's calendar
// saved, a user moved to another team, the scoring model handing off at another stage,
// that stage renamed), the table holds exactly the first entries into the handoff stage
// the configuration names, each entry's working time to its first contact and to its
// move on equals WorkingClock's in the calendar of its owner's team (the default one for
// a lead nobody in a team owns), each in the bucket whose bounds hold it; and its counts
// by month are its rows grouped (tst_stagestays checks the same after every kind of
// write to the stays).
#include "Await.h"
#include "Database.h"
#include "DayCounts.h"
#include "DemoWriter.h"
#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "LocalBackend.h"
#include "PipelineRepository.h"
#include "ReportDayRepository.h"
#include "TeamRepository.h"
#include "TestDatabase.h"
#include "WorkingClock.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestHandoffStays : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<Database> m_sql;
    QDateTime m_now;
    Pipeline m_pipeline;

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto v = m_sql->scalar(sql, values);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return v->toLongLong();
    }

    // The first entries into `stage` of leads not merged, as the stays tell them.
    qint64 firstEntriesInto(qint64 stage)
    {
        return count(u"SELECT COUNT(*) FROM stage_stays WHERE stage_id = ? AND prior_entered_at IS NULL AND merged_into IS NULL"_s, {stage});
    }

    // Every row against the calendars as the store has them now: its stage, its
    // working times measured again by WorkingClock, its buckets; and the table against
    // its definition and its counts. Returns how many had a contact measured.
    qint64 verifyMeasured(const char *when, qint64 stage)
    {
        const QString where = QString::fromLatin1(when);
        const QString off = handoffStaysOff(*m_sql);
        if (!off.isEmpty())
            qFatal("%s: %s", when, qPrintable(off));
        if (count(u"SELECT COUNT(*) FROM handoff_stays"_s) != firstEntriesInto(stage)
            || count(u"SELECT COUNT(*) FROM handoff_stays WHERE stage_id <> ?"_s, {stage}) != 0)
            qFatal("%s: handoff_stays holds other entries than the first ones into stage %lld", when, stage);
        auto calendars = TeamRepository(*m_sql).calendars();
        if (!calendars)
            qFatal("%s", qPrintable(calendars.error().message));
        QHash<qint64, WorkingClock> clocks;
        const auto clockOf = [&](qint64 team) -> const WorkingClock & {
            if (!clocks.contains(team))
                clocks.insert(team, WorkingClock(calendars->value(team, WorkingCalendar()), QDate(2024, 1, 1), QDate(2027, 12, 31)));
            return *clocks.find(team);
        };
        auto rows = m_sql->exec(u"SELECT h.entered_at, h.first_contact_at, h.left_at, h.contact_ms, h.contact_bucket, h.move_ms, "
                                "h.move_bucket, COALESCE(u.team_id, 0), h.owner_id, s.owner_id FROM handoff_stays h "
                                "JOIN stage_stays s ON s.change_id = h.change_id LEFT JOIN users u ON u.id = h.owner_id"_s);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        qint64 contacted = 0;
        const auto check = [&](const QSqlQuery &r, int instant, int ms, int bucket, const WorkingClock &clock) {
            const qint64 entered = r.value(0).toLongLong();
            if (r.value(instant).isNull()) {
                if (!r.value(ms).isNull() || r.value(bucket).toLongLong() != -1)
                    qFatal("%s: a handoff not there yet has a working time", when);
                return;
            }
            const qint64 expected = clock.workingBetween(entered, r.value(instant).toLongLong());
            if (r.value(ms).isNull() || r.value(ms).toLongLong() != expected)
                qFatal("%s: working time %s, WorkingClock's %lld", qPrintable(where), qPrintable(r.value(ms).toString()), expected);
            // In the bucket whose bounds hold it, the one the reader places it in too.
            const auto [low, high] = ReportDayRepository::lengthBounds(r.value(bucket).toLongLong());
            if ((low && expected < *low) || expected >= high || ReportDayRepository::lengthBucket(expected) != r.value(bucket).toLongLong())
                qFatal("%s: %lld ms in bucket %lld", when, expected, r.value(bucket).toLongLong());
        };
        while ((*rows)->next()) {
            const QSqlQuery &r = **rows;
            if (r.value(8).toLongLong() != r.value(9).toLongLong())
                qFatal("%s: a handoff's owner is not its stay's", when);
            const WorkingClock &clock = clockOf(r.value(7).toLongLong());
            check(r, 1, 3, 4, clock);
            check(r, 2, 5, 6, clock);
            contacted += r.value(3).isNull() ? 0 : 1;
        }
        (*rows)->finish();
        return contacted;
    }

    qint64 stageId(const QString &name) { return m_pipeline.stageByName(name)->id; }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        m_now = QDateTime(QDate(2026, 6, 30), QTime(15, 0), Qt::UTC);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        DemoWriter::Options options;
        options.leads = 600;
        options.seed = 7;
        options.now = m_now;
        auto demo = DemoWriter(*m_backend).write(options);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().message));
        auto pipelines = await(m_backend->pipelines().pipelines(Principal::owner()));
        QVERIFY(pipelines.has_value() && !pipelines->isEmpty());
        m_pipeline = pipelines->front();
        auto sql = Database::open(m_db->settings(), u"handoff-stays"_s);
        QVERIFY2(sql.has_value(), qPrintable(sql ? QString() : sql.error().message));
        m_sql = std::move(*sql);
    }

    void cleanup()
    {
        m_sql.reset();
        m_backend.reset();
        m_db.reset();
    }

    void followsTheCalendarsAndTheHandoffStage()
    {
        const qint64 mql = stageId(u"MQL"_s), sql = stageId(u"SQL"_s);
        QCOMPARE(count(u"SELECT stage_id FROM handoff_stages WHERE pipeline_id = ?"_s, {m_pipeline.id}), mql);
        QVERIFY(firstEntriesInto(mql) > 100);
        const qint64 contacted = verifyMeasured("after the demo", mql);
        QVERIFY(contacted > 50);
        QVERIFY(count(u"SELECT COUNT(*) FROM handoff_stays WHERE left_at IS NOT NULL"_s) > 50);

        // A team's calendar saved: New York's hours, Saturdays too. Its members'
        // handoffs are measured in it, the others' as they were.
        const qint64 team = count(u"SELECT MIN(u.team_id) FROM users u WHERE u.id IN (SELECT owner_id FROM handoff_stays)"_s);
        QVERIFY(team > 0);
        const auto sumOf = [&](const QString &owners) {
            return count(u"SELECT COALESCE(SUM(contact_ms), 0) FROM handoff_stays WHERE owner_id %1 (SELECT id FROM users WHERE team_id = ?)"_s.arg(owners),
                         {team});
        };
        const qint64 theirs = sumOf(u"IN"_s), others = sumOf(u"NOT IN"_s);
        TeamSettings settings;
        settings.name = u"moved"_s;
        CalendarSettings hours;
        hours.timeZone = u"America/New_York"_s;
        hours.start = QTime(7, 0);
        hours.end = QTime(19, 0);
        hours.weekdays = {1, 2, 3, 4, 5, 6};
        settings.calendar = hours;
        QVERIFY(TeamRepository(*m_sql).saveSettings(team, settings).has_value());
        QCOMPARE(verifyMeasured("after a team's calendar was saved", mql), contacted);
        QVERIFY(sumOf(u"IN"_s) != theirs);
        QCOMPARE(sumOf(u"NOT IN"_s), others);

        // A user of another team moved into it: measured in its calendar too.
        const qint64 mover = count(u"SELECT MIN(owner_id) FROM handoff_stays WHERE contact_ms IS NOT NULL AND owner_id NOT IN "
                                   "(SELECT id FROM users WHERE team_id = ?) AND owner_id <> 0"_s,
                                   {team});
        QVERIFY(mover > 0);
        const qint64 before = count(u"SELECT SUM(contact_ms) FROM handoff_stays WHERE owner_id = ?"_s, {mover});
        QVERIFY(TeamRepository(*m_sql).saveMember(team, mover, MemberSettings{}).has_value());
        verifyMeasured("after a user moved to another team", mql);
        QVERIFY(count(u"SELECT SUM(contact_ms) FROM handoff_stays WHERE owner_id = ?"_s, {mover}) != before);

        // The scoring model hands off at SQL: the first entries into SQL are kept instead.
        ScoringModel model;
        model.handoffStage = u"SQL"_s;
        QVERIFY(EngineConfigRepository(*m_sql).save(m_pipeline.id, u"scoring"_s, EngineConfigJson::scoringToJson(model), m_now, 0).has_value());
        QCOMPARE(count(u"SELECT stage_id FROM handoff_stages WHERE pipeline_id = ?"_s, {m_pipeline.id}), sql);
        QVERIFY(firstEntriesInto(sql) > 50);
        verifyMeasured("after the handoff stage was configured anew", sql);

        // That stage renamed: the model's name matches no stage, so nothing is a handoff;
        // named back, its entries are kept again.
        Stage renamed = *m_pipeline.stageByName(u"SQL"_s);
        renamed.name = u"Sales accepted"_s;
        renamed.translated.clear();
        QVERIFY(PipelineRepository(*m_sql).updateStage(renamed, m_now, 0).has_value());
        QCOMPARE(count(u"SELECT COUNT(*) FROM handoff_stages"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM handoff_stays"_s), 0);
        QVERIFY(handoffStaysOff(*m_sql).isEmpty());
        renamed.name = u"SQL"_s;
        QVERIFY(PipelineRepository(*m_sql).updateStage(renamed, m_now, 0).has_value());
        verifyMeasured("after the stage was named back", sql);
    }
};

QTEST_GUILESS_MAIN(TestHandoffStays)
#include "tst_handoffstays.moc"
