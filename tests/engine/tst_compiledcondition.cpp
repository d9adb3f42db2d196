// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every operator of the condition language judged over one lead with a fixed clock
// (Friday 2026-06-12 10:00 UTC), and the conditions compiling refuses.
#include "CompiledCondition.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC);

FieldDefinition custom(const QString &key, FieldType type, QStringList choices = {})
{
    FieldDefinition field;
    field.key = key;
    field.type = type;
    field.label = key;
    field.choices = std::move(choices);
    field.custom = true;
    return field;
}

const FactSchema &schema()
{
    static const FactSchema s({custom(u"products"_s, FieldType::MultiChoice, {u"crm"_s, u"erp"_s, u"bi"_s}),
                               custom(u"visits"_s, FieldType::Integer)});
    return s;
}

Facts facts()
{
    Lead lead;
    lead.values = {
        {u"company"_s, u"Acme Software sp. z o.o."_s},
        {u"industry"_s, u"Software"_s},
        {u"employees"_s, qlonglong(120)},
        {u"country"_s, u"PL"_s},
        {u"job_title"_s, u"Head of Sales"_s},
        {u"budget"_s, qlonglong(6'000'000)}, // 60 000.00 PLN in minor units
        {u"decision_date"_s, QDate(2026, 9, 1)},
        {u"products"_s, QStringList{u"crm"_s, u"bi"_s}},
        {u"visits"_s, qlonglong(0)},
    };
    lead.ownerName = u"Anna Nowak"_s;
    lead.createdAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    lead.stageEnteredAt = QDateTime(QDate(2026, 5, 29), QTime(10, 0), Qt::UTC);  // 14 days before now
    lead.lastActivityAt = QDateTime(QDate(2026, 6, 2), QTime(12, 0), Qt::UTC);   // 9 days 22 hours
    return schema().factsOf(lead, u"SQL"_s, kNow, kNow.date(), {u"stage"_s, u"budget"_s});
}

} // namespace

class TestCompiledCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judges_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("holds");
        // equals, without case; not equals
        QTest::newRow("= text") << u"industry = software"_s << true;
        QTest::newRow("= text, other") << u"industry = retail"_s << false;
        QTest::newRow("!= text") << u"country != DE"_s << true;
        QTest::newRow("!= text, same") << u"country != pl"_s << false;
        QTest::newRow("= number") << u"employees = 120"_s << true;
        QTest::newRow("= zero is filled") << u"visits = 0"_s << true;
        QTest::newRow("!= number") << u"employees != 120"_s << false;
        // comparisons, at and around the edge
        QTest::newRow(">= edge") << u"employees >= 120"_s << true;
        QTest::newRow("> edge") << u"employees > 120"_s << false;
        QTest::newRow("< edge") << u"employees < 120"_s << false;
        QTest::newRow("<= edge") << u"employees <= 120"_s << true;
        QTest::newRow("money in major units") << u"budget > 50000"_s << true;
        QTest::newRow("money edge") << u"budget >= 60000.01"_s << false;
        QTest::newRow("money, Polish form") << u"budget = \"60 000,00\""_s << true;
        // between, both ends included
        QTest::newRow("between inside") << u"employees between 20 and 199"_s << true;
        QTest::newRow("between low end") << u"employees between 120 and 199"_s << true;
        QTest::newRow("between high end") << u"employees between 20 and 120"_s << true;
        QTest::newRow("between outside") << u"employees between 200 and 500"_s << false;
        // in / not in
        QTest::newRow("in") << u"industry in (it, software)"_s << true;
        QTest::newRow("in, missing") << u"industry in (it, retail)"_s << false;
        QTest::newRow("not in") << u"country not in (DE, CZ)"_s << true;
        QTest::newRow("in numbers") << u"employees in (100, 120)"_s << true;
        // contains
        QTest::newRow("contains") << u"job_title contains head"_s << true;
        QTest::newRow("contains, no") << u"job_title contains ceo"_s << false;
        // multi-choice: any item
        QTest::newRow("multi =") << u"products = bi"_s << true;
        QTest::newRow("multi in") << u"products in (erp, crm)"_s << true;
        QTest::newRow("multi not in") << u"products not in (erp)"_s << true;
        QTest::newRow("multi !=") << u"products != crm"_s << false;
        // empty and filled; an empty field meets no comparison, "!=" included
        QTest::newRow("is empty") << u"nip is empty"_s << true;
        QTest::newRow("is not empty") << u"company is not empty"_s << true;
        QTest::newRow("empty, !=") << u"city != Warsaw"_s << false;
        QTest::newRow("empty, not in") << u"city not in (Warsaw)"_s << false;
        QTest::newRow("empty, <") << u"value < 10"_s << false;
        // changed by this write
        QTest::newRow("changed") << u"stage changed"_s << true;
        QTest::newRow("changed money") << u"budget changed"_s << true;
        QTest::newRow("not changed") << u"industry changed"_s << false;
        // dates, fixed and relative to today (2026-06-12)
        QTest::newRow("date >") << u"decision_date > 2026-08-31"_s << true;
        QTest::newRow("date = ") << u"decision_date = 2026-09-01"_s << true;
        QTest::newRow("date within 6 months") << u"decision_date <= +6m"_s << true;
        QTest::newRow("date within 2 months") << u"decision_date <= +2m"_s << false;
        QTest::newRow("date between") << u"decision_date between today and +12w"_s << true;
        QTest::newRow("instant by day") << u"created_at = 2026-05-01"_s << true;
        QTest::newRow("instant before") << u"created_at < -30d"_s << true;
        QTest::newRow("instant not before") << u"created_at < -60d"_s << false;
        // days since: whole days
        QTest::newRow("days since >= 14") << u"days since stage_entered_at >= 14"_s << true;
        QTest::newRow("days since > 14") << u"days since stage_entered_at > 14"_s << false;
        QTest::newRow("days since, 9 whole days") << u"days since last_activity_at = 9"_s << true;
        QTest::newRow("days since date") << u"days since decision_date < 0"_s << true;
        QTest::newRow("days since empty") << u"days since closed_at >= 0"_s << false;
        // state facts
        QTest::newRow("stage") << u"stage = sql"_s << true;
        QTest::newRow("owner") << u"owner = \"Anna Nowak\""_s << true;
        // ALL / ANY, nested
        QTest::newRow("all") << u"employees >= 100 and industry = software"_s << true;
        QTest::newRow("all, one fails") << u"employees >= 200 and industry = software"_s << false;
        QTest::newRow("any") << u"employees >= 200 or industry = software"_s << true;
        QTest::newRow("any, none") << u"employees >= 200 or industry = retail"_s << false;
        QTest::newRow("nested") << u"(employees >= 200 or country = PL) and (industry = retail or budget > 50000)"_s << true;
        QTest::newRow("always") << QString() << true;
    }
    void judges()
    {
        QFETCH(QString, condition);
        QFETCH(bool, holds);
        const auto expr = ConditionExpr::parse(condition);
        QVERIFY2(expr, qPrintable(expr ? QString() : expr.error().message));
        const auto compiled = CompiledCondition::compile(*expr, schema());
        QVERIFY2(compiled, qPrintable(compiled ? QString() : compiled.error()));
        QCOMPARE(compiled->holds(facts()), holds);
    }

    void refusesWhatCannotBeJudged_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << u"employes > 5"_s << u"unknown field \"employes\""_s;
        QTest::newRow("not a number") << u"employees > many"_s << u"\"many\" is not a number"_s;
        QTest::newRow("not a date") << u"decision_date < soon"_s << u"\"soon\" is not a date"_s;
        QTest::newRow("days since text") << u"days since industry > 3"_s << u"needs a date field"_s;
        QTest::newRow("between text") << u"industry between a and c"_s << u"cannot be compared by size"_s;
        QTest::newRow("ordering a list") << u"products > crm"_s << u"cannot be compared by size"_s;
        QTest::newRow("date in") << u"decision_date in (2026-01-01)"_s << u"a date is compared with"_s;
        QTest::newRow("deep inside") << u"country = PL and (industry = it or emploees > 5)"_s << u"unknown field \"emploees\""_s;
    }
    void refusesWhatCannotBeJudged()
    {
        QFETCH(QString, condition);
        QFETCH(QString, message);
        const auto compiled = CompiledCondition::compile(*ConditionExpr::parse(condition), schema());
        QVERIFY(!compiled);
        QVERIFY2(compiled.error().contains(message), qPrintable(compiled.error()));
    }
};

QTEST_APPLESS_MAIN(TestCompiledCondition)
#include "tst_compiledcondition.moc"
