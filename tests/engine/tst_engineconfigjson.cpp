// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's configuration as JSON: the defaults read back to themselves, and every
// kind of mistake is refused naming the row or rule and the problem.
#include "EngineConfigJson.h"
#include "EngineDefaults.h"

#include <QJsonDocument>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).array().at(0); }
} // namespace

class TestEngineConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsRoundTrip()
    {
        const RoutingTable routing = EngineDefaults::routingTable();
        const auto routingBack = EngineConfigJson::routingFromJson(EngineConfigJson::routingToJson(routing));
        QVERIFY2(routingBack, qPrintable(routingBack ? QString() : routingBack.error()));
        QCOMPARE(*routingBack, routing);
        const ScoringModel scoring = EngineDefaults::scoringModel();
        const auto scoringBack = EngineConfigJson::scoringFromJson(EngineConfigJson::scoringToJson(scoring));
        QVERIFY2(scoringBack, qPrintable(scoringBack ? QString() : scoringBack.error()));
        QCOMPARE(*scoringBack, scoring);
        // Readable: conditions in words.
        QCOMPARE(EngineConfigJson::routingToJson(routing).at(0).toObject().value(u"when"_s).toString(),
                 u"employees >= 200 and industry = software"_s);
    }

    void readsEveryAction()
    {
        const auto table = EngineConfigJson::routingFromJson(json(R"([[
            {"when": "source = event", "user": "anna@firma.pl"},
            {"name": "Outbound", "when": {"field": "source", "op": "=", "value": "outbound"}, "team": "SDR",
             "later": {"team": "AE", "stage": "SQL"}},
            {"queue": true}
        ]])"));
        QVERIFY2(table, qPrintable(table ? QString() : table.error()));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rows[0].action.target, RoutingAction::Target::User);
        QCOMPARE(table->rows[1].action.laterStage, u"SQL"_s);
        QCOMPARE(table->rows[1].when.toText(), u"source = outbound"_s);
        QCOMPARE(table->rows[2].action.target, RoutingAction::Target::ManagerQueue);
        QVERIFY(table->rows[2].when.isAlways());
    }

    void refusesRoutingMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a list") << u"[{}]"_s << u"routing: expected a list of rows"_s;
        QTest::newRow("typo") << uR"([[{"team": "A"}, {"teem": "B"}]])"_s << u"routing row 2: unknown key \"teem\""_s;
        QTest::newRow("two targets") << uR"([[{"team": "A", "user": "b"}]])"_s << u"routing row 1: name exactly one of"_s;
        QTest::newRow("no target") << uR"([[{"when": "source = event"}]])"_s << u"routing row 1: name exactly one of"_s;
        QTest::newRow("bad condition") << uR"([[{"team": "A"}, {"team": "A"}, {"when": "employees >=", "team": "A"}]])"_s
                                       << u"routing row 3: condition: at character 13: expected a value after \">=\""_s;
        QTest::newRow("later without stage") << uR"([[{"team": "A", "later": {"team": "B"}}]])"_s
                                             << u"routing row 1: \"later\" needs a \"team\" and the \"stage\""_s;
    }
    void refusesRoutingMistakes()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto table = EngineConfigJson::routingFromJson(json(text.toUtf8().constData()));
        QVERIFY(!table);
        QVERIFY2(table.error().startsWith(message), qPrintable(table.error()));
    }

    void refusesScoringMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << uR"([{"rulez": []}])"_s << u"scoring: unknown key \"rulez\""_s;
        QTest::newRow("no name") << uR"([{"rules": [{"event": "webinar", "points": 5}]}])"_s << u"scoring rule 1: a rule needs a \"name\""_s;
        QTest::newRow("no points") << uR"([{"rules": [{"name": "Webinar", "event": "webinar"}]}])"_s
                                   << u"scoring rule \"Webinar\": \"points\" is missing"_s;
        QTest::newRow("fractional") << uR"([{"rules": [{"name": "W", "event": "webinar", "points": 2.5}]}])"_s
                                    << u"scoring rule \"W\": \"points\" must be a whole number"_s;
        QTest::newRow("neither") << uR"([{"rules": [{"name": "W", "points": 5}]}])"_s << u"scoring rule \"W\": a rule needs an \"event\" or a \"when\""_s;
        QTest::newRow("threshold") << uR"([{"handoff": {"threshold": "seventy"}}])"_s << u"scoring handoff: \"threshold\" must be a whole number"_s;
    }
    void refusesScoringMistakes()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto model = EngineConfigJson::scoringFromJson(json(text.toUtf8().constData()));
        QVERIFY(!model);
        QVERIFY2(model.error().startsWith(message), qPrintable(model.error()));
    }
};

QTEST_APPLESS_MAIN(TestEngineConfigJson)
#include "tst_engineconfigjson.moc"
