// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WorkingClock answers what WorkingCalendar answers (whose figures tst_workingcalendar
// checks by hand), from its table of days: for instants all over a year with its
// holidays and both daylight-saving changes, at and around the hours' edges, for the
// default calendar and a team's own, and outside the table's span.
#include "WorkingClock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestWorkingClock : public QObject
{
    Q_OBJECT

private:
    // Instants on the hours' edges and anywhere, in 2025-12 to 2027-01.
    static QList<QDateTime> instants(QRandomGenerator &random, const WorkingCalendar &calendar)
    {
        QList<QDateTime> out;
        for (QDate day(2025, 12, 1); day <= QDate(2027, 1, 31); day = day.addDays(1)) {
            const auto [open, close] = calendar.hoursOn(day);
            for (qint64 t : {open, close, open - 1, open + 1, close - 1, close + 1})
                out.append(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
            out.append(QDateTime::fromMSecsSinceEpoch(open + qint64(random.bounded(86'400'000)) - 43'200'000, Qt::UTC));
        }
        return out;
    }

private Q_SLOTS:
    void answersAsTheCalendar_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QList<int>>("weekdays");
        QTest::newRow("default") << QString() << QTime() << QTime() << QList<int>{};
        QTest::newRow("London, four days, a day off") << u"Europe/London"_s << QTime(8, 0) << QTime(16, 30) << QList<int>{1, 2, 3, 4};
        QTest::newRow("no hours") << u"Europe/Warsaw"_s << QTime(10, 0) << QTime(10, 0) << QList<int>{1, 2, 3, 4, 5};
    }

    void answersAsTheCalendar()
    {
        QFETCH(QString, zone);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QList<int>, weekdays);
        const WorkingCalendar calendar = zone.isEmpty()
                                             ? WorkingCalendar()
                                             : WorkingCalendar(QTimeZone(zone.toUtf8()), start, end, QSet<int>(weekdays.cbegin(), weekdays.cend()),
                                                               {QDate(2026, 7, 15)});
        // The table covers 2026; the instants reach a month either side of it.
        const WorkingClock clock(calendar, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QRandomGenerator random(20261206);
        const QList<QDateTime> at = instants(random, calendar);
        int compared = 0, within = 0;
        for (qsizetype i = 0; i < at.size(); ++i) {
            const QDateTime &from = at.at(i);
            // To an instant later the same day, days later, weeks later, and earlier.
            for (qsizetype step : {qsizetype(1), qsizetype(3), qsizetype(7 * 5), qsizetype(7 * 40), qsizetype(-9)}) {
                const qsizetype j = i + step;
                if (j < 0 || j >= at.size())
                    continue;
                QCOMPARE(clock.workingBetween(from, at.at(j)), calendar.workingBetween(from, at.at(j)));
                QCOMPARE(clock.workingBetween(from.toMSecsSinceEpoch(), at.at(j).toMSecsSinceEpoch()),
                         calendar.workingBetween(from, at.at(j)));
                ++compared;
            }
            for (qint64 minutes : {0, 1, 15, 60, 8 * 60, 16 * 60, 3 * 8 * 60 + 7, 40 * 8 * 60}) {
                const QDateTime due = calendar.addWorkingMinutes(from, minutes);
                QCOMPARE(clock.addWorkingMinutes(from, minutes), due);
                if (minutes == 0)
                    continue;
                // Within the due time: at it, a millisecond either side, and the instants
                // around (the closing after it, with the same working time, is not).
                QList<QDateTime> ts{due.addMSecs(-1), due, due.addMSecs(1), due.addSecs(3600)};
                for (qsizetype step : {1, 3, 7 * 5, 7 * 40})
                    if (i + step < at.size())
                        ts.append(at.at(i + step));
                for (const QDateTime &t : std::as_const(ts)) {
                    if (!t.isValid())
                        continue;
                    QCOMPARE(clock.isWithin(from.toMSecsSinceEpoch(), minutes * 60'000, t.toMSecsSinceEpoch()), due.isValid() && t <= due);
                    ++within;
                }
            }
        }
        QVERIFY(compared > 2000);
        QVERIFY(within > 20000);
        QCOMPARE(clock.workingBetween(QDateTime(), at.first()), 0);
        QCOMPARE(clock.addWorking(QDateTime(), 60'000), QDateTime());
        QCOMPARE(clock.addWorking(at.first(), -1), QDateTime());
    }
};

QTEST_GUILESS_MAIN(TestWorkingClock)
#include "tst_workingclock.moc"
