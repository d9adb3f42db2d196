// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The condition language's two forms: text read into a tree (and written back to the
// same text), JSON both ways, and errors that name where reading stopped and why.
#include "ConditionExpr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;
using Op = ConditionExpr::Op;

Q_DECLARE_METATYPE(lejek::ConditionExpr)

namespace {
ConditionExpr cmp(const QString &field, Op op, QStringList operands = {}) { return ConditionExpr::compare(field, op, operands); }
} // namespace

class TestConditionExpr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ConditionExpr>("expected");
        QTest::addColumn<QString>("canonical"); // toText() of the result

        QTest::newRow("issue example") << u"employees >= 200 and industry = software"_s
                                       << ConditionExpr::all({cmp(u"employees"_s, Op::GreaterOrEqual, {u"200"_s}),
                                                              cmp(u"industry"_s, Op::Equals, {u"software"_s})})
                                       << u"employees >= 200 and industry = software"_s;
        QTest::newRow("no spaces, ==") << u"employees>=200 AND industry==software"_s
                                       << ConditionExpr::all({cmp(u"employees"_s, Op::GreaterOrEqual, {u"200"_s}),
                                                              cmp(u"industry"_s, Op::Equals, {u"software"_s})})
                                       << u"employees >= 200 and industry = software"_s;
        QTest::newRow("!= and <>") << u"country != PL or country <> DE"_s
                                   << ConditionExpr::any({cmp(u"country"_s, Op::NotEquals, {u"PL"_s}),
                                                          cmp(u"country"_s, Op::NotEquals, {u"DE"_s})})
                                   << u"country != PL or country != DE"_s;
        QTest::newRow("< <= >") << u"budget < 10 and budget <= 20 and budget > 5"_s
                                << ConditionExpr::all({cmp(u"budget"_s, Op::Less, {u"10"_s}), cmp(u"budget"_s, Op::LessOrEqual, {u"20"_s}),
                                                       cmp(u"budget"_s, Op::Greater, {u"5"_s})})
                                << u"budget < 10 and budget <= 20 and budget > 5"_s;
        QTest::newRow("between") << u"employees between 20 and 199 and country = PL"_s
                                 << ConditionExpr::all({cmp(u"employees"_s, Op::Between, {u"20"_s, u"199"_s}),
                                                        cmp(u"country"_s, Op::Equals, {u"PL"_s})})
                                 << u"employees between 20 and 199 and country = PL"_s;
        QTest::newRow("in, bracketed") << u"industry in (software, it, \"fin tech\")"_s
                                       << cmp(u"industry"_s, Op::In, {u"software"_s, u"it"_s, u"fin tech"_s})
                                       << u"industry in (software, it, \"fin tech\")"_s;
        QTest::newRow("in, bare list") << u"industry in software,it"_s << cmp(u"industry"_s, Op::In, {u"software"_s, u"it"_s})
                                       << u"industry in (software, it)"_s;
        QTest::newRow("not in") << u"source not in (outbound, event)"_s
                                << cmp(u"source"_s, Op::NotIn, {u"outbound"_s, u"event"_s}) << u"source not in (outbound, event)"_s;
        QTest::newRow("contains, quoted") << u"job_title contains 'Head of'"_s
                                          << cmp(u"job_title"_s, Op::Contains, {u"Head of"_s})
                                          << u"job_title contains \"Head of\""_s;
        QTest::newRow("is empty / is not empty / filled")
            << u"nip is empty or email is not empty or phone filled"_s
            << ConditionExpr::any({cmp(u"nip"_s, Op::IsEmpty), cmp(u"email"_s, Op::IsFilled), cmp(u"phone"_s, Op::IsFilled)})
            << u"nip is empty or email is not empty or phone is not empty"_s;
        QTest::newRow("changed") << u"stage changed"_s << cmp(u"stage"_s, Op::Changed) << u"stage changed"_s;
        QTest::newRow("days since") << u"days since last_activity_at >= 14"_s
                                    << ConditionExpr::compare(u"last_activity_at"_s, Op::GreaterOrEqual, {u"14"_s}, true)
                                    << u"days since last_activity_at >= 14"_s;
        // "and" binds tighter than "or"; brackets nest.
        QTest::newRow("precedence") << u"a = 1 or b = 2 and c = 3"_s
                                    << ConditionExpr::any({cmp(u"a"_s, Op::Equals, {u"1"_s}),
                                                           ConditionExpr::all({cmp(u"b"_s, Op::Equals, {u"2"_s}),
                                                                               cmp(u"c"_s, Op::Equals, {u"3"_s})})})
                                    << u"a = 1 or (b = 2 and c = 3)"_s;
        QTest::newRow("nested") << u"(source = event or source = webinar) and (industry = software or employees > 50)"_s
                                << ConditionExpr::all({ConditionExpr::any({cmp(u"source"_s, Op::Equals, {u"event"_s}),
                                                                           cmp(u"source"_s, Op::Equals, {u"webinar"_s})}),
                                                       ConditionExpr::any({cmp(u"industry"_s, Op::Equals, {u"software"_s}),
                                                                           cmp(u"employees"_s, Op::Greater, {u"50"_s})})})
                                << u"(source = event or source = webinar) and (industry = software or employees > 50)"_s;
        QTest::newRow("relative date, e-mail, escaped quote")
            << u"decision_date <= +6m and email = a.b@firma.pl and company = \"Say \\\"hi\\\"\""_s
            << ConditionExpr::all({cmp(u"decision_date"_s, Op::LessOrEqual, {u"+6m"_s}),
                                   cmp(u"email"_s, Op::Equals, {u"a.b@firma.pl"_s}), cmp(u"company"_s, Op::Equals, {u"Say \"hi\""_s})})
            << u"decision_date <= +6m and email = a.b@firma.pl and company = \"Say \\\"hi\\\"\""_s;
        QTest::newRow("a keyword as a value is quoted back") << u"industry = \"and\""_s
                                                             << cmp(u"industry"_s, Op::Equals, {u"and"_s})
                                                             << u"industry = \"and\""_s;
        QTest::newRow("Polish value") << u"city = Łódź"_s << cmp(u"city"_s, Op::Equals, {u"Łódź"_s}) << u"city = Łódź"_s;
        QTest::newRow("empty: always") << u"  "_s << ConditionExpr::always() << QString();
    }
    void parsesText()
    {
        QFETCH(QString, text);
        QFETCH(ConditionExpr, expected);
        QFETCH(QString, canonical);
        const auto parsed = ConditionExpr::parse(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->toText(), canonical);
        // The canonical text reads back to the same tree, and so does its JSON.
        QCOMPARE(*ConditionExpr::parse(canonical), expected);
        const auto viaJson = ConditionExpr::fromJson(parsed->toJson());
        QVERIFY2(viaJson, qPrintable(viaJson ? QString() : viaJson.error().message));
        QCOMPARE(*viaJson, expected);
    }

    void namesWhereTextIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no operator") << u"employees 200"_s << 10 << u"expected an operator"_s;
        QTest::newRow("no value") << u"employees >="_s << 12 << u"expected a value after \">=\", found the end"_s;
        QTest::newRow("unquoted spaces") << u"industry = software house"_s << 20 << u"expected \"and\", \"or\" or the end"_s;
        QTest::newRow("unclosed bracket") << u"(a = 1 or b = 2"_s << 15 << u"closing the \"(\" at character 1"_s;
        QTest::newRow("between without and") << u"employees between 20 199"_s << 21 << u"\"and\" between the two bounds"_s;
        QTest::newRow("is what") << u"nip is blank"_s << 7 << u"\"empty\" or \"not empty\""_s;
        QTest::newRow("unclosed quote") << u"company = \"Acme"_s << 10 << u"not closed"_s;
        QTest::newRow("lonely !") << u"a ! 1"_s << 2 << u"expected \"!=\""_s;
        QTest::newRow("not a field") << u"= 5"_s << 0 << u"a field key"_s;
        QTest::newRow("trailing and") << u"a = 1 and"_s << 9 << u"a field key"_s;
        QTest::newRow("days without since") << u"days last_activity_at > 3"_s << 5 << u"\"since\" after \"days\""_s;
        QTest::newRow("and for a value") << u"employees >= and industry = it"_s << 13 << u"expected a value after \">=\", found \"and\""_s;
        QTest::newRow("list without end") << u"industry in (a, b"_s << 17 << u"\",\" or \")\""_s;
    }
    void namesWhereTextIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, expected);
        const auto parsed = ConditionExpr::parse(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().position, position);
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.startsWith(u"at character %1:"_s.arg(position + 1)), qPrintable(parsed.error().message));
    }

    void readsJson()
    {
        const auto json = QJsonDocument::fromJson(R"({"all": [
            {"field": "employees", "op": "between", "values": [20, 199]},
            {"any": [{"field": "country", "op": "=", "value": "PL"}, "city = Berlin"]},
            {"days_since": "last_activity_at", "op": ">", "value": 14},
            {"field": "industry", "op": "in", "value": "software, it"},
            {"field": "email", "op": "filled"}
        ]})");
        const auto parsed = ConditionExpr::fromJson(json.object());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->toText(), u"employees between 20 and 199 and (country = PL or city = Berlin) and days since last_activity_at > 14"
                                   " and industry in (software, it) and email is not empty"_s);
        QCOMPARE(parsed->fields(), (QStringList{u"employees"_s, u"country"_s, u"city"_s, u"last_activity_at"_s, u"industry"_s, u"email"_s}));
        // Numbers stay numbers in the JSON written back, for a diff-friendly file.
        QCOMPARE(parsed->toJson().toObject().value(u"all"_s).toArray().at(0).toObject().value(u"values"_s).toArray().at(0), QJsonValue(20));
    }

    void namesWhereJsonIsWrong_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown op") << uR"({"all": [{"field": "a", "op": "="}, {"field": "b", "op": "bigger", "value": 1}]})"_s
                                    << u"all[0]: \"=\" needs a \"value\""_s;
        QTest::newRow("unknown op, second") << uR"({"any": [{"field": "a", "op": "=", "value": 1}, {"field": "b", "op": "bigger", "value": 1}]})"_s
                                            << u"any[1].op: unknown operator \"bigger\""_s;
        QTest::newRow("between one value") << uR"({"field": "a", "op": "between", "values": [1]})"_s
                                           << u"condition: \"between\" needs \"values\": [low, high]"_s;
        QTest::newRow("no field") << uR"({"op": "=", "value": 1})"_s << u"condition: expected \"field\", \"days_since\", \"all\" or \"any\""_s;
        QTest::newRow("all not a list") << uR"({"all": {"field": "a"}})"_s << u"\"all\" must be a list of conditions"_s;
        QTest::newRow("bad text inside") << uR"({"all": ["a = 1", "b >"]})"_s << u"all[1]: at character 4: expected a value"_s;
        QTest::newRow("object value") << uR"({"field": "a", "op": "=", "value": {}})"_s << u"value: expected a text or a number"_s;
    }
    void namesWhereJsonIsWrong()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        const auto parsed = ConditionExpr::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_APPLESS_MAIN(TestConditionExpr)
#include "tst_conditionexpr.moc"
