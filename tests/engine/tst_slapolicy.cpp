// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SLA 1 (15 working minutes) and SLA 2 (two working days, 960 minutes) from entering
// the handoff stage, in the default calendar (Mon-Fri 9-17 Europe/Warsaw, Polish
// holidays). Every due time is worked out by hand on the 2026 calendar: Warsaw is
// UTC+1, and UTC+2 from Sunday 29 March to Sunday 25 October; Easter is 5 April.
#include "SlaPolicy.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
QDateTime utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }
} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueTimes_data()
    {
        QTest::addColumn<QDateTime>("entered");
        QTest::addColumn<QDateTime>("firstContact");
        QTest::addColumn<QDateTime>("decision");
        // Friday 9 January 16:50: 10 min Friday, then Monday 9:05. SLA 2: 10 Friday,
        // 480 Monday, 470 Tuesday: 16:50.
        QTest::newRow("weekend") << utc(u"2026-01-09T15:50:00Z"_s) << utc(u"2026-01-12T08:05:00Z"_s) << utc(u"2026-01-13T15:50:00Z"_s);
        // Saturday 4 April (Easter Saturday): Sunday, then Easter Monday off; both count
        // from Tuesday 7 April 9:00 (UTC+2): 9:15, and Wednesday 17:00.
        QTest::newRow("Easter Monday") << utc(u"2026-04-04T10:00:00Z"_s) << utc(u"2026-04-07T07:15:00Z"_s) << utc(u"2026-04-08T15:00:00Z"_s);
        // Wednesday 3 June 16:55; Thursday 4 June is Corpus Christi: 5 + 10 on Friday
        // 9:10. SLA 2: 5, 480 Friday, 475 Monday 8 June: 16:55.
        QTest::newRow("Corpus Christi") << utc(u"2026-06-03T14:55:00Z"_s) << utc(u"2026-06-05T07:10:00Z"_s) << utc(u"2026-06-08T14:55:00Z"_s);
        // Tuesday 22 December 16:00: SLA 1 at 16:15. SLA 2: 60, 480 on the 23rd, the 24th
        // (a holiday since 2025), 25th, 26th and the weekend off, 420 on Monday 28th: 16:00.
        QTest::newRow("24-26 December") << utc(u"2026-12-22T15:00:00Z"_s) << utc(u"2026-12-22T15:15:00Z"_s) << utc(u"2026-12-28T15:00:00Z"_s);
        // Tuesday 10 November 16:50; Wednesday 11th off: Thursday 9:05. SLA 2: 10, 480
        // Thursday, 470 Friday 13th: 16:50.
        QTest::newRow("11 November") << utc(u"2026-11-10T15:50:00Z"_s) << utc(u"2026-11-12T08:05:00Z"_s) << utc(u"2026-11-13T15:50:00Z"_s);
        // Friday 27 March 16:55 (UTC+1): Monday 30th 9:10 (UTC+2) is 07:10Z; SLA 2 Tuesday
        // 31st 16:55 is 14:55Z.
        QTest::newRow("into summer time") << utc(u"2026-03-27T15:55:00Z"_s) << utc(u"2026-03-30T07:10:00Z"_s) << utc(u"2026-03-31T14:55:00Z"_s);
        // Friday 23 October 16:55 (UTC+2): Monday 26th 9:10 (UTC+1) is 08:10Z; Tuesday
        // 27th 16:55 is 15:55Z.
        QTest::newRow("into winter time") << utc(u"2026-10-23T14:55:00Z"_s) << utc(u"2026-10-26T08:10:00Z"_s) << utc(u"2026-10-27T15:55:00Z"_s);
    }
    void dueTimes()
    {
        QFETCH(QDateTime, entered);
        QFETCH(QDateTime, firstContact);
        QFETCH(QDateTime, decision);
        const SlaDue due = SlaPolicy{}.dueTimes(entered, WorkingCalendar());
        QCOMPARE(due.firstContact, firstContact);
        QCOMPARE(due.decision, decision);
    }

    void aTierOfZeroDoesNotRun()
    {
        const SlaDue due = SlaPolicy{0, 60}.dueTimes(utc(u"2026-01-12T08:00:00Z"_s), WorkingCalendar());
        QVERIFY(!due.firstContact.isValid());
        QCOMPARE(due.decision, utc(u"2026-01-12T09:00:00Z"_s));
        QCOMPARE(SlaPolicy::breach(due, {}, {}, utc(u"2026-01-20T08:00:00Z"_s)), SlaBreach::Decision);
        QVERIFY(!SlaPolicy{}.dueTimes({}, WorkingCalendar()).decision.isValid());
    }

    void detectsBreaches_data()
    {
        QTest::addColumn<QDateTime>("contacted");
        QTest::addColumn<QDateTime>("decided");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("breach");
        // Due: first contact 08:15Z, decision 10:00Z.
        QTest::newRow("waiting, in time") << QDateTime() << QDateTime() << utc(u"2026-01-12T08:14:00Z"_s) << u"none"_s;
        QTest::newRow("due exactly now") << QDateTime() << QDateTime() << utc(u"2026-01-12T08:15:00Z"_s) << u"none"_s;
        QTest::newRow("waiting, late") << QDateTime() << QDateTime() << utc(u"2026-01-12T08:16:00Z"_s) << u"first_contact"_s;
        QTest::newRow("contacted in time") << utc(u"2026-01-12T08:10:00Z"_s) << QDateTime() << utc(u"2026-01-12T09:00:00Z"_s) << u"none"_s;
        QTest::newRow("contacted late") << utc(u"2026-01-12T08:20:00Z"_s) << QDateTime() << utc(u"2026-01-12T09:00:00Z"_s)
                                        << u"first_contact"_s;
        QTest::newRow("no decision in time") << utc(u"2026-01-12T08:10:00Z"_s) << QDateTime() << utc(u"2026-01-12T10:01:00Z"_s)
                                             << u"decision"_s;
        QTest::newRow("decided in time") << utc(u"2026-01-12T08:10:00Z"_s) << utc(u"2026-01-12T09:59:00Z"_s)
                                         << utc(u"2026-01-20T10:00:00Z"_s) << u"none"_s;
        QTest::newRow("both late: the decision") << utc(u"2026-01-12T08:20:00Z"_s) << utc(u"2026-01-12T11:00:00Z"_s)
                                                 << utc(u"2026-01-20T10:00:00Z"_s) << u"decision"_s;
    }
    void detectsBreaches()
    {
        QFETCH(QDateTime, contacted);
        QFETCH(QDateTime, decided);
        QFETCH(QDateTime, now);
        QFETCH(QString, breach);
        const SlaDue due{utc(u"2026-01-12T08:15:00Z"_s), utc(u"2026-01-12T10:00:00Z"_s)};
        QCOMPARE(slaBreachKey(SlaPolicy::breach(due, contacted, decided, now)), breach);
    }

    void countsWorkingTimeLeft()
    {
        const WorkingCalendar calendar;
        // Due Monday 12 January 9:05 Warsaw; on Friday at 16:55 ten working minutes are left.
        const QDateTime due = utc(u"2026-01-12T08:05:00Z"_s);
        QCOMPARE(SlaPolicy::workingLeft(due, utc(u"2026-01-09T15:55:00Z"_s), calendar), 10 * 60'000);
        // On Saturday, five (Monday's).
        QCOMPARE(SlaPolicy::workingLeft(due, utc(u"2026-01-10T12:00:00Z"_s), calendar), 5 * 60'000);
        // Monday 9:35: thirty minutes late.
        QCOMPARE(SlaPolicy::workingLeft(due, utc(u"2026-01-12T08:35:00Z"_s), calendar), -30 * 60'000);
    }
};

QTEST_APPLESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
