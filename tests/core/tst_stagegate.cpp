// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StageGate: what a lead must meet to enter a stage (DOMAIN.md, "Pipelines and stages").
#include "PipelineTemplate.h"
#include "StageGate.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

// Polish labels for the canonical fields, without a .qm file.
class PolishLabels : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "lejek::LeadFields") != 0)
            return {};
        static const QHash<QString, QString> labels {{u"Role"_s, u"Stanowisko"_s}, {u"E-mail"_s, u"E-mail"_s},
            {u"Industry"_s, u"Branża"_s}, {u"Company size"_s, u"Wielkość firmy"_s}, {u"Main pain"_s, u"Główny problem"_s},
            {u"Budget"_s, u"Budżet"_s}, {u"Lost reason"_s, u"Powód przegranej"_s}};
        return labels.value(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

Pipeline withIds(Pipeline p)
{
    p.id = 7;
    for (Stage &s : p.stages) {
        s.id = 100 + s.position;
        s.pipelineId = p.id;
    }
    return p;
}

Condition condition(const QString &text)
{
    return *Condition::parse(text);
}

// Gates on several stages, a parked and a lost stage with their own, a custom field.
Pipeline gated()
{
    Pipeline p;
    p.name = u"Gated"_s;
    auto add = [&p](const QString &name, StageKind kind, QStringList required = {}, QList<Condition> criteria = {}) {
        Stage s;
        s.position = static_cast<int>(p.stages.size()) + 1;
        s.name = name;
        s.kind = kind;
        s.requiredFields = std::move(required);
        s.criteria = std::move(criteria);
        p.stages.append(s);
    };
    add(u"New"_s, StageKind::Open);
    add(u"Qualification"_s, StageKind::Open, {u"email"_s});
    add(u"MQL"_s, StageKind::Open, {}, {condition(u"budget > 50000"_s)});
    add(u"SQL"_s, StageKind::Open, PipelineTemplate::sqlRequiredFields(), {condition(u"budget > 50000"_s)});
    add(u"Follow-up"_s, StageKind::Parked, {u"next_step"_s});
    add(u"Opportunity"_s, StageKind::Open, {u"contract_type"_s}, {condition(u"decision_date <= +6m"_s)});
    add(u"Won"_s, StageKind::Won, {u"value"_s});
    add(u"Lost"_s, StageKind::Lost);
    add(u"Disqualified"_s, StageKind::Lost, {u"notes"_s});
    p.customFields.append(
        FieldDefinition {u"contract_type"_s, FieldType::Choice, u"Contract type"_s, {u"licence"_s, u"subscription"_s}, true, 31});
    return withIds(p);
}

Lead leadWith(QVariantMap values)
{
    Lead lead;
    lead.id = 42;
    lead.pipelineId = 7;
    lead.values = std::move(values);
    return lead;
}

QStringList names(const QList<const Stage *> &stages)
{
    QStringList out;
    for (const Stage *s : stages)
        out.append(s->name);
    return out;
}

// Everything the gated pipeline asks for up to Opportunity.
QVariantMap complete()
{
    return {{u"company"_s, u"Acme"_s}, {u"email"_s, u"jan@acme.pl"_s}, {u"industry"_s, u"software"_s},
        {u"employees"_s, qlonglong(120)}, {u"job_title"_s, u"CTO"_s}, {u"pains"_s, u"Manual quotes"_s},
        {u"budget"_s, qlonglong(8000000)}, {u"decision_date"_s, QDate(2026, 6, 30)}, {u"contract_type"_s, u"licence"_s}};
}

} // namespace

