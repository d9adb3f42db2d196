// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline: stage and field look-ups, and validate(), which lists every problem at once.
#include "LeadFields.h"
#include "Pipeline.h"
#include "PipelineTemplate.h"

#include <QTest>

#include <functional>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

using Mutation = std::function<void(Pipeline &)>;

Stage makeStage(int position, const QString &name, StageKind kind, int probability = 10)
{
    Stage s;
    s.id = 10 + position;
    s.position = position;
    s.name = name;
    s.kind = kind;
    s.probability = probability;
    return s;
}

// A small valid pipeline with one custom field.
Pipeline valid()
{
    Pipeline p;
    p.id = 1;
    p.name = u"Enterprise"_s;
    p.stages = {makeStage(1, u"New"_s, StageKind::Open), makeStage(2, u"Demo"_s, StageKind::Open, 40),
        makeStage(3, u"Later"_s, StageKind::Parked), makeStage(4, u"Won"_s, StageKind::Won, 100),
        makeStage(5, u"Lost"_s, StageKind::Lost, 0)};
    p.customFields
        = {FieldDefinition {u"contract_type"_s, FieldType::Choice, u"Contract type"_s, {u"licence"_s, u"saas"_s}, true, 5}};
    return p;
}

Condition condition(const QString &text)
{
    return *Condition::parse(text);
}

