// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// working_hours (migration 32) measures working time in SQL as WorkingClock measures it
// in memory: the migration fills the default calendar's and every team's days, a team
// made or whose calendar is saved gets its own, and the working time between two
// instants read off the table equals the calendar's, across weekends, Polish holidays, a
// team's own days off and daylight-saving changes, on SQLite and PostgreSQL.
#include "Migrator.h"
#include "StoreTest.h"
#include "TeamRepository.h"
#include "UserRepository.h"
#include "WorkingClock.h"
#include "WorkingHoursRepository.h"

#include <QRandomGenerator>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestWorkingHours : public QObject
{
    Q_OBJECT

private:
    StoreConnection m_store;

    // The working milliseconds the calendar `v.team` counts by `instant`, as migration
    // 33's view and function read them off the table (NULL outside its days): the last
    // working day opened by then, its working time before it and what it had worked of
    // that day.
    static QString elapsedSql(Database &db, const QString &instant)
    {
        const bool sqlite = isSqlite(db);
        const QString clamped = u"%1(%2(%3 - h.opens_at, 0), h.closes_at - h.opens_at)"_s.arg(
            sqlite ? u"MIN"_s : u"LEAST"_s, sqlite ? u"MAX"_s : u"GREATEST"_s, instant);
        return u"(SELECT h.before_ms + %1 FROM working_hours h WHERE h.team_id = v.team AND h.opens_at <= %2 "
               "AND %2 < (SELECT MAX(z.opens_at) FROM working_hours z WHERE z.team_id = v.team) "
               "ORDER BY h.opens_at DESC LIMIT 1)"_s.arg(clamped, instant);
    }

    // The working milliseconds between `from` and `to` in `team`'s calendar, read off
    // the table (none: either instant outside its days), or the statement's error.
    Result<std::optional<qint64>> workingBetweenInSql(qint64 team, qint64 from, qint64 to)
    {
        Database &db = *m_store.db;
        const auto elapsed = [&](const QString &instant) { return elapsedSql(db, instant); };
        auto v = db.scalar(u"SELECT %1 - %2 FROM (SELECT CAST(? AS BIGINT) AS team, CAST(? AS BIGINT) AS a, CAST(? AS BIGINT) AS b) v"_s.arg(
                               elapsed(u"v.b"_s), elapsed(u"v.a"_s)),
                           {team, from, to});
        if (!v)
            return std::unexpected(v.error());
        return v->isNull() ? std::nullopt : std::optional(v->toLongLong());
    }

    qint64 rowsOf(qint64 team)
    {
        auto n = m_store.db->scalar(u"SELECT COUNT(*) FROM working_hours WHERE team_id = ?"_s, {team});
        return n ? n->toLongLong() : -1;
    }

    // Random pairs of instants over 2025-2026 (both daylight-saving changes of each year,
    // Easter, Christmas, weekends), and a few on the hour's edges, each compared.
    void compareWithClock(qint64 team, const WorkingCalendar &calendar)
    {
        const WorkingClock clock(calendar, QDate(2024, 12, 1), QDate(2027, 2, 1));
        const qint64 first = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 span = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - first;
        QRandomGenerator random(20261207); // the same pairs each run
        QList<std::pair<qint64, qint64>> pairs;
        for (int i = 0; i < 150; ++i) {
            const qint64 a = first + qint64(random.bounded(double(span)));
            pairs.append({a, a + qint64(random.bounded(30.0 * 86'400'000))}); // up to a month later
        }
        // Opening and closing on the wall clock: 2025-03-28 (CET) to 2025-03-31 (CEST).
        const auto at = [&](QDate day, QTime time) { return QDateTime(day, time, calendar.zone()).toMSecsSinceEpoch(); };
        pairs.append({at(QDate(2025, 3, 28), QTime(9, 0)), at(QDate(2025, 3, 31), QTime(17, 0))});
        pairs.append({at(QDate(2025, 3, 28), QTime(16, 59)), at(QDate(2025, 3, 31), QTime(9, 1))});
        pairs.append({at(QDate(2025, 12, 23), QTime(12, 0)), at(QDate(2025, 12, 29), QTime(12, 0))}); // Christmas
        pairs.append({at(QDate(2026, 6, 4), QTime(8, 0)), at(QDate(2026, 6, 5), QTime(18, 0))}); // Corpus Christi
        for (const auto &[from, to] : std::as_const(pairs)) {
            const auto sql = workingBetweenInSql(team, from, to);
            QVERIFY2(sql.has_value(), LEJEK_MESSAGE(sql));
            QVERIFY2(sql->has_value(), qPrintable(u"no working time in SQL from %1 to %2"_s.arg(from).arg(to)));
            QCOMPARE(**sql, clock.workingBetween(from, to));
        }
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_store.open();
        if (m_store.db)
            QVERIFY(Migrator::migrate(*m_store.db).has_value());
    }

    void cleanup() { m_store.close(); }

    void theDefaultCalendarIsFilledByTheMigration()
    {
        // Monday to Friday, minus Polish holidays, 2000 to 2037: about 250 days a year.
        const qint64 rows = rowsOf(WorkingHoursRepository::DefaultCalendar);
        QVERIFY2(rows > 38 * 245 && rows < 38 * 255, qPrintable(QString::number(rows)));
        compareWithClock(WorkingHoursRepository::DefaultCalendar, WorkingCalendar());
    }

    void aTeamsOwnCalendarIsFilledWhenSaved()
    {
        UserRepository users(*m_store.db);
        auto team = users.ensureTeam(u"AE New York"_s);
        QVERIFY2(team.has_value(), LEJEK_MESSAGE(team));
        // Made with the columns' default calendar: the default's days.
        QCOMPARE(rowsOf(*team), rowsOf(WorkingHoursRepository::DefaultCalendar));

        TeamSettings settings;
        settings.name = u"AE New York"_s;
        CalendarSettings hours;
        hours.timeZone = u"America/New_York"_s;
        hours.start = QTime(8, 30);
        hours.end = QTime(16, 45);
        hours.weekdays = {1, 2, 3, 4, 5, 6}; // Saturdays too
        hours.daysOff = {QDate(2025, 7, 4), QDate(2025, 11, 27)};
        settings.calendar = hours;
        QVERIFY(TeamRepository(*m_store.db).saveSettings(*team, settings).has_value());
        auto calendar = TeamRepository(*m_store.db).calendar(*team);
        QVERIFY(calendar.has_value());
        QCOMPARE(calendar->zone().id(), QByteArray("America/New_York"));
        QVERIFY(rowsOf(*team) > rowsOf(WorkingHoursRepository::DefaultCalendar)); // six days a week
        compareWithClock(*team, *calendar);
        // The other calendars are left as they were.
        compareWithClock(WorkingHoursRepository::DefaultCalendar, WorkingCalendar());
    }

    void instantsOutsideTheTableHaveNoWorkingTime()
    {
        const qint64 in = QDateTime(QDate(2025, 5, 5), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 before = QDateTime(QDate(1999, 12, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 after = QDateTime(QDate(2038, 1, 4), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const auto &[team, from, to] : {std::tuple<qint64, qint64, qint64>{WorkingHoursRepository::DefaultCalendar, before, in},
                                             {WorkingHoursRepository::DefaultCalendar, in, after},
                                             {12345, in, in + 86'400'000}}) { // no such calendar
            const auto sql = workingBetweenInSql(team, from, to);
            QVERIFY2(sql.has_value(), LEJEK_MESSAGE(sql));
            QVERIFY(!sql->has_value());
        }
        // Inside, the same statement answers.
        const auto sql = workingBetweenInSql(WorkingHoursRepository::DefaultCalendar, in, in + 86'400'000);
        QVERIFY2(sql.has_value(), LEJEK_MESSAGE(sql));
        QCOMPARE(sql->value_or(-1), 8 * 3'600'000); // a Monday noon to Tuesday noon: 8 hours
    }
};

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
