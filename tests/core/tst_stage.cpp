// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage: kinds, names in the user's language, matching a typed name.
#include "Stage.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::StageKind)

class TestStage : public QObject
{
    Q_OBJECT

private:
    static Stage opportunity()
    {
        Stage s;
        s.name = u"Opportunity"_s;
        s.translated.insert(u"pl"_s, u"Szansa sprzedażowa"_s);
        return s;
    }

private Q_SLOTS:
    void kindNames_data()
    {
        QTest::addColumn<StageKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("closed");
        QTest::newRow("open") << StageKind::Open << u"open"_s << false;
        QTest::newRow("parked") << StageKind::Parked << u"parked"_s << false;
        QTest::newRow("won") << StageKind::Won << u"won"_s << true;
        QTest::newRow("lost") << StageKind::Lost << u"lost"_s << true;
    }
    void kindNames()
    {
        QFETCH(StageKind, kind);
        QFETCH(QString, name);
        QFETCH(bool, closed);
        QCOMPARE(stageKindName(kind), name);
        StageKind back = kind == StageKind::Open ? StageKind::Lost : StageKind::Open;
        QVERIFY(stageKindFromName(name.toUpper(), &back));
        QCOMPARE(back, kind);
        Stage s;
        s.kind = kind;
        QCOMPARE(s.isClosed(), closed);
    }

    void unknownKindIsRefused()
    {
        StageKind kind = StageKind::Parked;
        QVERIFY(!stageKindFromName(u"closed"_s, &kind));
        QVERIFY(!stageKindFromName(QString(), &kind));
        QCOMPARE(kind, StageKind::Parked); // untouched
    }

    void displayNameFollowsTheLanguage()
    {
        const Stage s = opportunity();
        QCOMPARE(s.displayName(QLocale(QLocale::Polish, QLocale::Poland)), u"Szansa sprzedażowa"_s);
        QCOMPARE(s.displayName(QLocale(QLocale::English, QLocale::UnitedStates)), u"Opportunity"_s);
        QCOMPARE(s.displayName(QLocale(QLocale::German, QLocale::Germany)), u"Opportunity"_s); // no translation
    }

    void matchesName()
    {
        const Stage s = opportunity();
        QVERIFY(s.matchesName(u"Opportunity"_s));
        QVERIFY(s.matchesName(u" OPPORTUNITY "_s));
        QVERIFY(s.matchesName(u"szansa SPRZEDAŻOWA"_s));
        QVERIFY(!s.matchesName(u"Szansa"_s));
        QVERIFY(!s.matchesName(QString()));
    }
};

QTEST_APPLESS_MAIN(TestStage)
#include "tst_stage.moc"
