// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who sees and changes what (Visibility, LeadScope), on SQLite and on a real PostgreSQL
// server: a rep their own and unassigned leads, a manager the team's, an admin all;
// for pages, totals, look-ups, timelines, exports and every write.
#include "Await.h"
#include "ExportJob.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestVisibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    // The first user (the admin), a manager and two reps of "North", a rep of "South".
    Principal m_admin, m_manager, m_anna, m_piotr, m_ola;
    // The leads each owns, and one of nobody's.
    qint64 m_annaLead = 0, m_piotrLead = 0, m_olaLead = 0, m_managerLead = 0, m_nobodysLead = 0;

    Principal user(const QString &name, const QString &team, const QString &role)
    {
        auto u = await(m_backend->pipelines().createUser(m_admin.userId ? m_admin : Principal::owner(),
                                                          User{0, name, {}, 0, team, role, true}));
        if (!u) {
            qWarning() << u.error().message;
            return {};
        }
        return Principal::of(*u);
    }
    qint64 lead(const QString &company, const QString &owner)
    {
        FieldInput fields{{u"company"_s, company}};
        if (!owner.isEmpty())
            fields.insert(u"owner"_s, owner);
        auto l = await(m_backend->leads().createLead(m_admin, NewLead{m_pipeline.id, {}, fields, {}}));
        return l ? l->id : 0;
    }
    QSet<qint64> visibleTo(const Principal &who)
    {
        QSet<qint64> ids;
        for (const Stage &s : m_pipeline.stages) {
            PageRequest request;
            request.stageId = s.id;
            request.limit = 100;
            auto page = await(m_backend->leads().stagePage(who, m_pipeline.id, request));
            if (!page)
                return {-1};
            for (const Lead &l : page->leads)
                ids.insert(l.id);
        }
        return ids;
    }
    int totalFor(const Principal &who)
    {
        auto totals = await(m_backend->leads().stageTotals(who, m_pipeline.id));
        if (!totals)
            return -1;
        int n = 0;
        for (const StageTotals &t : *totals)
            n += static_cast<int>(t.count);
        return n;
    }
    static bool forbidden(const auto &result) { return !result.has_value() && result.error().code == Error::Code::Forbidden; }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_db = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_db->isAvailable(&why))
            QSKIP(qPrintable(why));
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        m_admin = {};
        // Asked for as a rep, the first user of a database becomes its admin.
        m_admin = user(u"Ewa Admin"_s, u"RevOps"_s, u"rep"_s);
        QCOMPARE(m_admin.role, Principal::Role::Admin);
        m_manager = user(u"Marek Manager"_s, u"North"_s, u"manager"_s);
        m_anna = user(u"Anna Nowak"_s, u"North"_s, u"rep"_s);
        m_piotr = user(u"Piotr Wiśniewski"_s, u"North"_s, u"rep"_s);
        m_ola = user(u"Ola Południe"_s, u"South"_s, u"rep"_s);
        QCOMPARE(m_manager.role, Principal::Role::Manager);
        QCOMPARE(m_anna.role, Principal::Role::Rep);
        QCOMPARE(m_anna.teamId, m_manager.teamId);
        QVERIFY(m_ola.teamId != m_manager.teamId);
        m_annaLead = lead(u"Okna Anny"_s, u"Anna Nowak"_s);
        m_piotrLead = lead(u"Drzwi Piotra"_s, u"Piotr Wiśniewski"_s);
        m_olaLead = lead(u"Szkło Oli"_s, u"Ola Południe"_s);
        m_managerLead = lead(u"Meble Marka"_s, u"Marek Manager"_s);
        m_nobodysLead = lead(u"Niczyje"_s, {});
        QVERIFY(m_annaLead && m_piotrLead && m_olaLead && m_managerLead && m_nobodysLead);
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void eachRoleSeesItsOwnInPagesAndTotals()
    {
        QCOMPARE(visibleTo(m_anna), (QSet<qint64>{m_annaLead, m_nobodysLead}));
        QCOMPARE(totalFor(m_anna), 2);
        QCOMPARE(visibleTo(m_manager), (QSet<qint64>{m_annaLead, m_piotrLead, m_managerLead, m_nobodysLead}));
        QCOMPARE(totalFor(m_manager), 4);
        QCOMPARE(visibleTo(m_admin).size(), 5);
        QCOMPARE(totalFor(m_admin), 5);
        // The scope narrows what the filter asks, never widens it.
        LeadFilter piotrs;
        piotrs.ownerId = m_piotr.userId;
        auto totals = await(m_backend->leads().stageTotals(m_anna, m_pipeline.id, piotrs));
        QVERIFY(totals.has_value());
        QCOMPARE(std::accumulate(totals->begin(), totals->end(), qint64(0), [](qint64 n, const StageTotals &t) { return n + t.count; }), 0);
    }

    void aRepCannotReadOrWorkAnotherRepsLead()
    {
        QVERIFY(forbidden(await(m_backend->leads().lead(m_anna, m_piotrLead))));
        auto timeline = await(m_backend->leads().timeline(m_anna, m_piotrLead));
        QVERIFY(forbidden(timeline));
        QVERIFY2(timeline.error().message.contains(u"Anna Nowak"_s) && timeline.error().message.contains(u"Piotr Wiśniewski"_s),
                 qPrintable(timeline.error().message));
        QVERIFY(forbidden(await(m_backend->leads().tasks(m_anna, m_piotrLead))));
        const qint64 qualification = m_pipeline.stageByName(u"Qualification"_s)->id;
        QVERIFY(forbidden(await(m_backend->leads().moveLeads(m_anna, MoveRequest{{m_piotrLead}, qualification, {}, {}, {}, {}}))));
        // Moving several at once is all or none: one lead not hers refuses the lot.
        QVERIFY(forbidden(await(m_backend->leads().moveLeads(m_anna, MoveRequest{{m_annaLead, m_piotrLead}, qualification, {}, {}, {}, {}}))));
        QVERIFY(forbidden(await(m_backend->leads().updateLead(m_anna, LeadEdit{m_piotrLead, 0, {{u"city"_s, u"Gdańsk"_s}}, {}}))));
        QVERIFY(forbidden(await(m_backend->leads().logActivity(m_anna, NewActivity{m_piotrLead, u"call"_s, u"x"_s, {}, {}, {}}))));
        QVERIFY(forbidden(await(m_backend->leads().createTask(m_anna, NewTask{m_piotrLead, u"Call"_s, m_now.addDays(1), {}, {}}))));
        auto piotrs = await(m_backend->leads().lead(m_admin, m_piotrLead));
        QVERIFY(piotrs.has_value());
        QCOMPARE(piotrs->version, 1);
        QCOMPARE(piotrs->stageId, m_pipeline.firstStage()->id);

        // Her own, and nobody's, she works.
        QVERIFY(await(m_backend->leads().moveLeads(m_anna, MoveRequest{{m_annaLead, m_nobodysLead}, qualification, {}, {}, {}, {}})).has_value());
        QVERIFY(await(m_backend->leads().timeline(m_anna, m_nobodysLead)).has_value());
        // Taking nobody's lead is hers to do; giving hers away is not.
        QVERIFY(await(m_backend->leads().updateLead(m_anna, LeadEdit{m_nobodysLead, 0, {{u"owner"_s, u"Anna Nowak"_s}}, {}})).has_value());
        auto away = await(m_backend->leads().updateLead(m_anna, LeadEdit{m_annaLead, 0, {{u"owner"_s, u"Piotr Wiśniewski"_s}}, {}}));
        QVERIFY(forbidden(away));
        QCOMPARE(away.error().fieldErrors.value(0).field, u"owner"_s);
        QVERIFY(forbidden(await(m_backend->leads().createLead(
            m_anna, NewLead{m_pipeline.id, {}, {{u"company"_s, u"Nowa"_s}, {u"owner"_s, u"Ola Południe"_s}}, {}}))));
        QVERIFY(await(m_backend->leads().createLead(m_anna, NewLead{m_pipeline.id, {}, {{u"company"_s, u"Nowa"_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}))
                    .has_value());
    }

    // A rep of product A never sees product B's queue: once an admin names who works a
    // pipeline, the others see only their own leads in it, not its unassigned ones.
    void aRepSeesTheQueueOnlyOfPipelinesSheWorks()
    {
        QVERIFY(forbidden(await(m_backend->pipelines().setPipelineMembers(m_anna, m_pipeline.id, {m_anna.userId}))));
        auto unknown = await(m_backend->pipelines().setPipelineMembers(m_admin, m_pipeline.id, {m_piotr.userId, 999999}));
        QVERIFY(!unknown.has_value());
        QVERIFY2(unknown.error().message.contains(u"999999"_s), qPrintable(unknown.error().message));

        auto set = await(m_backend->pipelines().setPipelineMembers(m_admin, m_pipeline.id, {m_piotr.userId, m_piotr.userId}));
        QVERIFY2(set.has_value(), qPrintable(set ? QString() : set.error().message));
        QCOMPARE(set->memberIds, QList<qint64>{m_piotr.userId});
        QVERIFY(set->isWorkedBy(m_piotr.userId));
        QVERIFY(!set->isWorkedBy(m_anna.userId));

        QCOMPARE(visibleTo(m_anna), QSet<qint64>{m_annaLead});
        QCOMPARE(totalFor(m_anna), 1);
        QCOMPARE(visibleTo(m_piotr), (QSet<qint64>{m_piotrLead, m_nobodysLead}));
        auto read = await(m_backend->leads().lead(m_anna, m_nobodysLead));
        QVERIFY(forbidden(read));
        QVERIFY2(read.error().message.contains(u"unassigned"_s), qPrintable(read.error().message));
        const qint64 qualification = m_pipeline.stageByName(u"Qualification"_s)->id;
        QVERIFY(forbidden(await(m_backend->leads().moveLeads(m_anna, MoveRequest{{m_nobodysLead}, qualification, {}, {}, {}, {}}))));
        QVERIFY(forbidden(await(m_backend->leads().createLead(m_anna, NewLead{m_pipeline.id, {}, {{u"company"_s, u"Nowa"_s}}, {}}))));
        // Her own leads there she still works; the manager's view is the team's as before.
        QVERIFY(await(m_backend->leads().moveLeads(m_anna, MoveRequest{{m_annaLead}, qualification, {}, {}, {}, {}})).has_value());
        QCOMPARE(visibleTo(m_manager), (QSet<qint64>{m_annaLead, m_piotrLead, m_managerLead, m_nobodysLead}));

        // Naming nobody opens the pipeline to everyone again.
        QVERIFY(await(m_backend->pipelines().setPipelineMembers(m_admin, m_pipeline.id, {})).has_value());
        QCOMPARE(visibleTo(m_anna), (QSet<qint64>{m_annaLead, m_nobodysLead}));
    }

    void aRepExportsOnlyWhatSheSees()
    {
        QTemporaryDir dir;
        ExportRequest request;
        request.by = m_anna;
        request.pipeline = m_pipeline;
        request.format = ExportRequest::Format::Json;
        request.path = dir.filePath(u"anna.json"_s);
        ExportJob job(m_backend->leads(), request);
        const ExportResult result = job.run();
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.written, 2);
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("Okna Anny"));
        QVERIFY(json.contains("Niczyje"));
        QVERIFY(!json.contains("Drzwi Piotra"));
        QVERIFY(!json.contains("Szk"));
    }

    void aManagerWorksExactlyTheTeam()
    {
        const qint64 sql = m_pipeline.stageByName(u"Qualification"_s)->id;
        QVERIFY(await(m_backend->leads().moveLeads(m_manager, MoveRequest{{m_annaLead, m_piotrLead}, sql, {}, {}, {}, {}})).has_value());
        QVERIFY(forbidden(await(m_backend->leads().moveLeads(m_manager, MoveRequest{{m_olaLead}, sql, {}, {}, {}, {}}))));
        QVERIFY(forbidden(await(m_backend->leads().timeline(m_manager, m_olaLead))));
        // Reassigning within the team is the manager's; out of it, not.
        QVERIFY(await(m_backend->leads().updateLead(m_manager, LeadEdit{m_annaLead, 0, {{u"owner"_s, u"Piotr Wiśniewski"_s}}, {}})).has_value());
        QVERIFY(forbidden(await(m_backend->leads().updateLead(m_manager, LeadEdit{m_piotrLead, 0, {{u"owner"_s, u"Ola Południe"_s}}, {}}))));
        QCOMPARE(visibleTo(m_anna), (QSet<qint64>{m_nobodysLead}));
        QCOMPARE(visibleTo(m_piotr), (QSet<qint64>{m_annaLead, m_piotrLead, m_nobodysLead}));
    }

    void configurationIsTheAdmins()
    {
        QVERIFY(forbidden(await(m_backend->pipelines().createFromTemplate(m_manager, u"handoff"_s, {}))));
        QVERIFY(forbidden(await(m_backend->pipelines().createUser(m_anna, User{0, u"Nowy"_s, {}, 0, {}, u"rep"_s, true}))));
        HistoricLead h;
        h.lead.pipelineId = m_pipeline.id;
        h.lead.stageId = m_pipeline.firstStage()->id;
        h.lead.values.insert(u"company"_s, u"Dawna"_s);
        h.lead.createdAt = h.lead.updatedAt = h.lead.stageEnteredAt = h.lead.lastActivityAt = m_now.addDays(-3);
        QVERIFY(forbidden(await(m_backend->leads().recordHistory(m_manager, {h}))));
        QVERIFY(await(m_backend->pipelines().createUser(m_admin, User{0, u"Nowy"_s, {}, 0, {}, u"rep"_s, true})).has_value());
        QVERIFY(await(m_backend->leads().recordHistory(m_admin, {h})).has_value());
        // Everyone reads the configuration.
        QVERIFY(await(m_backend->pipelines().pipelines(m_anna)).has_value());
    }

    void anImportWritesOnlyTheImportersRows()
    {
        ImportOptions options;
        options.dedupe = ImportOptions::Dedupe::Update;
        ImportRow mine{2, {}, {{u"company"_s, u"Moje"_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}, {}, {}, {}};
        ImportRow hers{3, {}, {{u"company"_s, u"Cudze"_s}, {u"owner"_s, u"Ola Południe"_s}}, {}, {}, {}, {}};
        auto report = await(m_backend->leads().importRows(m_anna, ImportBatch{m_pipeline.id, {mine, hers}, options}));
        QVERIFY(report.has_value());
        QCOMPARE(report->outcomes.size(), 2);
        QCOMPARE(report->outcomes[0].status, ImportOutcome::Status::Imported);
        QCOMPARE(report->outcomes[1].status, ImportOutcome::Status::Rejected);
        QVERIFY2(report->outcomes[1].reason.contains(u"Anna Nowak"_s), qPrintable(report->outcomes[1].reason));

        // Owners an import would create are people added: an admin's, even for a manager
        // whose own team they would join.
        options.createOwnersInTeam = u"North"_s;
        ImportRow newOwner{4, {}, {{u"company"_s, u"Nowego"_s}, {u"owner"_s, u"Nowy Handlowiec"_s}}, {}, {}, {}, {}};
        auto byManager = await(m_backend->leads().importRows(m_manager, ImportBatch{m_pipeline.id, {newOwner}, options}));
        QVERIFY(byManager.has_value());
        QCOMPARE(byManager->outcomes[0].status, ImportOutcome::Status::Rejected);
        QVERIFY2(byManager->outcomes[0].reason.contains(u"only an admin"_s), qPrintable(byManager->outcomes[0].reason));
        auto users = await(m_backend->pipelines().users(m_admin));
        QVERIFY(users.has_value());
        QVERIFY(std::none_of(users->begin(), users->end(), [](const User &u) { return u.name == u"Nowy Handlowiec"_s; }));
        auto byAdmin = await(m_backend->leads().importRows(m_admin, ImportBatch{m_pipeline.id, {newOwner}, options}));
        QVERIFY(byAdmin.has_value());
        QCOMPARE(byAdmin->outcomes[0].status, ImportOutcome::Status::Imported);
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
