// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PipelineTemplate: DOMAIN.md's two ready pipelines.
#include "LeadFields.h"
#include "PipelineTemplate.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::StageKind)

namespace {
struct Expected {
    QString name;
    StageKind kind;
    QString polish;
};
} // namespace

class TestPipelineTemplate : public QObject
{
    Q_OBJECT

private:
    static void compareStages(const Pipeline &p, const QList<Expected> &expected)
    {
        QCOMPARE(p.stages.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Stage &s = p.stages[i];
            QCOMPARE(s.name, expected[i].name);
            QCOMPARE(s.kind, expected[i].kind);
            QCOMPARE(s.translated.value(u"pl"_s), expected[i].polish);
            QCOMPARE(s.displayName(QLocale(QLocale::Polish, QLocale::Poland)), expected[i].polish);
            QCOMPARE(s.displayName(QLocale(QLocale::English, QLocale::UnitedKingdom)), expected[i].name);
        }
    }

private Q_SLOTS:
    void keysAndMake()
    {
        QCOMPARE(PipelineTemplate::keys(), (QStringList {u"b2b"_s, u"handoff"_s}));
        QCOMPARE(PipelineTemplate::make(u"b2b"_s), std::optional<Pipeline>(PipelineTemplate::b2bFunnel()));
        QCOMPARE(PipelineTemplate::make(u"handoff"_s), std::optional<Pipeline>(PipelineTemplate::leadHandoff()));
        QVERIFY(!PipelineTemplate::make(u"crm"_s).has_value());
        QVERIFY(!PipelineTemplate::make(QString()).has_value());
        QCOMPARE(PipelineTemplate::b2bFunnel().templateKey, u"b2b"_s);
        QCOMPARE(PipelineTemplate::leadHandoff().templateKey, u"handoff"_s);
    }

    // New leads -> Qualification -> MQL -> SQL -> Follow-up (parked) -> Opportunity -> Won / Lost.
    void b2bFunnelStages()
    {
        const Pipeline p = PipelineTemplate::b2bFunnel();
        QVERIFY(!p.name.isEmpty());
        compareStages(p,
            {{u"New leads"_s, StageKind::Open, u"Nowe leady"_s}, {u"Qualification"_s, StageKind::Open, u"Kwalifikacja"_s},
                {u"MQL"_s, StageKind::Open, u"MQL"_s}, {u"SQL"_s, StageKind::Open, u"SQL"_s},
                {u"Follow-up"_s, StageKind::Parked, u"Follow-up / kontakt później"_s},
                {u"Opportunity"_s, StageKind::Open, u"Szansa sprzedażowa"_s}, {u"Won"_s, StageKind::Won, u"Wygrana"_s},
                {u"Lost"_s, StageKind::Lost, u"Przegrana"_s}});
        QCOMPARE(p.firstStage()->name, u"New leads"_s);
    }

    // New -> MQL -> SAL -> SQL -> Won / Lost, with Nurture (parked) and Disqualified (lost).
    void leadHandoffStages()
    {
        const Pipeline p = PipelineTemplate::leadHandoff();
        QVERIFY(!p.name.isEmpty());
        compareStages(p,
            {{u"New"_s, StageKind::Open, u"Nowy"_s}, {u"MQL"_s, StageKind::Open, u"MQL"_s},
                {u"SAL"_s, StageKind::Open, u"SAL (przyjęty przez sprzedaż)"_s}, {u"SQL"_s, StageKind::Open, u"SQL"_s},
                {u"Nurture"_s, StageKind::Parked, u"Nurture"_s}, {u"Won"_s, StageKind::Won, u"Wygrana"_s},
                {u"Lost"_s, StageKind::Lost, u"Przegrana"_s}, {u"Disqualified"_s, StageKind::Lost, u"Zdyskwalifikowany"_s}});
        QCOMPARE(p.firstStage()->name, u"New"_s);
    }

    void templateIsConsistent_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("handoffStage");
        QTest::newRow("b2b") << u"b2b"_s << u"MQL"_s;
        QTest::newRow("handoff") << u"handoff"_s << u"MQL"_s;
    }

    // SQL needs industry, company size, contact role and main pain (DOMAIN.md).
    void sqlRequiresTheDomainFields()
    {
        const QStringList expected {u"employees"_s, u"industry"_s, u"job_title"_s, u"pains"_s};
        QStringList declared = PipelineTemplate::sqlRequiredFields();
        declared.sort();
        QCOMPARE(declared, expected);
        for (const Pipeline &p : {PipelineTemplate::b2bFunnel(), PipelineTemplate::leadHandoff()}) {
            QStringList required = p.stageByName(u"SQL"_s)->requiredFields;
            required.sort();
            QCOMPARE(required, expected);
            for (const QString &key : required)
                QVERIFY2(LeadFields::find(key).has_value(), qPrintable(key));
        }
    }

    void templateIsConsistent()
    {
        QFETCH(QString, key);
        QFETCH(QString, handoffStage);
        const Pipeline p = *PipelineTemplate::make(key);
        // An admin may save it as it ships.
        const auto valid = p.validate();
        QVERIFY2(valid.has_value(), qPrintable(valid ? QString() : valid.error().message));
        int lastPosition = 0;
        int lastOpenProbability = -1;
        for (const Stage &s : p.stages) {
            QVERIFY2(s.position > lastPosition, qPrintable(s.name));
            lastPosition = s.position;
            QVERIFY(s.probability >= 0 && s.probability <= 100);
            if (s.kind == StageKind::Open) {
                // Further along an open path, a deal is likelier to be won; open stages rot.
                QVERIFY2(s.probability > lastOpenProbability, qPrintable(s.name));
                lastOpenProbability = s.probability;
                QVERIFY2(s.rottingDays > 0, qPrintable(s.name));
            }
            if (s.kind == StageKind::Won)
                QCOMPARE(s.probability, 100);
            if (s.kind == StageKind::Lost)
                QCOMPARE(s.probability, 0);
            if (s.isClosed())
                QCOMPARE(s.rottingDays, 0);
            QVERIFY2(!s.translated.value(u"pl"_s).isEmpty(), qPrintable(s.name));
        }
        // Exactly one won stage; SLAs start at the handoff stage.
        QCOMPARE(std::count_if(p.stages.begin(), p.stages.end(), [](const Stage &s) { return s.kind == StageKind::Won; }),
            qsizetype(1));
        const Stage *handoff = p.stageByName(handoffStage);
        QVERIFY(handoff);
        QCOMPARE(handoff->slaFirstContactMinutes, 15);
        QCOMPARE(handoff->slaDecisionMinutes, 2 * 8 * 60);
    }
};

QTEST_APPLESS_MAIN(TestPipelineTemplate)
#include "tst_pipelinetemplate.moc"
