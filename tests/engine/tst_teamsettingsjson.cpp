// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The teams section of a configuration file: written and read back unchanged, and each
// wrong value refused naming the team, the member and the problem.
#include "TeamSettingsJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestTeamSettingsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        TeamSettings team;
        team.name = u"SDR Events"_s;
        team.strategy = AssignmentStrategy::Specialisation;
        team.specialisationField = u"country"_s;
        CalendarSettings calendar;
        calendar.timeZone = u"Europe/London"_s;
        calendar.start = QTime(8, 30);
        calendar.end = QTime(16, 30);
        calendar.weekdays = {1, 2, 3, 4, 6};
        calendar.daysOff = {QDate(2026, 12, 31)};
        team.calendar = calendar;
        team.members = QList<MemberSettings>{{u"anna@firma.pl"_s, 40, {u"PL"_s, u"DE"_s}, QDate(2026, 7, 1), QDate(2026, 7, 14)},
                                             {u"Jan Kowalski"_s, 0, {}, QDate(2026, 8, 1), {}}};
        TeamSettings bare;
        bare.name = u"SDR"_s; // no calendar, no members: left as they are
        const QJsonArray json = TeamSettingsJson::toJson({team, bare});
        QCOMPARE(json.at(0).toObject().value(u"calendar"_s).toObject().value(u"hours"_s).toString(), u"08:30-16:30"_s);
        QCOMPARE(json.at(0).toObject().value(u"calendar"_s).toObject().value(u"days"_s).toArray(),
                 (QJsonArray{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"sat"_s}));
        auto back = TeamSettingsJson::fromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QCOMPARE(back->size(), 2);
        QVERIFY(back->at(0) == team);
        QVERIFY(back->at(1) == bare);
    }

    void refusesWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << QByteArray(R"([{"strategy": "round_robin"}])") << u"team 1: a team needs a name"_s;
        QTest::newRow("twice") << QByteArray(R"([{"name": "SDR"}, {"name": "sdr"}])") << u"team \"sdr\": listed twice"_s;
        QTest::newRow("strategy") << QByteArray(R"([{"name": "SDR", "strategy": "random"}])")
                                  << u"team \"SDR\": unknown strategy \"random\" (round_robin, least_loaded, specialisation)"_s;
        QTest::newRow("key") << QByteArray(R"([{"name": "SDR", "hours": "9-17"}])")
                             << u"team \"SDR\": unknown key \"hours\" (expected name, strategy, specialisation_field, calendar, members)"_s;
        QTest::newRow("zone") << QByteArray(R"([{"name": "SDR", "calendar": {"time_zone": "Europe/Warsow"}}])")
                              << u"team \"SDR\": calendar: unknown time zone \"Europe/Warsow\" (such as Europe/Warsaw)"_s;
        QTest::newRow("hours") << QByteArray(R"([{"name": "SDR", "calendar": {"hours": "17:00-09:00"}}])")
                               << u"team \"SDR\": calendar: hours \"17:00-09:00\" are not a working day such as 09:00-17:00"_s;
        QTest::newRow("day") << QByteArray(R"([{"name": "SDR", "calendar": {"days": ["mon", "funday"]}}])")
                             << u"team \"SDR\": calendar: \"funday\" is not a day (mon, tue, wed, thu, fri, sat, sun)"_s;
        QTest::newRow("no days") << QByteArray(R"([{"name": "SDR", "calendar": {"days": []}}])")
                                 << u"team \"SDR\": calendar: a team works at least one day a week"_s;
        QTest::newRow("day off") << QByteArray(R"([{"name": "SDR", "calendar": {"days_off": ["2026-02-30"]}}])")
                                 << u"team \"SDR\": calendar: days_off: \"2026-02-30\" is not a date such as 2026-12-31"_s;
        QTest::newRow("member without user") << QByteArray(R"([{"name": "SDR", "members": [{"capacity": 3}]}])")
                                             << u"team \"SDR\": member 1: \"user\" names the member (an e-mail or a name)"_s;
        QTest::newRow("capacity") << QByteArray(R"([{"name": "SDR", "members": [{"user": "anna", "capacity": -1}]}])")
                                  << u"team \"SDR\": member \"anna\": capacity must be a whole number of open leads, 0 for no limit"_s;
        QTest::newRow("away order") << QByteArray(R"([{"name": "SDR", "members": [{"user": "anna", "away": {"from": "2026-07-14", "until": "2026-07-01"}}]}])")
                                    << u"team \"SDR\": member \"anna\": away: 2026-07-01 is before 2026-07-14"_s;
        QTest::newRow("away without from") << QByteArray(R"([{"name": "SDR", "members": [{"user": "anna", "away": {"until": "2026-07-01"}}]}])")
                                           << u"team \"SDR\": member \"anna\": away: \"\" is not a date such as 2026-12-31"_s;
    }
    void refusesWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto read = TeamSettingsJson::fromJson(QJsonDocument::fromJson(json).array());
        QVERIFY(!read);
        QCOMPARE(read.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestTeamSettingsJson)
#include "tst_teamsettingsjson.moc"
