// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// lejek-cli pipeline stage / members / history, end to end on SQLite and on a real
// PostgreSQL server: an admin's configuration changes, recorded with who made them.
#include "CliRun.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QTest>

using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestPipelineAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    CliRun cli(const QStringList &arguments) { return runCli(arguments, m_db->url()); }
    // The lines of `text` that mention every one of `words`.
    static QStringList linesWith(const QString &text, const QStringList &words)
    {
        QStringList found;
        for (const QString &line : text.split(u'\n'))
            if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return line.contains(w); }))
                found.append(line);
        return found;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        QCOMPARE(cli({u"init"_s}).code, 0);
        // The first user is the admin; the others are reps.
        for (const QString &name : {u"Ewa Nowicka"_s, u"Anna Nowak"_s, u"Piotr Wiśniewski"_s})
            QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, name, u"--team"_s, u"North"_s}).code, 0);
    }

    void cleanup() { m_db.reset(); }

    void anAdminChangesAStageAndTheHistorySaysWho()
    {
        const CliRun changed = cli({u"pipeline"_s, u"stage"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"SQL"_s,
                                    u"--probability"_s, u"45"_s, u"--rotting-days"_s, u"14"_s, u"--require"_s,
                                    u"industry,employees"_s, u"--sla-decision"_s, u"2880"_s});
        QVERIFY2(changed.code == 0, qPrintable(changed.err));
        QVERIFY2(changed.out.contains(u"probability 45%"_s) && changed.out.contains(u"industry, employees"_s), qPrintable(changed.out));

        const CliRun history = cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s});
        QCOMPARE(history.code, 0);
        QCOMPARE(linesWith(history.out, {u"created"_s}).size(), 8);
        const QStringList change = linesWith(history.out, {u"changed"_s, u"Ewa Nowicka"_s, u"SQL"_s, u"45%"_s, u"industry,employees"_s, u"2880"_s});
        QVERIFY2(change.size() == 1, qPrintable(history.out));
        // Made by init, before any user: the database's owner.
        QCOMPARE(linesWith(history.out, {u"created"_s, u"(database owner)"_s}).size(), 8);

        const CliRun now = cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--as-of"_s, u"2999-01-01"_s});
        QCOMPARE(now.code, 0);
        QCOMPARE(linesWith(now.out, {u"SQL"_s, u"45%"_s, u"14"_s}).size(), 1);
        // A date means the whole day: today's change is in "as of today".
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const CliRun ofToday = cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--as-of"_s, today});
        QCOMPARE(ofToday.code, 0);
        QVERIFY2(linesWith(ofToday.out, {u"SQL"_s, u"45%"_s}).size() == 1, qPrintable(ofToday.out));
        const CliRun before = cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--as-of"_s, u"2001-01-01"_s});
        QCOMPARE(before.code, 0);
        QVERIFY2(before.out.contains(u"as first recorded"_s), qPrintable(before.out));
        QCOMPARE(linesWith(before.out, {u"SQL"_s, u"40%"_s}).size(), 1);

        // The same again changes nothing and records nothing.
        const CliRun again = cli({u"pipeline"_s, u"stage"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"SQL"_s, u"--probability"_s, u"45"_s});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"nothing to change"_s), qPrintable(again.out));
        QCOMPARE(linesWith(cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s}).out, {u"changed"_s}).size(), 1);
    }

    void badStageChangesAreRefusedSayingWhy()
    {
        const QStringList sql{u"pipeline"_s, u"stage"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"SQL"_s};
        const CliRun rep = cli(sql + QStringList{u"--probability"_s, u"50"_s, u"--as"_s, u"Anna Nowak"_s});
        QCOMPARE(rep.code, 1);
        QVERIFY2(rep.err.contains(u"only an admin"_s), qPrintable(rep.err));
        const CliRun range = cli(sql + QStringList{u"--probability"_s, u"140"_s});
        QCOMPARE(range.code, 2);
        QVERIFY2(range.err.contains(u"--probability"_s), qPrintable(range.err));
        const CliRun field = cli(sql + QStringList{u"--require"_s, u"shoe_size"_s});
        QCOMPARE(field.code, 1);
        QVERIFY2(field.err.contains(u"shoe_size"_s), qPrintable(field.err));
        const CliRun clash = cli(sql + QStringList{u"--rename"_s, u"Won"_s});
        QCOMPARE(clash.code, 1);
        QVERIFY2(clash.err.contains(u"two stages"_s), qPrintable(clash.err));
        const CliRun noStage = cli({u"pipeline"_s, u"stage"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"Demo"_s, u"--probability"_s, u"5"_s});
        QCOMPARE(noStage.code, 2);
        QVERIFY2(noStage.err.contains(u"no stage \"Demo\""_s), qPrintable(noStage.err));
        QCOMPARE(linesWith(cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s}).out, {u"changed"_s}).size(), 0);
    }

    // Once the admin names who works the pipeline, a rep outside it no longer sees its
    // unassigned leads; --everyone opens it again.
    void membersDecideWhoSeesTheQueue()
    {
        const QStringList members{u"pipeline"_s, u"members"_s, u"--pipeline"_s, u"B2B funnel"_s};
        QVERIFY(cli(members).out.contains(u"everyone works"_s));
        QCOMPARE(cli({u"add"_s, u"--pipeline"_s, u"B2B funnel"_s, u"company=Niczyje Okna"_s}).code, 0);
        const QStringList annasView{u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--as"_s, u"Anna Nowak"_s};
        QVERIFY(cli(annasView).out.contains(u"Niczyje Okna"_s));

        const CliRun set = cli(members + QStringList{u"--set"_s, u"Piotr Wiśniewski"_s});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(u"Piotr Wiśniewski"_s) && !set.out.contains(u"Anna Nowak"_s), qPrintable(set.out));
        QVERIFY(!cli(annasView).out.contains(u"Niczyje Okna"_s));
        QVERIFY(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--as"_s, u"Piotr Wiśniewski"_s}).out.contains(u"Niczyje Okna"_s));

        const CliRun unknown = cli(members + QStringList{u"--set"_s, u"Zenon Nieznany"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(u"Zenon Nieznany"_s), qPrintable(unknown.err));
        QCOMPARE(cli(members + QStringList{u"--set"_s, u"Anna Nowak"_s, u"--as"_s, u"Anna Nowak"_s}).code, 1);

        QCOMPARE(cli(members + QStringList{u"--everyone"_s}).code, 0);
        QVERIFY(cli(annasView).out.contains(u"Niczyje Okna"_s));
    }
};

QTEST_GUILESS_MAIN(TestPipelineAdmin)
#include "tst_pipelineadmin.moc"
