// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine I through lejek-cli on both backends: init ships DOMAIN.md's configuration,
// behaviour events find their lead (e-mail, NIP, web domain) or make one, score it and
// hand it off; a file loaded twice changes nothing; the lead JSON says it all.
#include "CliTestCase.h"

using namespace lejek::test;

class TestEngineEvents : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init() { setUpDatabase(); }
    void cleanup() { m_db.reset(); }

    void eventsScoreAndHandOff()
    {
        // Fit 50: software 20, 120 employees 15, a CEO 15. Poland, 120 people: row 2,
        // AE Mid-Market PL, whose only member is Anna.
        const qint64 id = add({u"company=Soft sp. z o.o."_s, u"email=jan@soft.pl"_s, u"industry=software"_s, u"employees=120"_s,
                               u"job_title=CEO"_s, u"country=PL"_s, u"website=https://soft.pl"_s});
        QJsonObject lead = leadByEmail(u"jan@soft.pl"_s);
        QCOMPARE(lead.value(u"score"_s).toInt(), 50);
        QCOMPARE(lead.value(u"owner"_s).toString(), u"Anna Nowak"_s);
        QVERIFY2(lead.value(u"routing_reason"_s).toString().startsWith(u"routed by row 2: employees between 20 and 199"_s),
                 qPrintable(lead.value(u"routing_reason"_s).toString()));
        QCOMPARE(lead.value(u"score_reasons"_s).toArray().size(), 3);
        QCOMPARE(lead.value(u"sla_breached"_s).toString(), u"none"_s);
        QVERIFY(lead.value(u"sla_first_contact_due"_s).isNull());

        // A pricing visit by e-mail: 65, short of 70.
        Run r = cli({u"event"_s, u"--email"_s, u"jan@soft.pl"_s, u"--type"_s, u"pricing_visit"_s, u"--detail"_s, u"/cennik"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"recorded for lead %1: score 65, stage New leads, owner Anna Nowak"_s.arg(id));
        // A webinar found by the company's web domain (another person there): 75 with
        // high intent: handed off to MQL, with its SLA due times.
        r = cli({u"event"_s, u"--email"_s, u"ewa@soft.pl"_s, u"--type"_s, u"webinar"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"recorded for lead %1: score 75, stage MQL, owner Anna Nowak"_s.arg(id));
        lead = leadByEmail(u"jan@soft.pl"_s);
        QCOMPARE(lead.value(u"stage"_s).toString(), u"MQL"_s);
        QVERIFY(!lead.value(u"sla_first_contact_due"_s).isNull());
        QVERIFY(!lead.value(u"sla_decision_due"_s).isNull());
        const Run timeline = cli({u"timeline"_s, QString::number(id)});
        QVERIFY2(timeline.out.contains(u"handoff"_s), qPrintable(timeline.out));

        // An unknown person at an unknown company: a new lead in the first stage, in the
        // manager's queue (no row matches what little is known).
        r = cli({u"event"_s, u"--email"_s, u"kto@nowa-firma.pl"_s, u"--type"_s, u"form"_s, u"--id"_s, u"ev-1"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"created for it: score 0, stage New leads, owner none (the manager's queue)"_s), qPrintable(r.out));
        // The same event id again: nothing changes.
        r = cli({u"event"_s, u"--email"_s, u"kto@nowa-firma.pl"_s, u"--type"_s, u"form"_s, u"--id"_s, u"ev-1"_s});
        QVERIFY2(r.out.contains(u"already recorded"_s), qPrintable(r.out));
    }

    void aFileLoadedTwiceChangesNothing()
    {
        add({u"company=Okna"_s, u"email=anna@okna.pl"_s, u"nip=5260250274"_s});
        const QString csv = writeFile(u"events.csv"_s, "email,nip,type,detail,at\n"
                                                       "anna@okna.pl,,download,Case study,2026-03-01T09:00:00Z\n"
                                                       ",5260250274,email_click,Newsletter 3,2026-03-01T10:00:00Z\n"
                                                       "nowy@firma.pl,,demo_request,,2026-03-01T11:00:00Z\n");
        Run r = cli({u"events"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"3 events recorded (1 new leads), 0 already recorded before"_s);
        r = cli({u"events"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"0 events recorded (0 new leads), 3 already recorded before"_s);
        // JSON Lines too, keyed by id.
        const QString jsonl = writeFile(u"events.jsonl"_s, "{\"email\": \"anna@okna.pl\", \"type\": \"webinar\", \"id\": \"w-7\"}\n"
                                                           "{\"email\": \"anna@okna.pl\", \"type\": \"webinar\", \"id\": \"w-7\"}\n");
        r = cli({u"events"_s, jsonl});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"1 events recorded (0 new leads), 1 already recorded before"_s);
    }

    void importedLeadsAreScoredRoutedAndTimed()
    {
        // A second member of AE Mid-Market PL: the batch's Polish mid-sized rows go round
        // robin, Anna (the lower id) first, the cursor kept from row to row.
        QCOMPARE(cli({u"user"_s, u"add"_s, u"--name"_s, u"Piotr Zieliński"_s, u"--email"_s, u"piotr@firma.pl"_s, u"--team"_s,
                      u"AE Mid-Market PL"_s})
                     .code,
                 0);
        // Row 4 is an open lead imported with its history: it entered MQL (SLA 1 of 15
        // working minutes, SLA 2 of 2 working days) on Monday 2 March 2026 at 11:00 in
        // Warsaw, so its first contact was due at 11:15 and its decision on Wednesday at
        // 11:00 (16 working hours, 9:00-17:00), i.e. 10:15 and 10:00 UTC.
        const QString csv = writeFile(u"leads.csv"_s,
                                      "company,email,industry,employees,country,job_title,stage,created_at,stage_entered_at\n"
                                      "Alfa sp. z o.o.,a@alfa.pl,software,120,PL,CEO,New leads,,\n"
                                      "Beta sp. z o.o.,b@beta.pl,retail,50,PL,,New leads,,\n"
                                      "Gamma GmbH,c@gamma.de,retail,5,DE,,New leads,,\n"
                                      "Delta S.A.,d@delta.pl,software,80,PL,,MQL,2026-03-01T09:00:00Z,2026-03-02T10:00:00Z\n");
        const Run r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject alfa = leadByEmail(u"a@alfa.pl"_s), beta = leadByEmail(u"b@beta.pl"_s), gamma = leadByEmail(u"c@gamma.de"_s),
                          delta = leadByEmail(u"d@delta.pl"_s);
        // Scores: software 20 + 50-500 people 15 + a CEO 15 = 50; 50 people 15; none; 35.
        QCOMPARE(alfa.value(u"score"_s).toInt(), 50);
        QCOMPARE(beta.value(u"score"_s).toInt(), 15);
        QCOMPARE(gamma.value(u"score"_s).toInt(), 0);
        QCOMPARE(delta.value(u"score"_s).toInt(), 35);
        QCOMPARE(alfa.value(u"owner"_s).toString(), u"Anna Nowak"_s);
        QCOMPARE(beta.value(u"owner"_s).toString(), u"Piotr Zieliński"_s);
        QVERIFY(gamma.value(u"owner"_s).isNull()); // no row: the manager's queue
        QCOMPARE(delta.value(u"owner"_s).toString(), u"Anna Nowak"_s);
        QVERIFY2(gamma.value(u"routing_reason"_s).toString().startsWith(u"no routing row matched"_s),
                 qPrintable(gamma.value(u"routing_reason"_s).toString()));
        QCOMPARE(delta.value(u"sla_first_contact_due"_s).toString(), u"2026-03-02T10:15:00.000Z"_s);
        QCOMPARE(delta.value(u"sla_decision_due"_s).toString(), u"2026-03-04T10:00:00.000Z"_s);
        QVERIFY(alfa.value(u"sla_first_contact_due"_s).isNull()); // New leads has no SLA
    }

    void configCarriesCalendarsMembersAndSlas()
    {
        const QString path = m_files.filePath(u"config.json"_s);
        QVERIFY(cli({u"config"_s, u"export"_s, path}).code == 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        // init's MQL: SLA 1 of 15 minutes, SLA 2 of 2 days (960 working minutes).
        QCOMPARE(exported.value(u"sla"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"stage"_s, u"MQL"_s}, {u"first_contact_minutes"_s, 15}, {u"decision_minutes"_s, 960}}}));
        const auto teamNamed = [](const QJsonObject &config, const QString &name) {
            for (const QJsonValue &t : config.value(u"teams"_s).toArray())
                if (t.toObject().value(u"name"_s).toString() == name)
                    return t.toObject();
            return QJsonObject();
        };
        QJsonObject team = teamNamed(exported, u"AE Mid-Market PL"_s);
        QCOMPARE(team.value(u"members"_s).toArray(), (QJsonArray{QJsonObject{{u"user"_s, u"anna@firma.pl"_s}, {u"capacity"_s, 0}}}));
        QCOMPARE(team.value(u"calendar"_s).toObject().value(u"hours"_s).toString(), u"09:00-17:00"_s);

        // AE Mid-Market PL works 8:00-16:00 and takes Tuesday 3 March off; Anna holds 30
        // leads at most and is away in July; MQL's first contact is due in 30 minutes.
        const auto withChanges = [&](const QString &zone, const QString &member, const QString &stage) {
            QJsonObject config = exported;
            QJsonArray teams;
            for (const QJsonValue &t : exported.value(u"teams"_s).toArray()) {
                QJsonObject object = t.toObject();
                if (object.value(u"name"_s).toString() == u"AE Mid-Market PL"_s) {
                    object.insert(u"calendar"_s, QJsonObject{{u"time_zone"_s, zone}, {u"hours"_s, u"08:00-16:00"_s},
                                                             {u"days_off"_s, QJsonArray{u"2026-03-03"_s}}});
                    object.insert(u"members"_s, QJsonArray{QJsonObject{{u"user"_s, member}, {u"capacity"_s, 30},
                                                                       {u"specialisations"_s, QJsonArray{u"software"_s}},
                                                                       {u"away"_s, QJsonObject{{u"from"_s, u"2026-07-01"_s},
                                                                                               {u"until"_s, u"2026-07-14"_s}}}}});
                }
                teams.append(object);
            }
            config.insert(u"teams"_s, teams);
            config.insert(u"sla"_s, QJsonArray{QJsonObject{{u"stage"_s, stage}, {u"first_contact_minutes"_s, 30}}});
            return QJsonDocument(config).toJson();
        };
        // Each mistake is named, and nothing of the file is written.
        const struct {
            QString zone, member, stage, error;
        } wrong[] = {
            {u"Europe/Warsow"_s, u"anna@firma.pl"_s, u"MQL"_s,
             u"team \"AE Mid-Market PL\": calendar: unknown time zone \"Europe/Warsow\" (such as Europe/Warsaw)"_s},
            {u"Europe/Warsaw"_s, u"nikt@firma.pl"_s, u"MQL"_s, u"team \"AE Mid-Market PL\": unknown user \"nikt@firma.pl\""_s},
            {u"Europe/Warsaw"_s, u"anna@firma.pl"_s, u"MQX"_s, u"sla \"MQX\": the pipeline has no stage \"MQX\""_s},
        };
        for (const auto &w : wrong) {
            writeFile(u"config.json"_s, withChanges(w.zone, w.member, w.stage));
            const Run r = cli({u"config"_s, u"import"_s, path});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(w.error), qPrintable(r.err));
        }
        QVERIFY(cli({u"config"_s, u"export"_s, m_files.filePath(u"same.json"_s)}).code == 0);
        QFile same(m_files.filePath(u"same.json"_s));
        QVERIFY(same.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(same.readAll()).object(), exported);

        writeFile(u"config.json"_s, withChanges(u"Europe/Warsaw"_s, u"anna@firma.pl"_s, u"MQL"_s));
        Run r = cli({u"config"_s, u"import"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(cli({u"config"_s, u"export"_s, m_files.filePath(u"after.json"_s)}).code == 0);
        QFile after(m_files.filePath(u"after.json"_s));
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(after.readAll()).object();
        team = teamNamed(saved, u"AE Mid-Market PL"_s);
        QCOMPARE(team.value(u"calendar"_s).toObject().value(u"hours"_s).toString(), u"08:00-16:00"_s);
        QCOMPARE(team.value(u"calendar"_s).toObject().value(u"days_off"_s).toArray(), (QJsonArray{u"2026-03-03"_s}));
        QCOMPARE(team.value(u"members"_s).toArray().at(0).toObject().value(u"capacity"_s).toInt(), 30);
        QCOMPARE(team.value(u"members"_s).toArray().at(0).toObject().value(u"away"_s).toObject().value(u"until"_s).toString(),
                 u"2026-07-14"_s);
        QCOMPARE(saved.value(u"sla"_s).toArray().at(0).toObject().value(u"first_contact_minutes"_s).toInt(), 30);
        // The SLA change is a stage version, with who made it.
        r = cli({u"pipeline"_s, u"history"_s, u"--pipeline"_s, u"B2B funnel"_s});
        const QString last = r.out.trimmed().split(u'\n').last();
        QVERIFY2(last.contains(u"Anna Nowak"_s) && last.contains(u"changed  MQL"_s) && last.contains(u" 30 "_s)
                     && last.trimmed().endsWith(u"960"_s),
                 qPrintable(last));

        // The new calendar times the SLA: entered MQL on Monday 2 March at 8:30 in Warsaw,
        // routed to Anna; first contact due 30 working minutes later, 9:00; the decision
        // 960 working minutes later: Monday 7.5 h, Tuesday off, Wednesday 8 h, Thursday
        // 0.5 h, 8:30. In UTC: 08:00 on the 2nd and 07:30 on the 5th.
        const QString csv = writeFile(u"lead.csv"_s, "company,email,employees,country,stage,created_at,stage_entered_at\n"
                                                     "Omega sp. z o.o.,o@omega.pl,80,PL,MQL,2026-03-01T09:00:00Z,2026-03-02T07:30:00Z\n");
        r = cli({u"import"_s, u"--pipeline"_s, u"B2B funnel"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject omega = leadByEmail(u"o@omega.pl"_s);
        QCOMPARE(omega.value(u"owner"_s).toString(), u"Anna Nowak"_s);
        QCOMPARE(omega.value(u"sla_first_contact_due"_s).toString(), u"2026-03-02T08:00:00.000Z"_s);
        QCOMPARE(omega.value(u"sla_decision_due"_s).toString(), u"2026-03-05T07:30:00.000Z"_s);
    }

    void aBadFileIsRefusedWhole()
    {
        const QString csv = writeFile(u"bad.csv"_s, "email,type,at\n"
                                                    "a@b.pl,demo_request,2026-03-01T09:00:00Z\n"
                                                    "c@d.pl,phone_call,2026-03-01T09:00:00Z\n"
                                                    ",webinar,yesterday\n");
        const Run r = cli({u"events"_s, csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"nothing was recorded: 3 problem(s) in the file"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"line 3: type: \"phone_call\" is not one of"_s));
        QVERIFY(r.err.contains(u"line 4: at: \"yesterday\" is not an ISO 8601 time"_s));
        QVERIFY(r.err.contains(u"line 4: email: an event needs an e-mail, a NIP or a website"_s));
        QVERIFY(json(cli({u"leads"_s, u"--pipeline"_s, u"B2B funnel"_s, u"--format"_s, u"json"_s})).isEmpty());
        const Run column = cli({u"events"_s, writeFile(u"col.csv"_s, "email,typ\na@b.pl,webinar\n")});
        QCOMPARE(column.code, 1);
        QVERIFY2(column.err.contains(u"unknown column \"typ\""_s), qPrintable(column.err));
    }

    void configRoundTripsAndIsCheckedWhole()
    {
        const QString path = m_files.filePath(u"config.json"_s);
        Run r = cli({u"config"_s, u"export"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        // init's defaults: DOMAIN.md's four rows, the 70-point handoff to MQL, four teams.
        QCOMPARE(config.value(u"pipeline"_s).toString(), u"B2B funnel"_s);
        QCOMPARE(config.value(u"routing"_s).toArray().size(), 4);
        QCOMPARE(config.value(u"routing"_s).toArray().at(0).toObject().value(u"when"_s).toString(),
                 u"employees >= 200 and industry = software"_s);
        QCOMPARE(config.value(u"scoring"_s).toObject().value(u"handoff"_s).toObject().value(u"threshold"_s).toInt(), 70);
        QCOMPARE(config.value(u"teams"_s).toArray().size(), 4);

        // A typo in row 1's team: refused, naming the row, and nothing is written.
        QJsonArray routing = config.value(u"routing"_s).toArray();
        QJsonObject row = routing.at(0).toObject();
        row.insert(u"team"_s, u"AE Enterprize"_s);
        routing.replace(0, row);
        config.insert(u"routing"_s, routing);
        QJsonObject scoring = config.value(u"scoring"_s).toObject();
        QJsonObject handoff = scoring.value(u"handoff"_s).toObject();
        handoff.insert(u"threshold"_s, 60);
        scoring.insert(u"handoff"_s, handoff);
        config.insert(u"scoring"_s, scoring);
        writeFile(u"config.json"_s, QJsonDocument(config).toJson());
        r = cli({u"config"_s, u"import"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"routing row 1: unknown team \"AE Enterprize\""_s), qPrintable(r.err));
        r = cli({u"config"_s, u"export"_s, m_files.filePath(u"after.json"_s)});
        QFile after(m_files.filePath(u"after.json"_s));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(after.readAll()).object().value(u"scoring"_s).toObject().value(u"handoff"_s).toObject()
                     .value(u"threshold"_s).toInt(),
                 70);
        // The typo fixed: saved; the scoring model is a new version, the routing table too.
        row.insert(u"team"_s, u"AE Enterprise"_s);
        row.insert(u"when"_s, u"employees >= 250 and industry = software"_s);
        routing.replace(0, row);
        config.insert(u"routing"_s, routing);
        writeFile(u"config.json"_s, QJsonDocument(config).toJson());
        r = cli({u"config"_s, u"import"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A bad condition is named by row and character.
        row.insert(u"when"_s, u"employees >= and industry = software"_s);
        routing.replace(0, row);
        config.insert(u"routing"_s, routing);
        writeFile(u"config.json"_s, QJsonDocument(config).toJson());
        r = cli({u"config"_s, u"import"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"routing row 1: condition: at character 14: expected a value after \">=\", found \"and\""_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestEngineEvents)
#include "tst_engineevents.moc"
