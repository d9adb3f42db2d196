// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the lejek-cli binary: every command, its output contract, its
// refusals and exit codes, on SQLite and on a real PostgreSQL server.
#include "CliTestCase.h"
#include "Database.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestLejekCli : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init() { setUpDatabase(); }
    void cleanup() { m_db.reset(); }

    void initIsIdempotentAndTakesTheOtherTemplate()
    {
        Run r = cli({u"init"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"exists already"_s));
        r = cli({u"init"_s, u"--template"_s, u"handoff"_s});
        QCOMPARE(r.code, 0);
        r = cli({u"init"_s, u"--template"_s, u"nope"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"no template"_s));
    }

    void pipelinesJsonIsTheContract()
    {
        const Run r = cli({u"pipelines"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray pipelines = json(r);
        QCOMPARE(pipelines.size(), 1);
        const QJsonObject p = pipelines[0].toObject();
        QCOMPARE(p[u"name"_s].toString(), u"B2B funnel"_s);
        QVERIFY(p[u"id"_s].toInteger() > 0);
        QStringList names;
        QStringList kinds;
        for (const QJsonValue &s : p[u"stages"_s].toArray()) {
            names.append(s[u"name"_s].toString());
            kinds.append(s[u"kind"_s].toString());
            QVERIFY(s[u"probability"_s].isDouble());
            QVERIFY(s[u"required"_s].isArray());
        }
        QCOMPARE(names, (QStringList{u"New leads"_s, u"Qualification"_s, u"MQL"_s, u"SQL"_s, u"Follow-up"_s, u"Opportunity"_s, u"Won"_s, u"Lost"_s}));
        QCOMPARE(kinds, (QStringList{u"open"_s, u"open"_s, u"open"_s, u"open"_s, u"parked"_s, u"open"_s, u"won"_s, u"lost"_s}));
        QCOMPARE(p[u"stages"_s].toArray()[3][u"required"_s].toArray(),
                 QJsonArray::fromStringList({u"industry"_s, u"employees"_s, u"job_title"_s, u"pains"_s}));
        QCOMPARE(cli({u"pipelines"_s}).code, 0);
    }

    void pipelineCreateParsesKindsAndRefusesNonsense()
    {
        Run r = cli({u"pipeline"_s, u"create"_s, u"--name"_s, u"Partners"_s, u"--stages"_s, u"New,Qualified,Proposal,Won:won,Lost:lost"_s,
                     u"--require"_s, u"Qualified=industry,employees"_s, u"--criterion"_s, u"Proposal=budget > 50000"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray pipelines = json(cli({u"pipelines"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(pipelines.size(), 2);
        const QJsonArray stages = pipelines[1][u"stages"_s].toArray();
        QCOMPARE(stages.size(), 5);
        QCOMPARE(stages[3][u"kind"_s].toString(), u"won"_s);
        QCOMPARE(stages[4][u"kind"_s].toString(), u"lost"_s);
        QCOMPARE(stages[0][u"kind"_s].toString(), u"open"_s);
        QCOMPARE(stages[1][u"required"_s].toArray().size(), 2);
        QCOMPARE(stages[2][u"criteria"_s].toArray()[0].toString(), u"budget > 50000"_s);
        r = cli({u"pipeline"_s, u"create"_s, u"--name"_s, u"X"_s, u"--stages"_s, u"A:sideways"_s});
        QCOMPARE(r.code, 2);
        r = cli({u"pipeline"_s, u"create"_s, u"--name"_s, u"Y"_s, u"--stages"_s, u"Won:won,Lost:lost"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"open stage"_s));
        r = cli({u"pipeline"_s, u"create"_s, u"--name"_s, u"Z"_s, u"--stages"_s, u"A,B"_s, u"--require"_s, u"B=shoe_size"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"shoe_size"_s));
    }

    void addPrintsTheIdAndRefusesBadValuesByField()
    {
        const qint64 id = add({u"company=Fabryka Okien"_s, u"email=jan@fo.pl"_s, u"nip=526-000-12-46"_s, u"owner=Anna Nowak"_s});
        QVERIFY(id > 0);
        Run r = cli({u"add"_s, u"--pipeline"_s, u"B2B funnel"_s, u"company=X"_s, u"email=jan@"_s, u"nip=5260001247"_s, u"phone=12ab"_s,
                     u"employees=many"_s, u"decision_date=31.02.2026"_s});
        QCOMPARE(r.code, 1);
        // Each field by its label, and by its key where the two differ.
        for (const QString &field : {u"E-mail (email)"_s, u"NIP is"_s, u"Phone is"_s, u"Company size (employees)"_s,
                                     u"Decision date (decision_date)"_s})
            QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line
        r = cli({u"add"_s, u"--pipeline"_s, u"Nope"_s, u"company=X"_s});
        QCOMPARE(r.code, 2); // a mistake in the command, not a refusal
        QVERIFY(r.err.contains(u"no pipeline named"_s));
        QCOMPARE(cli({u"add"_s, u"company=X"_s}).code, 2);
        QCOMPARE(cli({u"add"_s, u"--pipeline"_s, u"B2B funnel"_s, u"company"_s}).code, 2);
        QCOMPARE(cli({u"add"_s, u"--pipeline"_s, u"B2B funnel"_s, u"company=X"_s}, false).code, 2);
        // Entering a gated stage directly is held to its gate.
        r = cli({u"add"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"SQL"_s, u"company=X"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"Industry"_s));
    }

    void hostileTextIsStoredVerbatim()
    {
        const QString hostile = u"Robert'); DROP TABLE leads;--"_s;
        const qint64 id = add({u"company="_s + hostile, u"notes==HYPERLINK(\"http://x\")"_s});
        QVERIFY(id > 0);
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads[0][u"company"_s].toString(), hostile);
    }

    void leadsJsonIsTheContract()
    {
        const qint64 id = add({u"company=Acme"_s, u"first_name=Jan"_s, u"last_name=Kowalski"_s, u"value=12 345,67"_s, u"budget=50000"_s,
                               u"owner=anna@firma.pl"_s, u"decision_date=2026-12-31"_s, u"employees=120"_s, u"external_id=CRM-1"_s});
        const Run r = cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray leads = json(r);
        QCOMPARE(leads.size(), 1);
        const QJsonObject lead = leads[0].toObject();
        QCOMPARE(lead[u"id"_s].toInteger(), id);
        QCOMPARE(lead[u"version"_s].toInt(), 1);
        QCOMPARE(lead[u"stage"_s].toString(), u"New leads"_s);
        QCOMPARE(lead[u"pipeline"_s].toString(), u"B2B funnel"_s);
        QCOMPARE(lead[u"owner"_s].toString(), u"Anna Nowak"_s);
        QCOMPARE(lead[u"value"_s].toDouble(), 12345.67);
        QCOMPARE(lead[u"budget"_s].toDouble(), 50000.0);
        QCOMPARE(lead[u"currency"_s].toString(), u"PLN"_s);
        QCOMPARE(lead[u"employees"_s].toInteger(), 120);
        QCOMPARE(lead[u"decision_date"_s].toString(), u"2026-12-31"_s);
        QCOMPARE(lead[u"external_id"_s].toString(), u"CRM-1"_s);
        QVERIFY(lead[u"email"_s].isNull());
        QVERIFY(QDateTime::fromString(lead[u"created_at"_s].toString(), Qt::ISODateWithMs).isValid());
        for (const QString &key : {u"first_name"_s, u"job_title"_s, u"phone"_s, u"industry"_s, u"country"_s, u"city"_s, u"website"_s,
                               u"nip"_s, u"source"_s, u"campaign"_s, u"pains"_s, u"goals"_s, u"notes"_s, u"next_step"_s,
                               u"score"_s, u"lost_reason"_s, u"stage_entered_at"_s, u"last_activity_at"_s, u"closed_at"_s})
            QVERIFY2(lead.contains(key), qPrintable(key));
        // --stage filters; the table format prints a header and the row.
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"SQL"_s, u"--format"_s, u"json"_s})).size(), 0);
        const Run table = cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s});
        QVERIFY(table.out.contains(u"Acme"_s));
        QVERIFY(table.out.contains(u"12345.67 PLN"_s));
    }

    void editRefusesAStaleVersionWithExit3()
    {
        const qint64 id = add({u"company=Acme"_s});
        Run r = cli({u"edit"_s, QString::number(id), u"--expect-version"_s, u"1"_s, u"city=Kraków"_s, u"phone=+48 600 100 200"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"edit"_s, QString::number(id), u"--expect-version"_s, u"1"_s, u"notes=late"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"city"_s));
        QVERIFY(r.err.contains(u"phone"_s));
        r = cli({u"edit"_s, QString::number(id), u"email=nope"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"email"_s));
        QCOMPARE(cli({u"edit"_s, u"999999"_s, u"city=X"_s}).code, 1);
        QCOMPARE(cli({u"edit"_s, QString::number(id)}).code, 2);
    }

    void concurrentEditsOfOneVersionLetExactlyOneWin()
    {
        const qint64 id = add({u"company=Acme"_s});
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < 6; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(LEJEK_CLI_PATH), {u"edit"_s, u"--db"_s, m_db->url(), QString::number(id),
                                                            u"--expect-version"_s, u"1"_s, u"notes=writer %1"_s.arg(i)});
            writers.push_back(std::move(process));
        }
        int won = 0;
        int conflicts = 0;
        for (auto &process : writers) {
            QVERIFY(process->waitForFinished(60000));
            won += process->exitCode() == 0 ? 1 : 0;
            conflicts += process->exitCode() == 3 ? 1 : 0;
        }
        QCOMPARE(won, 1);
        QCOMPARE(conflicts, 5);
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads[0][u"version"_s].toInt(), 2);
        QVERIFY(leads[0][u"notes"_s].toString().startsWith(u"writer "_s));
    }

    void moveIsGatedExactlyAsTheBoardWillBe()
    {
        const qint64 a = add({u"company=Acme"_s, u"industry=software"_s});
        const qint64 b = add({u"company=Beta"_s});
        Run r = cli({u"move"_s, QString::number(a), QString::number(b), u"SQL"_s});
        QCOMPARE(r.code, 1);
        for (const QString &field : {u"Company size"_s, u"Role"_s, u"Main pain"_s, u"Industry"_s})
            QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QVERIFY(r.err.contains(u"lead %1"_s.arg(a)) && r.err.contains(u"lead %1"_s.arg(b)));
        // Skipping SQL still meets its gate.
        r = cli({u"move"_s, QString::number(a), u"Opportunity"_s});
        QCOMPARE(r.code, 1);
        r = cli({u"move"_s, QString::number(a), QString::number(b), u"SQL"_s, u"industry=retail"_s, u"employees=40"_s, u"job_title=CFO"_s,
                 u"pains=Leads lost between teams"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"SQL"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads[0][u"industry"_s].toString(), u"retail"_s);
        QCOMPARE(cli({u"move"_s, QString::number(a), u"Nowhere"_s}).code, 1);
        QCOMPARE(cli({u"move"_s, u"SQL"_s}).code, 2);
    }

    void lostNeedsAReasonAndWonMakesACustomer()
    {
        const qint64 a = add({u"company=Acme"_s});
        Run r = cli({u"move"_s, QString::number(a), u"Lost"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"Lost reason"_s));
        r = cli({u"move"_s, QString::number(a), u"Lost"_s, u"--reason"_s, u"astrology"_s});
        QCOMPARE(r.code, 1);
        r = cli({u"move"_s, QString::number(a), u"Lost"_s, u"--reason"_s, u"competition"_s, u"--comment"_s, u"went with a competitor"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 b = add({u"company=Beta"_s, u"industry=retail"_s, u"employees=40"_s, u"job_title=CFO"_s, u"pains=x"_s}, u"Opportunity"_s);
        r = cli({u"move"_s, QString::number(b), u"Won"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray timeline = json(cli({u"timeline"_s, QString::number(a), u"--format"_s, u"json"_s}));
        bool sawLost = false;
        for (const QJsonValue &e : timeline)
            if (e[u"type"_s].toString() == u"stage_change"_s && e[u"to"_s].toString() == u"Lost"_s)
                sawLost = e[u"note"_s].toString() == u"went with a competitor"_s;
        QVERIFY(sawLost);
    }

    // --as on every command; without it the only admin acts, and several admins must be
    // told apart for writes. init() made Anna Nowak, the first user: she is the admin.
    void asSaysWhoActs()
    {
        QVERIFY(cli({u"user"_s, u"list"_s}).out.contains(u"admin"_s));
        const qint64 nobodys = add({u"company=Niczyje"_s});
        QVERIFY(nobodys > 0);
        QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, u"Basia Rep"_s, u"--team"_s, u"North"_s}).code, 0);
        QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, u"Piotr Wiśniewski"_s, u"--team"_s, u"North"_s}).code, 0);
        // A rep may not add users.
        const Run refused = cli({u"user"_s, u"add"_s, u"--as"_s, u"Basia Rep"_s, u"--name"_s, u"Nowy"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"Basia Rep"_s) && refused.err.contains(u"admin"_s), qPrintable(refused.err));
        const qint64 piotrs = add({u"company=Drzwi Piotra"_s, u"owner=Piotr Wiśniewski"_s});
        QVERIFY(piotrs > 0);
        const Run basias = cli({u"add"_s, u"--as"_s, u"Basia Rep"_s, u"--pipeline"_s, u"B2B funnel"_s, u"company=Okna Basi"_s, u"owner=Basia Rep"_s});
        QCOMPARE(basias.code, 0);

        // Basia lists her own and nobody's; Piotr's she may neither read nor move.
        const QJsonArray seen = json(cli({u"leads"_s, u"--as"_s, u"basia rep"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QStringList companies;
        for (const QJsonValue &v : seen)
            companies.append(v[u"company"_s].toString());
        companies.sort();
        QCOMPARE(companies, (QStringList{u"Niczyje"_s, u"Okna Basi"_s}));
        QCOMPARE(cli({u"timeline"_s, u"--as"_s, u"Basia Rep"_s, QString::number(piotrs)}).code, 1);
        const Run move = cli({u"move"_s, u"--as"_s, u"Basia Rep"_s, QString::number(piotrs), u"Qualification"_s});
        QCOMPARE(move.code, 1);
        QVERIFY2(move.err.contains(u"Basia Rep (Rep) may not"_s) && move.err.contains(u"lead %1, which Piotr Wiśniewski owns"_s.arg(piotrs)),
                 qPrintable(move.err));
        // Without --as, the only admin sees all three.
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 3);
        QCOMPARE(cli({u"leads"_s, u"--as"_s, u"Nobody Such"_s, u"--pipeline"_s, u"B2B funnel"_s}).code, 2);

        // A second admin: writes must say who acts; reads need not.
        QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, u"Olek Admin"_s, u"--role"_s, u"admin"_s}).code, 0);
        const Run ambiguous = cli({u"add"_s, u"--pipeline"_s, u"B2B funnel"_s, u"company=Kto"_s});
        QCOMPARE(ambiguous.code, 2);
        QVERIFY2(ambiguous.err.contains(u"--as"_s) && ambiguous.err.contains(u"Olek Admin"_s), qPrintable(ambiguous.err));
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 3);
        QVERIFY(add({u"--as"_s, u"Olek Admin"_s, u"company=Kto"_s}) > 0);
    }

    // A new database is run by its owner: the first user it gets is its admin.
    void theFirstUserIsTheAdmin()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Kind::SQLite);
        QCOMPARE(cli({u"init"_s}).code, 0);
        QVERIFY(add({u"company=Pierwsza"_s}) > 0); // no users: the owner acts
        const Run first = cli({u"user"_s, u"add"_s, u"--name"_s, u"Ewa Admin"_s, u"--role"_s, u"rep"_s});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.err.contains(u"admin"_s), qPrintable(first.err));
        QVERIFY(cli({u"user"_s, u"list"_s}).out.contains(u"admin"_s));
    }

    void timelineShowsTheHistory()
    {
        const qint64 a = add({u"company=Acme"_s});
        QCOMPARE(cli({u"edit"_s, QString::number(a), u"city=Gdańsk"_s}).code, 0);
        QCOMPARE(cli({u"move"_s, QString::number(a), u"Qualification"_s}).code, 0);
        QCOMPARE(cli({u"log"_s, QString::number(a), u"--kind"_s, u"call"_s, u"--subject"_s, u"Discovery"_s}).code, 0);
        QCOMPARE(cli({u"log"_s, QString::number(a), u"--kind"_s, u"seance"_s}).code, 1);
        const Run task = cli({u"task"_s, u"add"_s, QString::number(a), u"--title"_s, u"Send offer"_s, u"--due"_s, u"2030-01-10"_s});
        QCOMPARE(task.code, 0);
        QCOMPARE(cli({u"task"_s, u"done"_s, task.out.trimmed()}).code, 0);
        const QJsonArray timeline = json(cli({u"timeline"_s, QString::number(a), u"--format"_s, u"json"_s}));
        QStringList types;
        for (const QJsonValue &e : timeline)
            types.append(e[u"type"_s].toString());
        // "routed": init's routing table has no row for a lead known only by its company.
        QCOMPARE(types, (QStringList{u"stage_change"_s, u"created"_s, u"routed"_s, u"field_edit"_s, u"stage_change"_s,
                                     u"stage_change"_s, u"call"_s, u"task_created"_s, u"task_done"_s}));
        const Run table = cli({u"timeline"_s, QString::number(a)});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(u"New leads → Qualification"_s));
        QCOMPARE(cli({u"timeline"_s, u"424242"_s}).code, 1);
    }

    // task list --mine: the user's open tasks in every pipeline, grouped as My tasks
    // groups them; cancel closes one and refuses a second time.
    void myTasksAcrossPipelines()
    {
        // The fixture's Anna Nowak (its admin) owns a lead in each of two pipelines.
        const Run created = cli({u"pipeline"_s, u"create"_s, u"--name"_s, u"Lead handoff"_s, u"--stages"_s, u"New,MQL,Won:won,Lost:lost"_s});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const qint64 a = add({u"company=Acme"_s, u"owner=Anna Nowak"_s});
        const Run other = cli({u"add"_s, u"--pipeline"_s, u"Lead handoff"_s, u"company=Huta"_s, u"owner=Anna Nowak"_s});
        QVERIFY2(other.code == 0, qPrintable(other.err));
        const QString b = other.out.trimmed();
        auto addTask = [&](const QString &lead, const QString &title, const QDateTime &due) {
            const Run r = cli({u"task"_s, u"add"_s, lead, u"--title"_s, title, u"--due"_s, due.toString(Qt::ISODate), u"--as"_s, u"Anna Nowak"_s});
            return r.code == 0 ? r.out.trimmed() : QString();
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!addTask(QString::number(a), u"Overdue call"_s, now.addDays(-2)).isEmpty());
        QVERIFY(!addTask(b, u"Next week offer"_s, now.addDays(7)).isEmpty());
        const QString cancelled = addTask(b, u"Not needed"_s, now.addDays(3));
        QCOMPARE(cli({u"task"_s, u"cancel"_s, cancelled, u"--as"_s, u"Anna Nowak"_s}).code, 0);
        const Run again = cli({u"task"_s, u"cancel"_s, cancelled, u"--as"_s, u"Anna Nowak"_s});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already cancelled"_s), qPrintable(again.err));

        const Run mine = cli({u"task"_s, u"list"_s, u"--mine"_s, u"--as"_s, u"Anna Nowak"_s});
        QVERIFY2(mine.code == 0, qPrintable(mine.err));
        const qsizetype overdue = mine.out.indexOf(u"Overdue (1)"_s), today = mine.out.indexOf(u"Today (0)"_s),
                        upcoming = mine.out.indexOf(u"Upcoming (1)"_s);
        QVERIFY2(overdue >= 0 && today > overdue && upcoming > today, qPrintable(mine.out));
        QVERIFY(mine.out.indexOf(u"Overdue call"_s) > overdue && mine.out.indexOf(u"Overdue call"_s) < today);
        QVERIFY(mine.out.indexOf(u"Next week offer"_s) > upcoming);
        QVERIFY(mine.out.contains(u"Lead handoff"_s) && mine.out.contains(u"B2B funnel"_s));
        QVERIFY(!mine.out.contains(u"Not needed"_s));
        QCOMPARE(cli({u"task"_s, u"list"_s, u"--mine"_s, QString::number(a)}).code, 2); // --mine takes no id
    }

    void duplicatesAreListedAndMerged()
    {
        const qint64 keep = add({u"company=Fabryka Okien"_s, u"email=anna@okna.pl"_s});
        const qint64 other = add({u"company=Okna sp. z o.o."_s, u"website=https://www.okna.pl"_s, u"phone=601 234 567"_s});
        add({u"company=Inna firma"_s, u"email=jan@gmail.com"_s});
        QCOMPARE(cli({u"log"_s, QString::number(other), u"--kind"_s, u"call"_s, u"--subject"_s, u"Rozmowa wstępna"_s}).code, 0);

        const Run pairs = cli({u"duplicates"_s, u"--pipeline"_s, u"B2B funnel"_s});
        QVERIFY2(pairs.code == 0, qPrintable(pairs.err));
        QVERIFY2(pairs.out.contains(u"web domain okna.pl"_s), qPrintable(pairs.out));
        QCOMPARE(pairs.out.trimmed().split(u'\n').size(), 2); // the header and one pair

        const Run merged = cli({u"merge"_s, QString::number(keep), QString::number(other), u"company=Okna sp. z o.o."_s});
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QVERIFY(merged.out.contains(u"lead %1 was merged into lead %2"_s.arg(other).arg(keep)));
        // The survivor's timeline holds both histories and says what it took.
        const Run timeline = cli({u"timeline"_s, QString::number(keep)});
        QVERIFY(timeline.out.contains(u"Rozmowa wstępna"_s));
        QVERIFY2(timeline.out.contains(u"of merged lead %1"_s.arg(other)), qPrintable(timeline.out));
        QVERIFY(timeline.out.contains(u"lead %1 (Okna sp. z o.o.)"_s.arg(other)));
        QVERIFY(timeline.out.contains(u"+48601234567"_s));
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 2);
        QVERIFY(cli({u"duplicates"_s, u"--pipeline"_s, u"B2B funnel"_s}).out.contains(u"no leads"_s));
        // A merged lead takes no more changes; the exit code says the input was refused.
        const Run edit = cli({u"edit"_s, QString::number(other), u"city=Poznań"_s});
        QCOMPARE(edit.code, 1);
        QVERIFY2(edit.err.contains(u"was merged into lead %1"_s.arg(keep)), qPrintable(edit.err));
        QCOMPARE(cli({u"merge"_s, QString::number(keep)}).code, 2);
    }

    void customersUpsellsAndReactivation()
    {
        QCOMPARE(cli({u"customers"_s}).out.trimmed(), u"no customers yet: a lead moved to a won stage makes its company one"_s);
        const qint64 won = add({u"company=Huta Łabędy"_s, u"nip=526-000-12-46"_s, u"first_name=Jan"_s, u"email=jan@huta.pl"_s,
                                u"industry=Hutnictwo"_s, u"employees=900"_s, u"job_title=Prezes"_s, u"pains=Przestoje"_s, u"value=12000"_s});
        QCOMPARE(cli({u"move"_s, QString::number(won), u"Won"_s}).code, 0);
        const Run list = cli({u"customers"_s});
        QVERIFY2(list.out.contains(u"Huta Łabędy"_s) && list.out.contains(u"12000.00"_s), qPrintable(list.out));
        const QString customer = list.out.split(u'\n').value(1).section(u' ', 0, 0);
        QCOMPARE(cli({u"pipeline"_s, u"create"_s, u"--name"_s, u"Serwis"_s, u"--stages"_s, u"Nowe,Oferta,Won:won,Lost:lost"_s}).code, 0);
        const Run upsell = cli({u"upsell"_s, customer, u"--pipeline"_s, u"Serwis"_s, u"value=3000"_s});
        QVERIFY2(upsell.code == 0, qPrintable(upsell.err));
        const QJsonArray serwis = json(cli({u"leads"_s, u"--pipeline"_s, u"Serwis"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(serwis.size(), 1);
        QCOMPARE(serwis.first()[u"source"_s].toString(), u"existing_customer"_s);
        QCOMPARE(serwis.first()[u"first_name"_s].toString(), u"Jan"_s);
        const Run detail = cli({u"customers"_s, customer});
        QVERIFY2(detail.out.contains(u"Jan"_s) && detail.out.contains(u"Serwis"_s) && detail.out.contains(u"Nowe"_s), qPrintable(detail.out));
        QCOMPARE(cli({u"upsell"_s, u"999"_s, u"--pipeline"_s, u"Serwis"_s}).code, 1);

        const qint64 lost = add({u"company=Okna"_s});
        QCOMPARE(cli({u"move"_s, QString::number(lost), u"Lost"_s, u"--reason"_s, u"timing"_s}).code, 0);
        const Run refused = cli({u"reactivate"_s, QString::number(lost), u"SQL"_s});
        QVERIFY2(refused.code != 0 && refused.err.contains(u"missing"_s), qPrintable(refused.err));
        const Run back = cli({u"reactivate"_s, QString::number(lost), u"MQL"_s, u"--comment"_s, u"nowy budżet"_s});
        QVERIFY2(back.code == 0 && back.out.contains(u"is back in MQL"_s), qPrintable(back.err));
        QVERIFY(cli({u"timeline"_s, QString::number(lost)}).out.contains(u"Lost → MQL"_s));
        QCOMPARE(cli({u"reactivate"_s, QString::number(lost), u"MQL"_s}).code, 1); // not lost any more
    }

    void demoWritesRealisticLeadsWithHistory()
    {
        const Run r = cli({u"demo"_s, u"--leads"_s, u"400"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"wrote 400 demo leads"_s));
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 400);
        QSet<QString> stages;
        int withOwner = 0;
        for (const QJsonValue &lead : leads) {
            stages.insert(lead[u"stage"_s].toString());
            withOwner += lead[u"owner"_s].isString() ? 1 : 0;
            if (lead[u"stage"_s].toString() == u"Lost"_s)
                QVERIFY(lead[u"lost_reason"_s].isString());
        }
        QVERIFY2(stages.size() >= 6, qPrintable(QStringList(stages.values()).join(u", "_s)));
        QVERIFY(withOwner > 350);
        const QJsonArray timeline = json(cli({u"timeline"_s, QString::number(leads[0][u"id"_s].toInteger()), u"--format"_s, u"json"_s}));
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline[0][u"type"_s].toString(), u"stage_change"_s);
        QCOMPARE(cli({u"demo"_s, u"--leads"_s, u"-5"_s}).code, 2);
    }

    void usageErrorsExitWith2()
    {
        QCOMPARE(cli({u"frobnicate"_s}).code, 2);
        QCOMPARE(cli({}, false).code, 2);
        QCOMPARE(cli({u"--help"_s}, false).code, 0);
        QCOMPARE(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"xml"_s}).code, 2);
        QCOMPARE(cli({u"leads"_s, u"--bogus"_s}).code, 2);
        const Run help = cli({u"move"_s, u"--help"_s}, false);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"--reason"_s));
    }

    void importAndExportRefuseAMistakenCommandWith2()
    {
        // 1 says "some rows were refused"; a command that names what is not there, or
        // gives an option a value it cannot take, is a usage error, and reads no row.
        const QString csv = writeFile(u"one.csv"_s, "company,stage\nAlfa,Lost\n");
        const QStringList import{u"import"_s, u"--pipeline"_s, u"B2B funnel"_s};
        Run r = cli({u"import"_s, u"--pipeline"_s, u"Nope"_s, csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"no pipeline named \"Nope\" (there are: B2B funnel)"_s), qPrintable(r.err));
        r = cli(import + QStringList{u"--currency"_s, u"usdx"_s, csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--currency"_s), qPrintable(r.err));
        r = cli(import + QStringList{u"--lost-reason"_s, u"whatever"_s, csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--lost-reason is one of"_s) && r.err.contains(u"other"_s), qPrintable(r.err));
        QCOMPARE(cli(import + QStringList{u"--lost-reason"_s, u"Other"_s, csv}).code, 0);
        r = cli({u"export"_s, u"--pipeline"_s, u"Nope"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 2);
        r = cli({u"export"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"csv"_s, u"--stage"_s, u"Nope"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"has no stage \"Nope\""_s), qPrintable(r.err));
        // A mistyped SQLite path is not made into a new, empty database.
        const QString typo = m_files.filePath(u"typo.sqlite"_s);
        for (const QString &command : {u"import"_s, u"export"_s}) {
            QStringList args{command, u"--db"_s, typo, u"--pipeline"_s, u"B2B funnel"_s};
            args += command == u"import"_s ? QStringList{csv} : QStringList{u"--format"_s, u"csv"_s};
            r = cli(args, false);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(u"no database at "_s + typo), qPrintable(r.err));
            QVERIFY(!QFile::exists(typo));
        }
    }

    void aDatabaseFromANewerLejekIsRefused()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        if (kind != TestDatabase::Kind::SQLite)
            QSKIP("the refusal itself is covered on both backends by tst_migrator");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(m_db->url());
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
        const Run r = cli({u"pipelines"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"newer Lejek"_s), qPrintable(r.err));
    }

    void aMissingFolderIsAnIoError()
    {
        Run r = cli({u"init"_s, u"--db"_s, u"/nonexistent/dir/x.sqlite"_s}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        // Only init and demo make a database: elsewhere a mistyped path is an error.
        r = cli({u"pipelines"_s, u"--db"_s, u"/nonexistent/dir/x.sqlite"_s}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"no database at /nonexistent/dir/x.sqlite"_s), qPrintable(r.err));
        QCOMPARE(cli({u"pipelines"_s, u"--db"_s, u"postgresql://u:secret@localhost/x"_s}, false).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestLejekCli)
#include "tst_lejekcli.moc"
