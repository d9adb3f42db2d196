// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Poland's public holidays and a team's working time: every expected instant below is
// worked out by hand on a wall calendar of 2026 (Warsaw is UTC+1 in winter, UTC+2 from
// 29 March to 25 October), not computed by the code under test.
#include "PolishHolidays.h"
#include "WorkingCalendar.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
QDateTime utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(PolishHolidays::easterSunday(year), easter);
    }

    void holidaysAsTheLawHasThem()
    {
        const QMap<QDate, QString> y2026 = PolishHolidays::of(2026);
        QCOMPARE(y2026.size(), 14);
        QCOMPARE(y2026.value(QDate(2026, 4, 6)), u"Poniedziałek Wielkanocny"_s);
        QCOMPARE(y2026.value(QDate(2026, 5, 24)), u"Zielone Świątki"_s);
        QCOMPARE(y2026.value(QDate(2026, 6, 4)), u"Boże Ciało"_s);
        QCOMPARE(y2026.value(QDate(2026, 12, 24)), u"Wigilia Bożego Narodzenia"_s);
        QVERIFY(PolishHolidays::isHoliday(QDate(2026, 1, 6)));
        QVERIFY(PolishHolidays::isHoliday(QDate(2026, 11, 11)));
        QVERIFY(!PolishHolidays::isHoliday(QDate(2026, 11, 12)));
        // Christmas Eve from 2025 on, Epiphany from 2011 on.
        QCOMPARE(PolishHolidays::of(2024).size(), 13);
        QVERIFY(!PolishHolidays::isHoliday(QDate(2024, 12, 24)));
        QCOMPARE(PolishHolidays::of(2010).size(), 12);
        QVERIFY(!PolishHolidays::isHoliday(QDate(2010, 1, 6)));
    }

    void addsWorkingTime_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("due");
        // Friday 16:45 Warsaw + 30 min: 15 on Friday, 15 on Monday.
        QTest::newRow("weekend") << utc(u"2026-01-09T15:45:00Z"_s) << 30 << utc(u"2026-01-12T08:15:00Z"_s);
        // Monday 16:00 + 90: Tuesday 6 January is Epiphany.
        QTest::newRow("Epiphany") << utc(u"2026-01-05T15:00:00Z"_s) << 90 << utc(u"2026-01-07T08:30:00Z"_s);
        // Good Friday 16:00 (summer time) + 120: 60 on Friday, Easter Monday off, 60 on Tuesday.
        QTest::newRow("Easter Monday") << utc(u"2026-04-03T14:00:00Z"_s) << 120 << utc(u"2026-04-07T08:00:00Z"_s);
        // Wednesday 16:30 + 60: Thursday 4 June is Corpus Christi.
        QTest::newRow("Corpus Christi") << utc(u"2026-06-03T14:30:00Z"_s) << 60 << utc(u"2026-06-05T07:30:00Z"_s);
        // Tuesday 16:50 + 15: Wednesday 11 November off.
        QTest::newRow("11 November") << utc(u"2026-11-10T15:50:00Z"_s) << 15 << utc(u"2026-11-12T08:05:00Z"_s);
        // Wednesday 23 December 16:00 + two working days (SLA 2): 60 that day, 24-27 off,
        // 480 on Monday 28, 420 on Tuesday 29: 16:00 Warsaw.
        QTest::newRow("24-26 December") << utc(u"2026-12-23T15:00:00Z"_s) << 960 << utc(u"2026-12-29T15:00:00Z"_s);
        // Friday 27 March 16:30 (UTC+1) + 60: 30 on Friday, Monday 9:30 is 07:30 UTC (UTC+2).
        QTest::newRow("into summer time") << utc(u"2026-03-27T15:30:00Z"_s) << 60 << utc(u"2026-03-30T07:30:00Z"_s);
        // Friday 23 October 16:30 (UTC+2) + 60: Monday 9:30 is 08:30 UTC (UTC+1).
        QTest::newRow("into winter time") << utc(u"2026-10-23T14:30:00Z"_s) << 60 << utc(u"2026-10-26T08:30:00Z"_s);
        // 8:00 Warsaw, before opening: counted from 9:00.
        QTest::newRow("before opening") << utc(u"2026-01-12T07:00:00Z"_s) << 15 << utc(u"2026-01-12T08:15:00Z"_s);
        // 18:00 Warsaw + nothing: the next opening, Tuesday 9:00.
        QTest::newRow("after closing, zero") << utc(u"2026-01-12T17:00:00Z"_s) << 0 << utc(u"2026-01-13T08:00:00Z"_s);
        // Exactly the rest of the day: closing time itself, not the next morning.
        QTest::newRow("to closing") << utc(u"2026-01-12T15:00:00Z"_s) << 60 << utc(u"2026-01-12T16:00:00Z"_s);
    }
    void addsWorkingTime()
    {
        QFETCH(QDateTime, from);
        QFETCH(int, minutes);
        QFETCH(QDateTime, due);
        const WorkingCalendar calendar;
        QCOMPARE(calendar.addWorkingMinutes(from, minutes), due);
        if (minutes > 0) // and back: the working time between them is what was added
            QCOMPARE(calendar.workingBetween(from, due), qint64(minutes) * 60'000);
    }

    void countsWorkingTimeBetween()
    {
        const WorkingCalendar calendar;
        // Over Christmas, as above: 60 + 480 + 420 minutes.
        QCOMPARE(calendar.workingBetween(utc(u"2026-12-23T15:00:00Z"_s), utc(u"2026-12-29T15:00:00Z"_s)), qint64(960) * 60'000);
        // A weekend alone holds none; backwards is none.
        QCOMPARE(calendar.workingBetween(utc(u"2026-01-10T08:00:00Z"_s), utc(u"2026-01-11T20:00:00Z"_s)), 0);
        QCOMPARE(calendar.workingBetween(utc(u"2026-01-13T08:00:00Z"_s), utc(u"2026-01-12T08:00:00Z"_s)), 0);
    }

    void aTeamHasItsOwnHoursAndDaysOff()
    {
        // Monday 12 January off for this team: Friday's last 15 minutes, then Tuesday.
        const WorkingCalendar team(QTimeZone(QByteArrayLiteral("Europe/Warsaw")), QTime(9, 0), QTime(17, 0), {1, 2, 3, 4, 5},
                                   {QDate(2026, 1, 12)});
        QVERIFY(!team.isWorkingDay(QDate(2026, 1, 12)));
        QCOMPARE(team.addWorkingMinutes(utc(u"2026-01-09T15:45:00Z"_s), 30), utc(u"2026-01-13T08:15:00Z"_s));
        // A London team, 8:00-16:00 UTC in winter, working Saturdays too.
        const WorkingCalendar london(QTimeZone(QByteArrayLiteral("Europe/London")), QTime(8, 0), QTime(16, 0), {1, 2, 3, 4, 5, 6});
        QCOMPARE(london.addWorkingMinutes(utc(u"2026-01-09T15:45:00Z"_s), 30), utc(u"2026-01-10T08:15:00Z"_s));
        // No working day at all: no due time rather than an endless search.
        const WorkingCalendar never(QTimeZone(QByteArrayLiteral("Europe/Warsaw")), QTime(9, 0), QTime(17, 0), {});
        QVERIFY(!never.addWorkingMinutes(utc(u"2026-01-09T15:45:00Z"_s), 30).isValid());
    }

    // hoursOver() takes the zone's offset from its changes, not a date-time per day:
    // every day of a century the same as hoursOn(), in zones with daylight saving (an
    // hour, half an hour, south of the equator), without it, in UTC, and with hours that
    // open inside a spring-forward gap or close on a fall-back overlap.
    void hoursOverACenturyAreEachDaysHours_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::newRow("Warsaw 9-17") << QByteArray("Europe/Warsaw") << QTime(9, 0) << QTime(17, 0);
        QTest::newRow("Warsaw from the gap") << QByteArray("Europe/Warsaw") << QTime(2, 30) << QTime(10, 0);
        QTest::newRow("New York to the overlap") << QByteArray("America/New_York") << QTime(0, 0) << QTime(1, 30);
        QTest::newRow("Lord Howe") << QByteArray("Australia/Lord_Howe") << QTime(8, 15) << QTime(16, 45);
        QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << QTime(10, 0) << QTime(18, 30);
        QTest::newRow("UTC") << QByteArray("UTC") << QTime(9, 0) << QTime(17, 0);
        QTest::newRow("closed") << QByteArray("Europe/Warsaw") << QTime(17, 0) << QTime(9, 0);
    }

    void hoursOverACenturyAreEachDaysHours()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        const WorkingCalendar calendar(QTimeZone(zone), start, end, {1, 2, 3, 4, 5, 6}, {QDate(2040, 5, 4)});
        const QDate first(2000, 1, 1), last(2099, 12, 31);
        const auto hours = calendar.hoursOver(first, last);
        QCOMPARE(qint64(hours.size()), first.daysTo(last) + 1);
        qsizetype i = 0;
        for (QDate day = first; day <= last; day = day.addDays(1), ++i)
            if (hours[size_t(i)] != calendar.hoursOn(day))
                QFAIL(qPrintable(u"%1: %2-%3, hoursOn %4-%5"_s.arg(day.toString(Qt::ISODate))
                                     .arg(hours[size_t(i)].first)
                                     .arg(hours[size_t(i)].second)
                                     .arg(calendar.hoursOn(day).first)
                                     .arg(calendar.hoursOn(day).second)));
        QVERIFY(calendar.hoursOver(last, first).empty());
    }
};

QTEST_APPLESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
