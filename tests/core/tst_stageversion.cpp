// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StageVersion::asOf: a pipeline's stages as they stood at any instant.
#include "StageVersion.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kT0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

StageVersion version(qint64 id, int position, const QString &name, int probability, const QDateTime &at,
                     StageVersion::Change change = StageVersion::Change::Created)
{
    static qint64 written = 0;
    StageVersion v;
    v.id = ++written;
    v.stage.id = id;
    v.stage.pipelineId = 1;
    v.stage.position = position;
    v.stage.name = name;
    v.stage.probability = probability;
    v.validFrom = at;
    v.change = change;
    return v;
}

QStringList describe(const QList<Stage> &stages)
{
    QStringList out;
    for (const Stage &s : stages)
        out.append(u"%1:%2%"_s.arg(s.name).arg(s.probability));
    return out;
}
} // namespace

class TestStageVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asOfReadsEachStagesLastVersion_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QStringList>("stages");
        // History from before the pipeline was set up in Lejek reads its first stages.
        QTest::newRow("before the pipeline") << kT0.addDays(-300) << QStringList{u"New:10%"_s, u"SQL:40%"_s, u"Won:100%"_s};
        QTest::newRow("as made") << kT0 << QStringList{u"New:10%"_s, u"SQL:40%"_s, u"Won:100%"_s};
        QTest::newRow("after the change") << kT0.addDays(2) << QStringList{u"New:10%"_s, u"Qualified:45%"_s, u"Won:100%"_s};
        QTest::newRow("after the new stage") << kT0.addDays(3)
                                             << QStringList{u"New:10%"_s, u"Qualified:45%"_s, u"Demo:50%"_s, u"Won:100%"_s};
        QTest::newRow("after the removal") << kT0.addDays(10) << QStringList{u"New:10%"_s, u"Demo:50%"_s, u"Won:100%"_s};
    }
    void asOfReadsEachStagesLastVersion()
    {
        QFETCH(QDateTime, at);
        QFETCH(QStringList, stages);
        // Listed out of order on purpose: asOf() goes by time, then returns position order.
        const QList<StageVersion> versions{
            version(2, 2, u"Qualified"_s, 45, kT0.addDays(2), StageVersion::Change::Changed),
            version(1, 1, u"New"_s, 10, kT0),
            version(2, 2, u"SQL"_s, 40, kT0),
            version(3, 4, u"Won"_s, 100, kT0),
            version(4, 3, u"Demo"_s, 50, kT0.addDays(3)),
            version(2, 2, u"Qualified"_s, 45, kT0.addDays(9), StageVersion::Change::Removed),
        };
        QCOMPARE(describe(StageVersion::asOf(versions, at)), stages);
    }

    // Two versions of a stage at one instant: the one written last counts, in whatever
    // order they are listed.
    void theLaterOfTwoVersionsAtOneInstantCounts()
    {
        const StageVersion first = version(1, 1, u"New"_s, 10, kT0);
        const StageVersion second = version(1, 1, u"New"_s, 20, kT0, StageVersion::Change::Changed);
        QCOMPARE(describe(StageVersion::asOf({first, second}, kT0)), QStringList{u"New:20%"_s});
        QCOMPARE(describe(StageVersion::asOf({second, first}, kT0)), QStringList{u"New:20%"_s});
    }

    void changeNamesRoundTrip()
    {
        for (auto c : {StageVersion::Change::Created, StageVersion::Change::Changed, StageVersion::Change::Removed}) {
            StageVersion::Change back = StageVersion::Change::Created;
            QVERIFY(StageVersion::changeFromName(StageVersion::changeName(c), &back));
            QCOMPARE(back, c);
        }
        StageVersion::Change untouched = StageVersion::Change::Changed;
        QVERIFY(!StageVersion::changeFromName(u"deleted"_s, &untouched));
        QCOMPARE(untouched, StageVersion::Change::Changed);
    }
};

QTEST_GUILESS_MAIN(TestStageVersion)
#include "tst_stageversion.moc"
