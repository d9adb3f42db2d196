// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the lejek-cli binary: every command, its output contract, its
// refusals and exit codes, on SQLite and on a real PostgreSQL server.
#include "CliRun.h"
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

Q_DECLARE_METATYPE(lejek::test::TestDatabase::Kind)

using Run = lejek::test::CliRun;

class TestLejekCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;

    Run cli(const QStringList &arguments, bool withDb = true) { return runCli(arguments, withDb ? m_db->url() : QString()); }

    QJsonArray json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << error.errorString() << run.out.left(300);
        return doc.array();
    }

    // The lead with this e-mail in the B2B funnel, as `leads --format json` prints it.
    QJsonObject leadByEmail(const QString &email)
    {
        for (const QJsonValue &v : json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})))
            if (v.toObject().value(u"email"_s).toString() == email)
                return v.toObject();
        return {};
    }

    qint64 add(const QStringList &fields, const QString &stage = {})
    {
        QStringList args{u"add"_s, u"--pipeline"_s, u"B2B funnel"_s};
        if (!stage.isEmpty())
            args << u"--stage"_s << stage;
        const Run r = cli(args + fields);
        if (r.code != 0)
            qWarning() << r.err;
        return r.out.trimmed().toLongLong();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<TestDatabase::Kind>("kind");
        QTest::newRow("sqlite") << TestDatabase::Kind::SQLite;
        QTest::newRow("postgresql") << TestDatabase::Kind::PostgreSQL;
    }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        const Run r = cli({u"init"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"B2B funnel"_s));
        QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, u"Anna Nowak"_s, u"--email"_s, u"anna@firma.pl"_s, u"--team"_s, u"AE Mid-Market PL"_s}).code, 0);
    }

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
        QCOMPARE(types, (QStringList{u"stage_change"_s, u"created"_s, u"field_edit"_s, u"stage_change"_s, u"stage_change"_s,
                                     u"call"_s, u"task_created"_s, u"task_done"_s}));
        const Run table = cli({u"timeline"_s, QString::number(a)});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(u"New leads → Qualification"_s));
        QCOMPARE(cli({u"timeline"_s, u"424242"_s}).code, 1);
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

    void aKilledWriteLeavesNoHalfWrittenBatch()
    {
        QProcess demo;
        demo.start(QStringLiteral(LEJEK_CLI_PATH), {u"demo"_s, u"--db"_s, m_db->url(), u"--leads"_s, u"300000"_s});
        QVERIFY(demo.waitForStarted());
        QTest::qWait(2500); // several 5,000-lead transactions in
        demo.kill();         // SIGKILL: no chance to clean up
        QVERIFY(demo.waitForFinished(10000));
        QCOMPARE(demo.exitStatus(), QProcess::CrashExit);
        // The database opens, and holds whole batches only: every lead with its history.
        const Run r = cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray leads = json(r);
        QCOMPARE(leads.size() % 5000, 0);
        QVERIFY2(leads.size() < 300000, "the kill came too late to test anything");
        if (!leads.isEmpty()) {
            const QJsonArray timeline = json(cli({u"timeline"_s, QString::number(leads.last()[u"id"_s].toInteger()), u"--format"_s, u"json"_s}));
            QVERIFY(!timeline.isEmpty());
        }
        // ...and takes new writes.
        QVERIFY(add({u"company=After the crash"_s}) > 0);
    }

    // What a query for one number gives on the test's own connection; -1 on an error.
    static qint64 countOf(lejek::Database &db, const QString &sql)
    {
        auto n = db.scalar(sql);
        return n ? n->toLongLong() : -1;
    }

    // `rows` valid rows "company,email", one e-mail each.
    QString writeNumberedCsv(const QString &name, int rows)
    {
        QByteArray csv = "company,email\n";
        for (int i = 0; i < rows; ++i)
            csv += "Firma " + QByteArray::number(i) + ",kontakt" + QByteArray::number(i) + "@firma.pl\n";
        return writeFile(name, csv);
    }

    void aKilledImportLeavesWholeBatchesAndARerunFinishesIt()
    {
        // Twelve batches of 5,000 rows; the kill comes as soon as the first is in.
        constexpr int rows = 60000;
        constexpr int batchRows = 5000;
        const QString path = writeNumberedCsv(u"killed.csv"_s, rows);
        auto db = lejek::Database::open(m_db->settings(), u"watches-the-import"_s);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        const auto count = [&](const QString &sql) { return countOf(**db, sql); };
        const QString leadsSql = u"SELECT COUNT(*) FROM leads"_s;

        QProcess import;
        import.start(QStringLiteral(LEJEK_CLI_PATH),
                     {u"import"_s, u"--db"_s, m_db->url(), u"--pipeline"_s, u"B2B funnel"_s, path});
        QVERIFY(import.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(count(leadsSql) > 0, 60000);
        import.kill(); // SIGKILL: no chance to clean up
        QVERIFY(import.waitForFinished(10000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        // Whole batches only, each lead with its stage change and "created" entry.
        const qint64 written = count(leadsSql);
        QVERIFY2(written < rows, "the kill came too late to test anything");
        QCOMPARE(written % batchRows, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stage_changes"_s), written);
        QCOMPARE(count(u"SELECT COUNT(*) FROM activities WHERE kind = 'created'"_s), written);

        // The same command again (--dedupe skip is the default) writes the rest, once.
        const Run again = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--dedupe"_s, u"skip"_s, path});
        QCOMPARE(again.code, 1); // rows were skipped
        QVERIFY2(again.out.contains(u"read %1, imported %2, updated 0, skipped %3, rejected 0"_s.arg(rows).arg(rows - written).arg(written)),
                 qPrintable(again.out + again.err));
        QCOMPARE(count(leadsSql), rows);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT email) FROM leads"_s), rows);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stage_changes"_s), rows);
    }

    void aKilledAllOrNothingImportWritesNothing()
    {
        constexpr int rows = 60000;
        const QString path = writeNumberedCsv(u"killed.csv"_s, rows);
        auto db = lejek::Database::open(m_db->settings(), u"watches-the-import"_s);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        const auto count = [&](const QString &sql) { return countOf(**db, sql); };
        const bool postgres = m_db->settings().isPostgres();
        if (!postgres)
            QVERIFY((*db)->exec(u"PRAGMA busy_timeout = 0"_s).has_value());
        // Its rows are not to be seen before the commit; what shows that the import is
        // writing is its open transaction: on PostgreSQL a session with a transaction id,
        // on SQLite the write lock, which a probe that does not wait cannot take.
        const auto importIsWriting = [&] {
            if (postgres)
                return count(u"SELECT COUNT(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL "
                             "AND pid <> pg_backend_pid() AND datname = current_database()"_s) > 0;
            auto began = (*db)->exec(u"BEGIN IMMEDIATE"_s);
            if (began)
                (void)(*db)->exec(u"ROLLBACK"_s);
            return !began && began.error().message.contains(u"locked"_s);
        };

        QProcess import;
        import.start(QStringLiteral(LEJEK_CLI_PATH),
                     {u"import"_s, u"--db"_s, m_db->url(), u"--pipeline"_s, u"B2B funnel"_s, u"--all-or-nothing"_s, path});
        QVERIFY(import.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(importIsWriting(), 60000);
        QTest::qWait(300); // a batch of 5,000 takes about this long
        QVERIFY2(import.state() == QProcess::Running, "the kill came too late to test anything");
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads"_s), 0);
        import.kill(); // SIGKILL: no chance to clean up
        QVERIFY(import.waitForFinished(10000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        // Nothing of it is left, and the same command again writes the whole file.
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stage_changes"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM activities"_s), 0);
        const Run again = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--all-or-nothing"_s, path});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"read %1, imported %1, updated 0, skipped 0, rejected 0"_s.arg(rows)), qPrintable(again.out + again.err));
        QCOMPARE(count(u"SELECT COUNT(DISTINCT email) FROM leads"_s), rows);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stage_changes"_s), rows);
    }

    void importReportsEveryRejectedRowByLine()
    {
        // A Polish spreadsheet export: BOM, ';', CRLF, decimal commas, a quoted newline,
        // Polish headers, a bad e-mail, a duplicate inside the file and an unknown column.
        const QString csv = writeFile(u"leads.csv"_s,
            "\xEF\xBB\xBF" "Firma;E-mail;NIP;Wartość transakcji;Etap;Branża;Notatki;Kolor\r\n"
            "Fabryka Okien;jan@fo.pl;526-000-12-46;\"1 234,56\";Nowe leady;;\"dwie\r\nlinie\";x\r\n"
            "Zła Firma;zly-email;;;;;;x\r\n"
            "Duplikat;JAN@fo.pl;;;;;;x\r\n"
            "Za Wcześnie;b@beta.pl;;5000;SQL;software;;x\r\n"
            "Gamma;g@g.pl;;-12,50;;;\"'=HYPERLINK(\"\"x\"\")\";x\r\n");
        const Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"read 5, imported 2, updated 0, skipped 1, rejected 2"_s), qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(u"ignored columns: Kolor"_s));
        QVERIFY2(r.err.contains(u"line 4: E-mail (email) is not"_s), qPrintable(r.err)); // the quoted newline counts
        QVERIFY(r.err.contains(u"line 5: skipped"_s));
        QVERIFY(r.err.contains(u"line 6:"_s) && r.err.contains(u"Industry"_s) == false && r.err.contains(u"Role"_s));
        QFile rejects(m_files.filePath(u"leads.rejects.csv"_s));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QString rejected = QString::fromUtf8(rejects.readAll());
        QVERIFY(rejected.contains(u"Zła Firma;zly-email"_s));
        QVERIFY(rejected.contains(u"4;E-mail (email) is not a valid e-mail address: zly-email;Zła Firma;zly-email"_s));
        QVERIFY(rejected.contains(u"Za Wcześnie"_s));
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads[0][u"value"_s].toDouble(), 1234.56);
        QCOMPARE(leads[0][u"notes"_s].toString(), u"dwie\nlinie"_s);
        QCOMPARE(leads[0][u"nip"_s].toString(), u"5260001246"_s);
        QCOMPARE(leads[1][u"value"_s].toDouble(), -12.5);
        QCOMPARE(leads[1][u"notes"_s].toString(), u"=HYPERLINK(\"x\")"_s);
    }

    void importRejectsABadPhoneOrNipByLine()
    {
        const QString csv = writeFile(u"phones.csv"_s,
                                      "company,phone,nip\n"
                                      "Telefon,12ab,\n"
                                      "Suma kontrolna,,526-000-12-47\n"
                                      "Dobra,+48 600 100 200,526-000-12-46\n");
        const Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"read 3, imported 1, updated 0, skipped 0, rejected 2"_s), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line 2: Phone is not a phone number"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"line 3: NIP is not a valid NIP"_s), qPrintable(r.err));
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads[0][u"phone"_s].toString(), u"+48600100200"_s);
        QCOMPARE(leads[0][u"nip"_s].toString(), u"5260001246"_s);
    }

    void aDryRunFindsDuplicatesBatchesApart()
    {
        // Three batches; the last row repeats the first one's e-mail, two batches later.
        // Each dry-run batch is rolled back, yet the dry run must report what the import
        // then does.
        constexpr int rows = 12000;
        QByteArray csv = "company,email\n";
        for (int i = 0; i < rows; ++i)
            csv += "Firma " + QByteArray::number(i) + ",kontakt" + QByteArray::number(i) + "@firma.pl\n";
        csv += "Firma 0 again,KONTAKT0@firma.pl\n";
        const QString path = writeFile(u"far-apart.csv"_s, csv);
        const QString lastLine = QString::number(rows + 2);

        Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--dry-run"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"read %1, would import %2, update 0, skip 1, reject 0"_s.arg(rows + 1).arg(rows)), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line %1"_s.arg(lastLine)) && r.err.contains(u"line 2 "_s), qPrintable(r.err));
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 0);

        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"read %1, imported %2, updated 0, skipped 1, rejected 0"_s.arg(rows + 1).arg(rows)), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"line %1"_s.arg(lastLine)), qPrintable(r.err));
    }

    void importAllOrNothingAndDryRunWriteNothing()
    {
        const QString csv = writeFile(u"mixed.csv"_s, "company,email\nGood,good@x.pl\nBad,bad\n");
        Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--all-or-nothing"_s, csv});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"nothing written"_s));
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 0);
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--dry-run"_s, csv});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"would import 1"_s));
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 0);
        const QString good = writeFile(u"good.csv"_s, "company,email\nGood,good@x.pl\nBetter,better@x.pl\n");
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--all-or-nothing"_s, good});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 2);
        // Again: every row is a duplicate now; skipped, not imported twice.
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, good});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"imported 0, updated 0, skipped 2"_s));
        // --dedupe update fills the existing lead.
        const QString more = writeFile(u"more.csv"_s, "email,city\ngood@x.pl,Poznań\n");
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--dedupe"_s, u"update"_s, more});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"updated 1"_s));
        // A stage column moves the updated lead, through the gate: SQL without its fields
        // is refused and the row's other changes are not kept either; with them it moves.
        const QString toSql = writeFile(u"sql.csv"_s, "email,city,stage\ngood@x.pl,Gdańsk,SQL\n");
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--dedupe"_s, u"update"_s, toSql});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"line 2"_s) && r.err.contains(u"Industry"_s), qPrintable(r.err));
        QJsonObject lead = leadByEmail(u"good@x.pl"_s);
        QCOMPARE(lead.value(u"city"_s).toString(), u"Poznań"_s);
        QCOMPARE(lead.value(u"stage"_s).toString(), u"New leads"_s);
        const QString complete = writeFile(u"sql2.csv"_s,
            "email,city,stage,industry,employees,job_title,pains\ngood@x.pl,Gdańsk,SQL,Retail,40,CFO,No CRM\n");
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--dedupe"_s, u"update"_s, complete});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        lead = leadByEmail(u"good@x.pl"_s);
        QCOMPARE(lead.value(u"city"_s).toString(), u"Gdańsk"_s);
        QCOMPARE(lead.value(u"stage"_s).toString(), u"SQL"_s);
    }

    void importRefusesABrokenFileBeforeWritingAnything()
    {
        Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, writeFile(u"latin2.csv"_s, "company\nOK\nZa\xB3\xF3\xBF\n")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"line 3"_s), qPrintable(r.err));
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, writeFile(u"quote.csv"_s, "company,notes\nA,\"open\nB,x\n")});
        QCOMPARE(r.code, 2);
        QCOMPARE(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).size(), 0);
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, writeFile(u"empty.csv"_s, "")});
        QCOMPARE(r.code, 2);
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, writeFile(u"header.csv"_s, "company,email\n")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"read 0"_s));
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, writeFile(u"count.csv"_s, "company,email\nA\n")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"line 2"_s));
        QCOMPARE(cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, m_files.filePath(u"missing.csv"_s)}).code, 2);
        QCOMPARE(cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--map"_s, u"Nope=company"_s, writeFile(u"m.csv"_s, "a\n1\n")}).code, 2);
    }

    void exportIsFormulaSafeAndImportsBackAsTheSameLeads()
    {
        add({u"company=Acme"_s, u"email=jan@acme.pl"_s, u"notes=@SUM(A1)"_s, u"value=-12.50"_s, u"phone=+48 600 100 200"_s});
        add({u"company=Beta; \"quoted\""_s, u"notes=two\nlines"_s, u"industry=retail"_s, u"employees=40"_s, u"job_title=CFO"_s,
             u"pains=x"_s}, u"SQL"_s);
        const QString path = m_files.filePath(u"export.csv"_s);
        Run r = cli({u"export"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"csv"_s, u"--delimiter"_s, u";"_s, u"-o"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(";'@SUM(A1);"));  // neutralised
        QVERIFY(bytes.contains(";-12,50;"));      // a negative number stays a number, with a decimal comma after ';'
        QVERIFY(bytes.contains("'+48600100200")); // a phone is text
        const QJsonArray before = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        // Into an empty database: the same leads.
        TestDatabase other(TestDatabase::Kind::SQLite);
        QCOMPARE(cli({u"init"_s, u"--db"_s, other.url()}, false).code, 0);
        r = cli({u"import"_s, u"--db"_s, other.url(), u"--pipeline"_s, u"B2B funnel"_s, path}, false);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonArray after = json(cli({u"leads"_s, u"--db"_s, other.url(), u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}, false));
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            for (const QString &key : {u"company"_s, u"email"_s, u"notes"_s, u"value"_s, u"phone"_s, u"stage"_s, u"industry"_s, u"employees"_s})
                QCOMPARE(after[i][key], before[i][key]);
        // JSON export is the leads array.
        r = cli({u"export"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json(r), before);
        QCOMPARE(cli({u"export"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"xls"_s}).code, 2);
    }

    void aWholeDemoPipelineExportsAndImportsBackAsTheSameLeads()
    {
        // The demo, out and back in again: owners, every stage, won and lost history,
        // last activities, several contacts per company (one NIP, several e-mails).
        QCOMPARE(cli({u"demo"_s, u"--leads"_s, u"300"_s, u"--seed"_s, u"7"_s}).code, 0);
        const QString path = m_files.filePath(u"demo.csv"_s);
        Run r = cli({u"export"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"csv"_s, u"-o"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        TestDatabase other(TestDatabase::Kind::SQLite);
        QCOMPARE(cli({u"init"_s, u"--db"_s, other.url()}, false).code, 0);
        r = cli({u"import"_s, u"--db"_s, other.url(), u"--pipeline"_s, u"B2B funnel"_s, u"--create-owners"_s, u"Sales"_s, path}, false);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"read 300, imported 300, updated 0, skipped 0, rejected 0"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"ignored columns: id, version, pipeline, updated_at"_s), qPrintable(r.err));

        const auto byKey = [](const QJsonArray &leads) {
            QHash<QString, QJsonObject> map;
            for (const QJsonValue &l : leads)
                map.insert(l[u"email"_s].toString() + u'|' + l[u"company"_s].toString() + u'|' + l[u"created_at"_s].toString(), l.toObject());
            return map;
        };
        const auto before = byKey(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})));
        const auto after = byKey(json(cli({u"leads"_s, u"--db"_s, other.url(), u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}, false)));
        QCOMPARE(before.size(), 300); // the key names one lead
        QCOMPARE(after.size(), 300);
        int sharedNip = 0;
        QHash<QString, int> nips;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const QJsonObject &was = it.value();
            const QJsonObject now = after.value(it.key());
            // Its id, version and the time it was written are the new database's own.
            for (const QString &key : was.keys())
                if (key != u"id"_s && key != u"version"_s && key != u"updated_at"_s)
                    QVERIFY2(now.value(key) == was.value(key),
                             qPrintable(u"%1 %2: %3 / %4"_s.arg(it.key(), key, was.value(key).toVariant().toString(),
                                                                now.value(key).toVariant().toString())));
            if (!was.value(u"nip"_s).toString().isEmpty() && ++nips[was.value(u"nip"_s).toString()] == 2)
                ++sharedNip;
        }
        QVERIFY(sharedNip > 0); // the case a NIP-only dedupe got wrong
    }

    void importKeepsAnotherCrmsHistory()
    {
        const QString csv = writeFile(u"crm.csv"_s,
            "id,agent,account,stage,engaged,closed,amount\n"
            "OPP-1,Ewa Nowak,Acme,Won,2025-03-01,2025-06-30,1054\n"
            "OPP-2,Ewa Nowak,Beta,Lost,2025-04-01,2025-05-15,\n"
            "OPP-3,Piotr Zieliński,Gamma,Engaging,2025-09-01,,\n"
            "OPP-4,Piotr Zieliński,Delta,Won,2025-09-01,2025-08-01,10\n");
        const QStringList args{u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--map"_s, u"id=external_id"_s, u"--map"_s, u"agent=owner"_s,
                               u"--map"_s, u"account=company"_s, u"--map"_s, u"engaged=created_at"_s, u"--map"_s, u"closed=closed_at"_s,
                               u"--map"_s, u"amount=value"_s, u"--stage-map"_s, u"Engaging=Qualification"_s, u"--currency"_s, u"USD"_s, csv};
        Run r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Ewa Nowak"_s), qPrintable(r.err)); // no such user yet
        r = cli(args + QStringList{u"--create-owners"_s, u"Imported"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"imported 2"_s), qPrintable(r.out)); // OPP-2 has no lost reason, OPP-4 closes before it began
        QVERIFY(r.err.contains(u"line 3"_s) && r.err.contains(u"lost reason"_s));
        QVERIFY(r.err.contains(u"line 5"_s) && r.err.contains(u"out of order"_s));
        r = cli(args + QStringList{u"--create-owners"_s, u"Imported"_s, u"--lost-reason"_s, u"other"_s});
        QVERIFY(r.out.contains(u"imported 1"_s) && r.out.contains(u"skipped 2"_s));
        QVERIFY(r.out.contains(u"reason \"other\": 1"_s));
        const QJsonArray leads = json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(leads.size(), 3);
        QJsonObject won;
        for (const QJsonValue &l : leads)
            if (l[u"external_id"_s].toString() == u"OPP-1"_s)
                won = l.toObject();
        QCOMPARE(won[u"stage"_s].toString(), u"Won"_s);
        QCOMPARE(won[u"owner"_s].toString(), u"Ewa Nowak"_s);
        QCOMPARE(won[u"currency"_s].toString(), u"USD"_s);
        QCOMPARE(won[u"value"_s].toDouble(), 1054.0);
        QCOMPARE(won[u"created_at"_s].toString(), u"2025-03-01T00:00:00.000Z"_s);
        QCOMPARE(won[u"closed_at"_s].toString(), u"2025-06-30T00:00:00.000Z"_s);
        const QJsonArray timeline = json(cli({u"timeline"_s, QString::number(won[u"id"_s].toInteger()), u"--format"_s, u"json"_s}));
        QCOMPARE(timeline.last()[u"to"_s].toString(), u"Won"_s);
        QCOMPARE(timeline.last()[u"at"_s].toString(), u"2025-06-30T00:00:00.000Z"_s);
        QVERIFY(timeline.last()[u"imported"_s].toBool());
    }

    void theMavenCrmExportImportsCompletely()
    {
        const QString file = qEnvironmentVariable("LEJEK_SOURCE_DIR") + u"/../shared/datasets/maven-crm/sales_pipeline.csv"_s;
        if (!QFile::exists(file))
            QSKIP("../shared/datasets is not here");
        const QStringList args{u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--map"_s, u"opportunity_id=external_id"_s,
                               u"--map"_s, u"sales_agent=owner"_s, u"--map"_s, u"account=company"_s, u"--map"_s, u"deal_stage=stage"_s,
                               u"--map"_s, u"engage_date=created_at"_s, u"--map"_s, u"close_date=closed_at"_s, u"--map"_s, u"close_value=value"_s,
                               u"--stage-map"_s, u"Prospecting=New leads,Engaging=Qualification,Won=Won,Lost=Lost"_s,
                               u"--create-owners"_s, u"Maven sales"_s, u"--currency"_s, u"USD"_s, u"--lost-reason"_s, u"other"_s,
                               u"--rejects"_s, m_files.filePath(u"maven.rejects.csv"_s), file};
        Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err.left(2000)));
        QVERIFY(r.out.contains(u"read 8800, imported 8800"_s));
        QVERIFY(r.out.contains(u"reason \"other\": 2473"_s));
        // Totals per stage as the file has them (SOURCE.txt): Won 4238 worth 10,005,534.
        QMap<QString, int> counts;
        double wonValue = 0;
        for (const QJsonValue &l : json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s}))) {
            counts[l[u"stage"_s].toString()] += 1;
            if (l[u"stage"_s].toString() == u"Won"_s)
                wonValue += l[u"value"_s].toDouble();
        }
        QCOMPARE(counts, (QMap<QString, int>{{u"New leads"_s, 500}, {u"Qualification"_s, 1589}, {u"Won"_s, 4238}, {u"Lost"_s, 2473}}));
        QCOMPARE(wonValue, 10005534.0);
        // A second import of the same file changes nothing.
        r = cli(args);
        QVERIFY(r.out.contains(u"imported 0, updated 0, skipped 8800"_s));
    }

    void theXEducationLeadsImportWithTheDocumentedMapping()
    {
        const QString file = qEnvironmentVariable("LEJEK_SOURCE_DIR") + u"/../shared/datasets/x-education-leads/Leads.csv"_s;
        if (!QFile::exists(file))
            QSKIP("../shared/datasets is not here");
        const Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--map"_s, u"Prospect ID=external_id"_s,
                           u"--map"_s, u"Lead Source=campaign"_s, u"--map"_s, u"Converted=stage"_s, u"--stage-map"_s, u"1=Won,0=New leads"_s,
                           u"--map"_s, u"What is your current occupation=job_title"_s, u"--map"_s, u"Specialization=industry"_s,
                           u"--map"_s, u"Tags=notes"_s, u"--rejects"_s, m_files.filePath(u"edu.rejects.csv"_s), file});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err.left(2000)));
        QVERIFY(r.out.contains(u"read 9240, imported 9240"_s));
        int won = 0;
        for (const QJsonValue &l : json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--stage"_s, u"Won"_s, u"--format"_s, u"json"_s})))
            won += l[u"external_id"_s].isString() ? 1 : 0;
        QCOMPARE(won, 3561); // SOURCE.txt: Converted 1 = 3561
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
