// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExternalChanges: PostgreSQL's change notices (003_change_notices.postgresql.sql) turned
// into the changes views follow, merged per pipeline.
#include "ExternalChanges.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestExternalChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilANoticeArrives()
    {
        ExternalChanges changes;
        QVERIFY(changes.isEmpty());
        QVERIFY(changes.leadChanges().isEmpty());
        QVERIFY(!changes.configurationChanged());
    }

    void leadsArePerPipelineWithTheirStages()
    {
        ExternalChanges changes;
        // As the triggers write them: [lead, pipeline, stage before, stage after].
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\" : [[7, 1, 3, 4], [9, 1, 3, 3], [11, 2, 20, 21]]}"_s, 7), ExternalChanges::Notice::Added);
        QVERIFY(!changes.isEmpty());
        const QList<LeadChange> list = changes.leadChanges();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].pipelineId, 1);
        QCOMPARE(list[0].leadIds, (QList<qint64>{7, 9}));
        QCOMPARE(list[0].fromStageIds, (QList<qint64>{3}));
        QCOMPARE(list[0].toStageIds, (QList<qint64>{3, 4}));
        QCOMPARE(list[0].kind, LeadChange::Kind::Updated); // one moved, one edited
        QVERIFY(!list[0].everything);
        QCOMPARE(list[1].pipelineId, 2);
        QCOMPARE(list[1].leadIds, (QList<qint64>{11}));
        QCOMPARE(list[1].kind, LeadChange::Kind::Moved);
        QVERIFY(!changes.configurationChanged());
    }

    void aLeadsStrongestNewsWins()
    {
        ExternalChanges changes;
        // A lead created with its "created" timeline entry, in either order.
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[5, 1, null, null]]}"_s, 7), ExternalChanges::Notice::Added);
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[5, 1, null, 3]]}"_s, 7), ExternalChanges::Notice::Added);
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[6, 1, null, 3]]}"_s, 7), ExternalChanges::Notice::Added);
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[6, 1, null, null]]}"_s, 7), ExternalChanges::Notice::Added);
        LeadChange change = changes.leadChanges().constFirst();
        QCOMPARE(change.kind, LeadChange::Kind::Created);
        QCOMPARE(change.leadIds, (QList<qint64>{5, 6}));
        QVERIFY(change.fromStageIds.isEmpty());
        QCOMPARE(change.toStageIds, (QList<qint64>{3}));

        changes.clear();
        QVERIFY(changes.isEmpty());
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[5, 1, 3, null]]}"_s, 7), ExternalChanges::Notice::Added);
        QCOMPARE(changes.leadChanges().constFirst().kind, LeadChange::Kind::Removed);

        changes.clear();
        // A task or an activity: the card changes, the lead stays where it is.
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[5, 1, null, null]]}"_s, 7), ExternalChanges::Notice::Added);
        change = changes.leadChanges().constFirst();
        QCOMPARE(change.kind, LeadChange::Kind::Updated);
        QCOMPARE(change.leadIds, (QList<qint64>{5}));
        QVERIFY(change.fromStageIds.isEmpty() && change.toStageIds.isEmpty());
        QVERIFY(!change.everything);
    }

    void tooManyLeadsRefreshTheirPipeline()
    {
        ExternalChanges changes;
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[8, 5, 50, 51]]}"_s, 7), ExternalChanges::Notice::Added);
        QString rows;
        for (int i = 1; i <= ExternalChanges::MaxLeadsPerPipeline + 1; ++i)
            rows += u"%1[%2, 1, 1, 2]"_s.arg(i == 1 ? u""_s : u", "_s).arg(i);
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [%1]}"_s.arg(rows), 7), ExternalChanges::Notice::Added);
        // Later news of that pipeline adds nothing to "everything".
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[1, 1, null, null]]}"_s, 7), ExternalChanges::Notice::Added);
        const QList<LeadChange> list = changes.leadChanges();
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].everything);
        QCOMPARE(list[0].pipelineId, 1);
        QVERIFY(list[0].leadIds.isEmpty());
        QCOMPARE(list[1].pipelineId, 5); // the other pipeline keeps its detail
        QVERIFY(!list[1].everything);
        QCOMPARE(list[1].leadIds, QList<qint64>{8});
    }

    void ownNoticesAreLeftOut()
    {
        ExternalChanges changes;
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[1, 2, 3, 4]]}"_s, 42), ExternalChanges::Notice::Own);
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"configuration\": true}"_s, 42), ExternalChanges::Notice::Own);
        QVERIFY(changes.isEmpty());
        QCOMPARE(changes.addNotice(u"{\"pid\": 43, \"leads\": [[1, 2, 3, 4]]}"_s, 42), ExternalChanges::Notice::Added);
        QCOMPARE(changes.leadChanges().size(), 1);
    }

    void everythingAndConfiguration()
    {
        ExternalChanges changes;
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"configuration\": true}"_s, 7), ExternalChanges::Notice::Added);
        QVERIFY(changes.configurationChanged());
        QVERIFY(!changes.isEmpty());
        QVERIFY(changes.leadChanges().isEmpty());
        QCOMPARE(changes.addNotice(u"{\"pid\": 42, \"leads\": [[1, 2, 3, 4]]}"_s, 7), ExternalChanges::Notice::Added);
        changes.addEverything(); // what SQLite's data_version says
        const QList<LeadChange> list = changes.leadChanges();
        QCOMPARE(list.size(), 1);
        QVERIFY(list[0].everything);
        QCOMPARE(list[0].pipelineId, 0);
        QVERIFY(changes.configurationChanged());
        changes.clear();
        QVERIFY(changes.isEmpty());
        changes.addEverything();
        QCOMPARE(changes.leadChanges().size(), 1);
        QVERIFY(changes.leadChanges().constFirst().everything);
    }

    void aNoticeNotOursMeansAnythingMayHaveChanged_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty") << QString();
        QTest::newRow("not JSON") << u"leads changed"_s;
        QTest::newRow("array") << u"[1, 2]"_s;
        QTest::newRow("unknown key") << u"{\"pid\": 42, \"stages\": [1]}"_s;
        QTest::newRow("three keys") << u"{\"pid\": 42, \"configuration\": true, \"leads\": []}"_s;
        QTest::newRow("short row") << u"{\"pid\": 42, \"leads\": [[1, 2, 3]]}"_s;
        QTest::newRow("text id") << u"{\"pid\": 42, \"leads\": [[\"1\", 2, 3, 4]]}"_s;
        QTest::newRow("no pipeline") << u"{\"pid\": 42, \"leads\": [[1, null, 3, 4]]}"_s;
        QTest::newRow("negative stage") << u"{\"pid\": 42, \"leads\": [[1, 2, -3, 4]]}"_s;
        QTest::newRow("leads not a list") << u"{\"pid\": 42, \"leads\": 3}"_s;
        QTest::newRow("configuration false") << u"{\"pid\": 42, \"configuration\": false}"_s;
        QTest::newRow("no pid") << u"{\"leads\": [[1, 2, 3, 4]]}"_s;
        QTest::newRow("text pid") << u"{\"pid\": \"42\", \"leads\": [[1, 2, 3, 4]]}"_s;
    }

    void aNoticeNotOursMeansAnythingMayHaveChanged()
    {
        QFETCH(QString, payload);
        ExternalChanges changes;
        QCOMPARE(changes.addNotice(payload, 7), ExternalChanges::Notice::Unknown);
        const QList<LeadChange> list = changes.leadChanges();
        QCOMPARE(list.size(), 1);
        QVERIFY(list[0].everything);
        QCOMPARE(list[0].pipelineId, 0);
    }
};

QTEST_GUILESS_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
