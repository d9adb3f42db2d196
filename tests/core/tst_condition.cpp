// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Condition: a stage's entry criterion over one lead field.
#include "Condition.h"
#include "LeadFields.h"

#include <QJsonDocument>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::Condition::Op)

namespace {
FieldDefinition canonical(const QString &key)
{
    return *LeadFields::find(key);
}
// A Monday; "today" is always injected, never read from the clock.
const QDate kToday(2026, 3, 2);
} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The fields these tests use have the types DOMAIN.md gives them.
        QCOMPARE(canonical(u"budget"_s).type, FieldType::Money);
        QCOMPARE(canonical(u"employees"_s).type, FieldType::Integer);
        QCOMPARE(canonical(u"decision_date"_s).type, FieldType::Date);
        QCOMPARE(canonical(u"industry"_s).type, FieldType::Text);
    }

    void parseReadsEveryOperator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Condition::Op>("op");
        QTest::addColumn<QString>("operand");
        QTest::newRow(">") << u"budget > 50000"_s << u"budget"_s << Condition::Op::Greater << u"50000"_s;
        QTest::newRow(">=") << u"budget >= 50000"_s << u"budget"_s << Condition::Op::GreaterOrEqual << u"50000"_s;
        QTest::newRow("<") << u"employees < 200"_s << u"employees"_s << Condition::Op::Less << u"200"_s;
        QTest::newRow("<=") << u"decision_date <= +6m"_s << u"decision_date"_s << Condition::Op::LessOrEqual << u"+6m"_s;
        QTest::newRow("=") << u"country = PL"_s << u"country"_s << Condition::Op::Equals << u"PL"_s;
        QTest::newRow("!=") << u"source != outbound"_s << u"source"_s << Condition::Op::NotEquals << u"outbound"_s;
        QTest::newRow("in") << u"industry in software,it"_s << u"industry"_s << Condition::Op::OneOf << u"software,it"_s;
        QTest::newRow("IN upper case") << u"industry IN software, it"_s << u"industry"_s << Condition::Op::OneOf
                                       << u"software, it"_s;
        QTest::newRow("filled") << u"email filled"_s << u"email"_s << Condition::Op::Filled << QString();
        QTest::newRow("no blanks") << u"budget>=50000"_s << u"budget"_s << Condition::Op::GreaterOrEqual << u"50000"_s;
        QTest::newRow("extra blanks") << u"  budget   <   50 000  "_s << u"budget"_s << Condition::Op::Less << u"50 000"_s;
        QTest::newRow("operand with blanks")
            << u"industry = public sector"_s << u"industry"_s << Condition::Op::Equals << u"public sector"_s;
        QTest::newRow("relative date") << u"decision_date >= today"_s << u"decision_date"_s << Condition::Op::GreaterOrEqual
                                       << u"today"_s;
    }
    void parseReadsEveryOperator()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(Condition::Op, op);
        QFETCH(QString, operand);
        const auto c = Condition::parse(text);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->field, field);
        QCOMPARE(c->op, op);
        QCOMPARE(c->operand, operand);
        // The text form reads back to the same condition.
        const auto again = Condition::parse(c->toText());
        QVERIFY2(again.has_value(), qPrintable(c->toText()));
        QCOMPARE(*again, *c);
    }

    void parseRefusesMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("field only") << u"budget"_s;
        QTest::newRow("no field") << u"> 50000"_s;
        QTest::newRow("no operand") << u"budget >"_s;
        QTest::newRow("no operand after in") << u"industry in "_s;
        QTest::newRow("field with a blank") << u"my budget > 5"_s;
        QTest::newRow("filled with an operand") << u"email filled yes"_s;
        QTest::newRow("unknown operator") << u"budget ~ 5"_s;
        QTest::newRow("words") << u"budget is big"_s;
    }
    void parseRefusesMalformedText()
    {
        QFETCH(QString, text);
        const auto c = Condition::parse(text);
        QVERIFY2(!c.has_value(), qPrintable(c ? c->toText() : QString()));
        QVERIFY(!c.error().isEmpty());
    }

    void jsonRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"budget > 50000", "budget >= 50000", "employees < 200", "decision_date <= +6m", "country = PL",
                 "source != outbound", "industry in software,it", "email filled"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void jsonRoundTrips()
    {
        QFETCH(QString, text);
        const auto c = Condition::parse(text);
        QVERIFY(c.has_value());
        // Through the JSON text the store keeps.
        const QByteArray json = QJsonDocument(c->toJson()).toJson(QJsonDocument::Compact);
        const auto back = Condition::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(back.has_value(), json.constData());
        QCOMPARE(*back, *c);
    }

    void fromJsonRefusesAnUnknownOperator()
    {
        const auto c = Condition::fromJson(QJsonObject {{u"field"_s, u"budget"_s}, {u"op"_s, u"~"_s}, {u"value"_s, u"5"_s}});
        QVERIFY(!c.has_value());
        QVERIFY(c.error().contains(u"~"_s));
        QVERIFY(!Condition::fromJson(QJsonObject {}).has_value());
    }

    void holds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value"); // invalid: the field is empty
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("expected");

        const QVariant none;
        // Money: operands in major units, values in minor units.
        QTest::newRow("money > above") << u"budget"_s << QVariant(qlonglong(5000001)) << u"budget > 50000"_s << true;
        QTest::newRow("money > equal") << u"budget"_s << QVariant(qlonglong(5000000)) << u"budget > 50000"_s << false;
        QTest::newRow("money >= equal") << u"budget"_s << QVariant(qlonglong(5000000)) << u"budget >= 50000"_s << true;
        QTest::newRow("money > polish operand") << u"budget"_s << QVariant(qlonglong(5000050)) << u"budget > 50 000,49"_s << true;
        QTest::newRow("money < grosz") << u"budget"_s << QVariant(qlonglong(4999999)) << u"budget < 50000"_s << true;
        QTest::newRow("money = ") << u"budget"_s << QVariant(qlonglong(123456)) << u"budget = 1234.56"_s << true;
        QTest::newRow("money != ") << u"budget"_s << QVariant(qlonglong(123456)) << u"budget != 1234.56"_s << false;
        QTest::newRow("money, empty") << u"budget"_s << none << u"budget < 50000"_s << false;
        QTest::newRow("money, bad operand") << u"budget"_s << QVariant(qlonglong(100)) << u"budget < lots"_s << false;
        // Integer.
        QTest::newRow("integer >= equal") << u"employees"_s << QVariant(qlonglong(200)) << u"employees >= 200"_s << true;
        QTest::newRow("integer < equal") << u"employees"_s << QVariant(qlonglong(200)) << u"employees < 200"_s << false;
        QTest::newRow("integer <= ") << u"employees"_s << QVariant(qlonglong(199)) << u"employees <= 199"_s << true;
        QTest::newRow("integer > negative") << u"employees"_s << QVariant(qlonglong(0)) << u"employees > -1"_s << true;
        QTest::newRow("integer = ") << u"employees"_s << QVariant(qlonglong(20)) << u"employees = 20"_s << true;
        QTest::newRow("integer, zero is filled") << u"employees"_s << QVariant(qlonglong(0)) << u"employees filled"_s << true;
        // Dates relative to the injected today (2026-03-02).
        QTest::newRow("date <= +6m, last day")
            << u"decision_date"_s << QVariant(QDate(2026, 9, 2)) << u"decision_date <= +6m"_s << true;
        QTest::newRow("date <= +6m, a day late")
            << u"decision_date"_s << QVariant(QDate(2026, 9, 3)) << u"decision_date <= +6m"_s << false;
        QTest::newRow("date <= +14d, last day")
            << u"decision_date"_s << QVariant(QDate(2026, 3, 16)) << u"decision_date <= +14d"_s << true;
        QTest::newRow("date <= +14d, a day late")
            << u"decision_date"_s << QVariant(QDate(2026, 3, 17)) << u"decision_date <= +14d"_s << false;
        QTest::newRow("date >= today, today") << u"decision_date"_s << QVariant(kToday) << u"decision_date >= today"_s << true;
        QTest::newRow("date >= today, yesterday")
            << u"decision_date"_s << QVariant(QDate(2026, 3, 1)) << u"decision_date >= today"_s << false;
        QTest::newRow("date >= TODAY") << u"decision_date"_s << QVariant(kToday) << u"decision_date >= TODAY"_s << true;
        QTest::newRow("date > -2w") << u"decision_date"_s << QVariant(QDate(2026, 2, 17)) << u"decision_date > -2w"_s << true;
        QTest::newRow("date > -2w, boundary")
            << u"decision_date"_s << QVariant(QDate(2026, 2, 16)) << u"decision_date > -2w"_s << false;
        QTest::newRow("date < +1y") << u"decision_date"_s << QVariant(QDate(2027, 3, 1)) << u"decision_date < +1y"_s << true;
        QTest::newRow("date = ISO") << u"decision_date"_s << QVariant(QDate(2026, 12, 31)) << u"decision_date = 2026-12-31"_s
                                    << true;
        QTest::newRow("date = dotted") << u"decision_date"_s << QVariant(QDate(2026, 12, 31)) << u"decision_date = 31.12.2026"_s
                                       << true;
        QTest::newRow("date, empty") << u"decision_date"_s << none << u"decision_date <= +6m"_s << false;
        QTest::newRow("date, bad operand") << u"decision_date"_s << QVariant(kToday) << u"decision_date <= soon"_s << false;
        // Text: equality ignores case.
        QTest::newRow("text = other case") << u"industry"_s << QVariant(u"Software"_s) << u"industry = software"_s << true;
        QTest::newRow("text = polish letters, other case") << u"city"_s << QVariant(u"ŁÓDŹ"_s) << u"city = łódź"_s << true;
        QTest::newRow("text != other case") << u"industry"_s << QVariant(u"Software"_s) << u"industry != SOFTWARE"_s << false;
        QTest::newRow("text != different") << u"industry"_s << QVariant(u"Retail"_s) << u"industry != software"_s << true;
        QTest::newRow("text, empty, !=") << u"industry"_s << none << u"industry != software"_s << false;
        QTest::newRow("in, listed") << u"industry"_s << QVariant(u"IT"_s) << u"industry in software, it"_s << true;
        QTest::newRow("in, first") << u"industry"_s << QVariant(u"software"_s) << u"industry in software,it"_s << true;
        QTest::newRow("in, not listed") << u"industry"_s << QVariant(u"retail"_s) << u"industry in software,it"_s << false;
        QTest::newRow("in, empty") << u"industry"_s << none << u"industry in software,it"_s << false;
        QTest::newRow("filled") << u"email"_s << QVariant(u"a@b.pl"_s) << u"email filled"_s << true;
        QTest::newRow("filled, empty string") << u"email"_s << QVariant(QString()) << u"email filled"_s << false;
        QTest::newRow("filled, missing") << u"email"_s << none << u"email filled"_s << false;
    }
    void holds()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, condition);
        QFETCH(bool, expected);
        const auto c = Condition::parse(condition);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
        QVariantMap values {{u"company"_s, u"Acme"_s}};
        if (value.isValid())
            values.insert(key, value);
        QCOMPARE(c->holds(canonical(key), values, kToday), expected);
    }

    // "today" is the day passed in, not the clock's.
    void relativeDatesFollowTheInjectedToday()
    {
        const auto c = Condition::parse(u"decision_date <= +14d"_s);
        QVERIFY(c.has_value());
        const QVariantMap values {{u"decision_date"_s, QDate(2030, 1, 10)}};
        QVERIFY(c->holds(canonical(u"decision_date"_s), values, QDate(2030, 1, 1)));
        QVERIFY(!c->holds(canonical(u"decision_date"_s), values, QDate(2029, 12, 1)));
        // +6m from 31 August is the last day of February.
        const auto m = Condition::parse(u"decision_date <= +6m"_s);
        QVERIFY(m->holds(canonical(u"decision_date"_s), {{u"decision_date"_s, QDate(2027, 2, 28)}}, QDate(2026, 8, 31)));
        QVERIFY(!m->holds(canonical(u"decision_date"_s), {{u"decision_date"_s, QDate(2027, 3, 1)}}, QDate(2026, 8, 31)));
    }

    // A multi-choice field with several values is filled, and "in" matches any of them.
    void multiChoiceValues()
    {
        const FieldDefinition products {
            u"products"_s, FieldType::MultiChoice, u"Products"_s, {u"CRM"_s, u"ERP"_s, u"BI"_s}, true, 7};
        const QVariantMap two {{u"products"_s, QStringList {u"CRM"_s, u"ERP"_s}}};
        const QVariantMap one {{u"products"_s, QStringList {u"BI"_s}}};
        const QVariantMap none {{u"products"_s, QStringList {}}};
        const auto filled = Condition::parse(u"products filled"_s);
        QVERIFY(filled->holds(products, one, kToday));
        QVERIFY(!filled->holds(products, none, kToday));
        QVERIFY2(filled->holds(products, two, kToday), "two chosen values are a filled field");
        const auto in = Condition::parse(u"products in erp,bi"_s);
        QVERIFY(in->holds(products, one, kToday));
        QVERIFY2(in->holds(products, two, kToday), "ERP is among the chosen values");
    }

    void validateFor_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("valid");
        QTest::newRow("money, number") << u"budget"_s << u"budget > 50000"_s << true;
        QTest::newRow("money, polish amount") << u"budget"_s << u"budget > 50 000,50"_s << true;
        QTest::newRow("money, words") << u"budget"_s << u"budget > lots"_s << false;
        QTest::newRow("integer, number") << u"employees"_s << u"employees >= 20"_s << true;
        QTest::newRow("integer, decimal") << u"employees"_s << u"employees >= 20.5"_s << false;
        QTest::newRow("integer, words") << u"employees"_s << u"employees >= many"_s << false;
        QTest::newRow("date, +6m") << u"decision_date"_s << u"decision_date <= +6m"_s << true;
        QTest::newRow("date, -2w") << u"decision_date"_s << u"decision_date > -2w"_s << true;
        QTest::newRow("date, +1y") << u"decision_date"_s << u"decision_date < +1y"_s << true;
        QTest::newRow("date, today") << u"decision_date"_s << u"decision_date >= today"_s << true;
        QTest::newRow("date, ISO") << u"decision_date"_s << u"decision_date >= 2026-01-01"_s << true;
        QTest::newRow("date, dotted") << u"decision_date"_s << u"decision_date >= 01.01.2026"_s << true;
        QTest::newRow("date, unknown unit") << u"decision_date"_s << u"decision_date <= +6x"_s << false;
        QTest::newRow("date, no sign") << u"decision_date"_s << u"decision_date <= 6m"_s << false;
        QTest::newRow("date, words") << u"decision_date"_s << u"decision_date <= soon"_s << false;
        QTest::newRow("date, impossible") << u"decision_date"_s << u"decision_date <= 2026-02-30"_s << false;
        QTest::newRow("text, anything") << u"industry"_s << u"industry = whatever it is"_s << true;
        QTest::newRow("in, values") << u"industry"_s << u"industry in a,b"_s << true;
        QTest::newRow("in, only commas") << u"industry"_s << u"industry in ,,"_s << false;
        QTest::newRow("filled, any type") << u"budget"_s << u"budget filled"_s << true;
    }
    void validateFor()
    {
        QFETCH(QString, key);
        QFETCH(QString, condition);
        QFETCH(bool, valid);
        const auto c = Condition::parse(condition);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
        const auto result = c->validateFor(canonical(key));
        QCOMPARE(result.has_value(), valid);
        if (!valid)
            QVERIFY(!result.error().isEmpty());
    }

    void describe()
    {
        QCOMPARE(Condition::parse(u"budget > 50000"_s)->describe(u"Budget"_s), u"Budget > 50000"_s);
        QCOMPARE(Condition::parse(u"decision_date <= +6m"_s)->describe(u"Decision date"_s), u"Decision date <= +6m"_s);
        QCOMPARE(Condition::parse(u"email filled"_s)->describe(u"E-mail"_s), u"E-mail is filled"_s);
        QCOMPARE(Condition::parse(u"industry in software,it"_s)->describe(u"Industry"_s), u"Industry is one of software,it"_s);
    }
};

QTEST_APPLESS_MAIN(TestCondition)
#include "tst_condition.moc"