class TestStageGate : public QObject
{
    Q_OBJECT

private:
    const Stage &stage(const Pipeline &p, const QString &name) { return *p.stageByName(name); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void gatesForTemplate_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("gates");
        QTest::newRow("first stage") << u"New leads"_s << QStringList {u"New leads"_s};
        QTest::newRow("SQL") << u"SQL"_s << QStringList {u"New leads"_s, u"Qualification"_s, u"MQL"_s, u"SQL"_s};
        // Open targets accumulate the open stages before them, not the parked one.
        QTest::newRow("Opportunity") << u"Opportunity"_s
                                     << QStringList {u"New leads"_s, u"Qualification"_s, u"MQL"_s, u"SQL"_s, u"Opportunity"_s};
        QTest::newRow("Won") << u"Won"_s
                             << QStringList {u"New leads"_s, u"Qualification"_s, u"MQL"_s, u"SQL"_s, u"Opportunity"_s, u"Won"_s};
        // Parked and lost stages have only their own gate.
        QTest::newRow("Follow-up") << u"Follow-up"_s << QStringList {u"Follow-up"_s};
        QTest::newRow("Lost") << u"Lost"_s << QStringList {u"Lost"_s};
    }
    void gatesForTemplate()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, gates);
        const Pipeline p = withIds(PipelineTemplate::b2bFunnel());
        QCOMPARE(names(StageGate::gatesFor(p, stage(p, target))), gates);
    }

    void gatesForHandoffTemplate()
    {
        const Pipeline p = withIds(PipelineTemplate::leadHandoff());
        QCOMPARE(
            names(StageGate::gatesFor(p, stage(p, u"Won"_s))), (QStringList {u"New"_s, u"MQL"_s, u"SAL"_s, u"SQL"_s, u"Won"_s}));
        QCOMPARE(names(StageGate::gatesFor(p, stage(p, u"Nurture"_s))), QStringList {u"Nurture"_s});
        QCOMPARE(names(StageGate::gatesFor(p, stage(p, u"Disqualified"_s))), QStringList {u"Disqualified"_s});
    }

    // Skipping SQL does not skip its gate: a lead dragged from Qualification to
    // Opportunity must meet SQL's required fields and criteria as well.
    void skippedStagesGatesApply()
    {
        const Pipeline p = gated();
        const GateRefusal r = StageGate::check(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"Opportunity"_s), kToday);
        QCOMPARE(r.leadId, qint64(42));
        QCOMPARE(r.stage, u"Opportunity"_s);
        QStringList missing = r.missingFields;
        missing.sort();
        QCOMPARE(missing,
            (QStringList {u"Company size"_s, u"Contract type"_s, u"E-mail"_s, u"Industry"_s, u"Main pain"_s, u"Role"_s}));
        // The same criterion on MQL and SQL is named once; the parked stage's field is not asked.
        QCOMPARE(r.failedCriteria, (QStringList {u"Budget > 50000"_s, u"Decision date <= +6m"_s}));
        QVERIFY(!r.missingFields.contains(u"Next step"_s));
    }

    void wonAccumulatesEveryOpenGate()
    {
        const Pipeline p = gated();
        QVariantMap values = complete();
        const GateRefusal ready = StageGate::check(p, leadWith(values), stage(p, u"Won"_s), kToday);
        QCOMPARE(ready.missingFields, QStringList {u"Deal value"_s});
        QVERIFY(ready.failedCriteria.isEmpty());
        values.insert(u"value"_s, qlonglong(9000000));
        values.insert(u"decision_date"_s, QDate(2027, 1, 1)); // beyond +6m: Opportunity's criterion fails
        const GateRefusal late = StageGate::check(p, leadWith(values), stage(p, u"Won"_s), kToday);
        QVERIFY(late.missingFields.isEmpty());
        QCOMPARE(late.failedCriteria, QStringList {u"Decision date <= +6m"_s});
    }

    void parkedStageHasOnlyItsOwnGate()
    {
        const Pipeline p = gated();
        const GateRefusal r = StageGate::check(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"Follow-up"_s), kToday);
        QCOMPARE(r.missingFields, QStringList {u"Next step"_s});
        QVERIFY(r.failedCriteria.isEmpty());
        const GateRefusal ok = StageGate::check(
            p, leadWith({{u"company"_s, u"Acme"_s}, {u"next_step"_s, u"Call in May"_s}}), stage(p, u"Follow-up"_s), kToday);
        QVERIFY(ok.missingFields.isEmpty());
        QVERIFY(ok.failedCriteria.isEmpty());
    }

    void lostNeedsALostReason()
    {
        const Pipeline p = gated();
        const GateRefusal r = StageGate::check(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"Lost"_s), kToday);
        QCOMPARE(r.missingFields, QStringList {u"Lost reason"_s});
        QVERIFY(r.failedCriteria.isEmpty());
        const GateRefusal ok = StageGate::check(
            p, leadWith({{u"company"_s, u"Acme"_s}, {u"lost_reason"_s, u"price"_s}}), stage(p, u"Lost"_s), kToday);
        QVERIFY(ok.missingFields.isEmpty());
        // A lost stage with its own required field asks for both, and nothing of the open stages.
        const GateRefusal dq = StageGate::check(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"Disqualified"_s), kToday);
        QCOMPARE(dq.missingFields, (QStringList {u"Notes"_s, u"Lost reason"_s}));
        QVERIFY(dq.failedCriteria.isEmpty());
        // The template's Lost too.
        const Pipeline b2b = withIds(PipelineTemplate::b2bFunnel());
        QCOMPARE(StageGate::check(b2b, leadWith({{u"company"_s, u"Acme"_s}}), stage(b2b, u"Lost"_s), kToday).missingFields,
            QStringList {u"Lost reason"_s});
    }

    void aCompleteLeadMayEnter()
    {
        const Pipeline p = gated();
        const GateRefusal r = StageGate::check(p, leadWith(complete()), stage(p, u"Opportunity"_s), kToday);
        QVERIFY2(r.missingFields.isEmpty(), qPrintable(r.missingFields.join(u", "_s)));
        QVERIFY2(r.failedCriteria.isEmpty(), qPrintable(r.failedCriteria.join(u", "_s)));
        QVERIFY(StageGate::fieldsToComplete(p, leadWith(complete()), stage(p, u"Opportunity"_s), kToday).isEmpty());
    }

    // Blank text and an empty list are not filled.
    void blankValuesAreMissing()
    {
        const Pipeline p = gated();
        const GateRefusal r = StageGate::check(
            p, leadWith({{u"company"_s, u"Acme"_s}, {u"email"_s, u"   "_s}}), stage(p, u"Qualification"_s), kToday);
        QCOMPARE(r.missingFields, QStringList {u"E-mail"_s});
    }

    // The refusal lists the missing fields as the card shows them, top to bottom.
    void missingFieldsAreInCardOrder()
    {
        const Pipeline b2b = withIds(PipelineTemplate::b2bFunnel());
        const GateRefusal sql = StageGate::check(b2b, leadWith({{u"company"_s, u"Acme"_s}}), stage(b2b, u"SQL"_s), kToday);
        QCOMPARE(sql.missingFields, (QStringList {u"Role"_s, u"Industry"_s, u"Company size"_s, u"Main pain"_s}));
        const Pipeline p = gated();
        const GateRefusal opp = StageGate::check(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"Opportunity"_s), kToday);
        QCOMPARE(opp.missingFields,
            (QStringList {u"Role"_s, u"E-mail"_s, u"Industry"_s, u"Company size"_s, u"Main pain"_s, u"Contract type"_s}));
    }

    void labelsAreTranslated()
    {
        PolishLabels polish;
        QVERIFY(QCoreApplication::installTranslator(&polish));
        const Pipeline b2b = withIds(PipelineTemplate::b2bFunnel());
        const GateRefusal sql = StageGate::check(
            b2b, leadWith({{u"company"_s, u"Acme"_s}, {u"industry"_s, u"IT"_s}}), stage(b2b, u"SQL"_s), kToday);
        QCoreApplication::removeTranslator(&polish);
        QStringList missing = sql.missingFields;
        missing.sort();
        QCOMPARE(missing, (QStringList {u"Główny problem"_s, u"Stanowisko"_s, u"Wielkość firmy"_s}));
    }

    void refusalNamesTheStageInTheUsersLanguage()
    {
        const Pipeline b2b = withIds(PipelineTemplate::b2bFunnel());
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
        const GateRefusal r = StageGate::check(b2b, leadWith({{u"company"_s, u"Acme"_s}}), stage(b2b, u"Opportunity"_s), kToday);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(r.stage, u"Szansa sprzedażowa"_s);
    }

    // A criterion names its field's label; a criterion on a field the pipeline lacks
    // can never hold, so it is reported, under its key.
    void criteriaAreDescribed()
    {
        Pipeline p = gated();
        p.stages[2].criteria.append(condition(u"contract_type = licence"_s));
        p.stages[2].criteria.append(condition(u"colour = blue"_s));
        const GateRefusal r = StageGate::check(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"MQL"_s), kToday);
        QCOMPARE(r.failedCriteria, (QStringList {u"Budget > 50000"_s, u"Contract type = licence"_s, u"colour = blue"_s}));
        QVERIFY(!StageGate::fieldsToComplete(p, leadWith({}), stage(p, u"MQL"_s), kToday).contains(u"colour"_s));
    }

    void fieldsToCompleteInCardOrder_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QStringList>("keys");
        const QVariantMap acme {{u"company"_s, u"Acme"_s}};
        QTest::newRow("Opportunity, nothing filled") << u"Opportunity"_s << acme
                                                     << QStringList {u"job_title"_s, u"email"_s, u"industry"_s, u"employees"_s,
                                                            u"pains"_s, u"decision_date"_s, u"budget"_s, u"contract_type"_s};
        QVariantMap lowBudget = complete();
        lowBudget.insert(u"budget"_s, qlonglong(100)); // filled, but fails "budget > 50000"
        QTest::newRow("a filled field that fails a criterion") << u"Opportunity"_s << lowBudget << QStringList {u"budget"_s};
        QTest::newRow("complete") << u"Opportunity"_s << complete() << QStringList {};
        QTest::newRow("parked") << u"Follow-up"_s << acme << QStringList {u"next_step"_s};
        QTest::newRow("lost") << u"Lost"_s << acme << QStringList {u"lost_reason"_s};
        QTest::newRow("disqualified") << u"Disqualified"_s << acme << QStringList {u"notes"_s, u"lost_reason"_s};
        QVariantMap wonReady = complete();
        QTest::newRow("won") << u"Won"_s << wonReady << QStringList {u"value"_s};
    }
    void fieldsToCompleteInCardOrder()
    {
        QFETCH(QString, target);
        QFETCH(QVariantMap, values);
        QFETCH(QStringList, keys);
        const Pipeline p = gated();
        QCOMPARE(StageGate::fieldsToComplete(p, leadWith(values), stage(p, target), kToday), keys);
    }

    // The "complete to move" form says why it asks for each field: the stage that
    // requires it, or the criterion the value fails.
    void fieldReasonsNameTheStageOrTheCriterion()
    {
        const Pipeline p = gated();
        QVariantMap lowBudget = complete();
        lowBudget.insert(u"budget"_s, qlonglong(100));
        lowBudget.remove(u"industry"_s);
        const QMap<QString, QString> reasons = StageGate::fieldReasons(p, leadWith(lowBudget), stage(p, u"Opportunity"_s), kToday);
        QCOMPARE(reasons.keys(), (QStringList {u"budget"_s, u"industry"_s}));
        QCOMPARE(reasons.value(u"budget"_s), u"Budget > 50000"_s);
        QVERIFY2(reasons.value(u"industry"_s).startsWith(u"Required from stage “"_s), qPrintable(reasons.value(u"industry"_s)));
        const QMap<QString, QString> lost = StageGate::fieldReasons(p, leadWith({{u"company"_s, u"Acme"_s}}), stage(p, u"Lost"_s), kToday);
        QCOMPARE(lost.keys(), QStringList {u"lost_reason"_s});
        QVERIFY(StageGate::fieldReasons(p, leadWith(complete()), stage(p, u"Opportunity"_s), kToday).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStageGate)
#include "tst_stagegate.moc"