QStringList reasons(const Error &e)
{
    QStringList out;
    for (const FieldError &f : e.fieldErrors)
        out.append(f.field + u": "_s + f.reason);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPipelinesPass()
    {
        QVERIFY(valid().validate().has_value());
        Pipeline p = valid();
        // Required fields and criteria may name canonical and custom fields.
        p.stages[1].requiredFields = {u"industry"_s, u"contract_type"_s};
        p.stages[1].criteria = {condition(u"budget >= 50000"_s), condition(u"contract_type = saas"_s),
            condition(u"decision_date <= +6m"_s), condition(u"industry in software,it"_s)};
        p.stages[3].requiredFields = {u"value"_s};
        const auto r = p.validate();
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        // Names at their limits.
        p.name = QString(100, u'p');
        p.stages[0].name = QString(60, u's');
        QVERIFY(p.validate().has_value());
    }

    void eachProblemIsNamed_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty name") << Mutation([](Pipeline &p) { p.name = u"  "_s; }) << u"name"_s << u"1 to 100"_s;
        QTest::newRow("long name") << Mutation([](Pipeline &p) { p.name = QString(101, u'p'); }) << u"name"_s << u"1 to 100"_s;
        QTest::newRow("no stages") << Mutation([](Pipeline &p) { p.stages.clear(); }) << u"stages"_s << u"at least one stage"_s;
        QTest::newRow("no open stage") << Mutation([](Pipeline &p) {
            p.stages[0].kind = StageKind::Parked;
            p.stages[1].kind = StageKind::Lost;
        }) << u"stages"_s << u"open stage"_s;
        QTest::newRow("empty stage name") << Mutation([](Pipeline &p) { p.stages[1].name = u" "_s; }) << u"stages"_s
                                          << u"1 to 60"_s;
        QTest::newRow("long stage name") << Mutation([](Pipeline &p) { p.stages[1].name = QString(61, u's'); }) << u"stages"_s
                                         << u"1 to 60"_s;
        QTest::newRow("duplicate stage name, other case")
            << Mutation([](Pipeline &p) { p.stages[2].name = u" new "_s; }) << u"new"_s << u"two stages"_s;
        QTest::newRow("probability over 100")
            << Mutation([](Pipeline &p) { p.stages[1].probability = 101; }) << u"Demo"_s << u"between 0 and 100"_s;
        QTest::newRow("negative probability")
            << Mutation([](Pipeline &p) { p.stages[1].probability = -1; }) << u"Demo"_s << u"between 0 and 100"_s;
        QTest::newRow("negative rotting days")
            << Mutation([](Pipeline &p) { p.stages[1].rottingDays = -3; }) << u"Demo"_s << u"rotting"_s;
        QTest::newRow("negative SLA minutes")
            << Mutation([](Pipeline &p) { p.stages[1].slaFirstContactMinutes = -15; }) << u"Demo"_s << u"SLA minutes"_s;
        QTest::newRow("unknown required field")
            << Mutation([](Pipeline &p) { p.stages[1].requiredFields = {u"colour"_s}; }) << u"Demo"_s << u"colour"_s;
        QTest::newRow("criterion on an unknown field")
            << Mutation([](Pipeline &p) { p.stages[1].criteria = {condition(u"shoe_size > 40"_s)}; }) << u"Demo"_s
            << u"shoe_size"_s;
        QTest::newRow("criterion that does not fit its field")
            << Mutation([](Pipeline &p) { p.stages[1].criteria = {condition(u"budget > lots"_s)}; }) << u"Demo"_s << u"budget"_s;
        QTest::newRow("criterion with a bad relative date")
            << Mutation([](Pipeline &p) { p.stages[1].criteria = {condition(u"decision_date <= +6q"_s)}; }) << u"Demo"_s
            << u"+6q"_s;
        QTest::newRow("custom field with a canonical key") << Mutation([](Pipeline &p) {
            p.customFields.append(FieldDefinition {u"email"_s, FieldType::Text, u"Mail"_s, {}, true, 6});
        }) << u"email"_s << u"unique key"_s;
        QTest::newRow("two custom fields with one key") << Mutation([](Pipeline &p) {
            p.customFields.append(FieldDefinition {u"contract_type"_s, FieldType::Text, u"Again"_s, {}, true, 6});
        }) << u"contract_type"_s << u"unique key"_s;
        QTest::newRow("custom field without a key") << Mutation([](Pipeline &p) {
            p.customFields.append(FieldDefinition {QString(), FieldType::Text, u"Nameless"_s, {}, true, 6});
        }) << QString() << u"unique key"_s;
    }
    void eachProblemIsNamed()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        Pipeline p = valid();
        mutate(p);
        const auto r = p.validate();
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(!r.error().fieldErrors.isEmpty());
        bool found = false;
        for (const FieldError &e : r.error().fieldErrors)
            found = found || (e.field == field && e.reason.contains(reason));
        QVERIFY2(found, qPrintable(reasons(r.error()).join(u" | "_s)));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }

    // An admin fixing a pipeline sees every problem in one go, not one per save.
    void everyProblemIsListedAtOnce()
    {
        Pipeline p = valid();
        p.name.clear(); // 1
        p.stages[0].kind = StageKind::Parked; // 2: no open stage left...
        p.stages[1].kind = StageKind::Parked; //    ...at all
        p.stages[1].name = QString(); // 3
        p.stages[2].name = u"WON"_s; // 4: same as "Won"
        p.stages[2].rottingDays = -1; // 5
        p.stages[3].probability = 150; // 6
        p.stages[3].requiredFields = {u"colour"_s}; // 7
        p.stages[4].criteria = {condition(u"budget > lots"_s), condition(u"shoe_size > 3"_s)}; // 8, 9
        p.customFields.append(FieldDefinition {u"email"_s, FieldType::Text, u"Mail"_s, {}, true, 6}); // 10
        const auto r = p.validate();
        QVERIFY(!r.has_value());
        const QStringList listed = reasons(r.error());
        QCOMPARE(listed.size(), 10);
        for (const QString &part : {u"1 to 100"_s, u"open stage"_s, u"1 to 60"_s, u"two stages"_s, u"rotting"_s,
                 u"between 0 and 100"_s, u"colour"_s, u"lots"_s, u"shoe_size"_s, u"unique key"_s})
            QVERIFY2(r.error().message.contains(part), qPrintable(part + u" not in: "_s + r.error().message));
    }

    // stageByName() accepts translated names (lejek-cli move --stage Przegrana), so two
    // stages may not share one in any language; a stage may repeat its own name.
    void translatedNamesAreUniqueToo()
    {
        Pipeline p = valid();
        p.stages[0].translated.insert(u"pl"_s, u"New"_s); // its own name: fine
        p.stages[3].translated.insert(u"pl"_s, u"Wygrana"_s);
        QVERIFY(p.validate().has_value());
        p.stages[4].translated.insert(u"pl"_s, u"wygrana"_s); // Lost, translated like Won
        const auto r = p.validate();
        QVERIFY2(!r.has_value(), "two stages answer to \"Wygrana\"");
        QVERIFY2(r.error().message.contains(u"Wygrana"_s, Qt::CaseInsensitive), qPrintable(r.error().message));
    }

    void emptyPipelineNamesBothStageProblems()
    {
        Pipeline p;
        p.name = u"Empty"_s;
        const auto r = p.validate();
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().fieldErrors.size(), 2);
    }

    void stageByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage"); // empty: none
        QTest::newRow("canonical") << u"Opportunity"_s << u"Opportunity"_s;
        QTest::newRow("canonical, lower case") << u"opportunity"_s << u"Opportunity"_s;
        QTest::newRow("polish") << u"Szansa sprzedażowa"_s << u"Opportunity"_s;
        QTest::newRow("polish, upper case") << u"SZANSA SPRZEDAŻOWA"_s << u"Opportunity"_s;
        QTest::newRow("polish, lower case") << u"nowe leady"_s << u"New leads"_s;
        QTest::newRow("polish, blanks around") << u"  Kwalifikacja "_s << u"Qualification"_s;
        QTest::newRow("polish, won") << u"wygrana"_s << u"Won"_s;
        QTest::newRow("polish, lost") << u"PRZEGRANA"_s << u"Lost"_s;
        QTest::newRow("polish, parked") << u"follow-up / kontakt później"_s << u"Follow-up"_s;
        QTest::newRow("unknown") << u"Negotiation"_s << QString();
        QTest::newRow("part of a name") << u"Szansa"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void stageByName()
    {
        QFETCH(QString, text);
        QFETCH(QString, stage);
        const Pipeline p = PipelineTemplate::b2bFunnel();
        const Stage *found = p.stageByName(text);
        if (stage.isEmpty()) {
            QVERIFY2(!found, found ? qPrintable(found->name) : "");
        } else {
            QVERIFY(found);
            QCOMPARE(found->name, stage);
        }
    }

    void stageByIdAndFirstStage()
    {
        Pipeline p = valid();
        QCOMPARE(p.stage(12)->name, u"Demo"_s);
        QVERIFY(!p.stage(99));
        QCOMPARE(p.firstStage()->name, u"New"_s);
        // New leads land in the first open stage, even behind a parked one.
        p.stages[0].kind = StageKind::Parked;
        QCOMPARE(p.firstStage()->name, u"Demo"_s);
        QVERIFY(!Pipeline().firstStage());
    }

    void fieldFindsCanonicalAndCustom()
    {
        const Pipeline p = valid();
        const auto email = p.field(u"email"_s);
        QVERIFY(email.has_value());
        QCOMPARE(email->type, FieldType::Email);
        QVERIFY(!email->custom);
        const auto custom = p.field(u"contract_type"_s);
        QVERIFY(custom.has_value());
        QVERIFY(custom->custom);
        QCOMPARE(custom->id, qint64(5));
        QCOMPARE(custom->choices, (QStringList {u"licence"_s, u"saas"_s}));
        QVERIFY(!p.field(u"colour"_s).has_value());
        QVERIFY(!p.field(u"Email"_s).has_value()); // keys are exact
        QVERIFY(!PipelineTemplate::b2bFunnel().field(u"contract_type"_s).has_value());
        // The card: canonical fields first, then the custom ones.
        const QList<FieldDefinition> fields = p.fields();
        QCOMPARE(fields.size(), LeadFields::canonical().size() + 1);
        QCOMPARE(fields.first().key, u"first_name"_s);
        QCOMPARE(fields.last().key, u"contract_type"_s);
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
