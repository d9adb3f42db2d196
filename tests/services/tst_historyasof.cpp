// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// History answers "what was true on date D", on SQLite and on a real PostgreSQL server:
// owners by user id, stage configuration by version with its author, and engine values
// that never bump a lead's version.
#include "Await.h"
#include "EngineValueRepository.h"
#include "HistoryRepository.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestHistoryAsOf : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    Principal m_admin, m_anna, m_piotr;

    Principal user(const QString &name, const QString &role)
    {
        auto u = await(m_backend->pipelines().createUser(m_admin.userId ? m_admin : Principal::owner(),
                                                          User{0, name, {}, 0, u"North"_s, role, true}));
        return u ? Principal::of(*u) : Principal{};
    }
    Result<qint64> ownerAsOf(qint64 leadId, const QDateTime &at)
    {
        return await(m_backend->store().run([=](Database &db) { return HistoryRepository(db).ownerAsOf(leadId, at); }));
    }
    Stage stageNamed(const QString &name) const
    {
        for (const Stage &s : m_pipeline.stages)
            if (s.name == name)
                return s;
        return {};
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
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        m_admin = {};
        m_admin = user(u"Ewa Admin"_s, u"admin"_s);
        m_anna = user(u"Anna Nowak"_s, u"rep"_s);
        m_piotr = user(u"Piotr Wiśniewski"_s, u"rep"_s);
        QVERIFY(m_admin.userId && m_anna.userId && m_piotr.userId);
        auto pipeline = await(m_backend->pipelines().createFromTemplate(m_admin, u"b2b"_s, {}));
        QVERIFY2(pipeline.has_value(), qPrintable(pipeline ? QString() : pipeline.error().message));
        m_pipeline = *pipeline;
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    // Who owned a lead when: by id, whatever the people are called.
    void ownerChangesAreRecordedById()
    {
        const QDateTime created = m_now;
        auto lead = await(m_backend->leads().createLead(m_admin, NewLead{m_pipeline.id, {}, {{u"company"_s, u"Fabryka Okien"_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}));
        QVERIFY(lead.has_value());
        m_now = m_now.addDays(1);
        const QDateTime toPiotr = m_now;
        QVERIFY(await(m_backend->leads().updateLead(m_admin, LeadEdit{lead->id, 0, {{u"owner"_s, u"Piotr Wiśniewski"_s}}, {}})).has_value());
        m_now = m_now.addDays(1);
        const QDateTime toNobody = m_now;
        QVERIFY(await(m_backend->leads().updateLead(m_admin, LeadEdit{lead->id, 0, {{u"owner"_s, QString()}}, {}})).has_value());

        QCOMPARE(ownerAsOf(lead->id, created).value(), m_anna.userId);
        QCOMPARE(ownerAsOf(lead->id, toPiotr.addMSecs(-1)).value(), m_anna.userId);
        QCOMPARE(ownerAsOf(lead->id, toPiotr).value(), m_piotr.userId);
        QCOMPARE(ownerAsOf(lead->id, toNobody.addSecs(-60)).value(), m_piotr.userId);
        QCOMPARE(ownerAsOf(lead->id, toNobody).value(), qint64(0));

        // The rows themselves: ids before and after, who made the change.
        auto rows = await(m_backend->store().run([id = lead->id](Database &db) -> Result<QStringList> {
            auto q = db.exec(u"SELECT from_user_id, to_user_id, user_id FROM owner_changes WHERE lead_id = ? ORDER BY id"_s, {id});
            if (!q)
                return std::unexpected(q.error());
            QStringList out;
            while ((*q)->next())
                out.append(u"%1>%2 by %3"_s.arg((*q)->value(0).toLongLong()).arg((*q)->value(1).toLongLong()).arg((*q)->value(2).toLongLong()));
            return out;
        }));
        QVERIFY(rows.has_value());
        QCOMPARE(*rows, QStringList({u"%1>%2 by %3"_s.arg(m_anna.userId).arg(m_piotr.userId).arg(m_admin.userId),
                                     u"%1>0 by %2"_s.arg(m_piotr.userId).arg(m_admin.userId)}));
    }

    // A stage's configuration is versioned: the stages as of any date, and who changed
    // what when (the audit history).
    void stageConfigurationIsVersioned()
    {
        const QDateTime made = m_now;
        Stage sql = stageNamed(u"SQL"_s);
        QVERIFY(sql.id);
        const Stage original = sql;
        m_now = m_now.addDays(3);
        sql.probability = 45;
        sql.rottingDays = 14;
        sql.slaDecisionMinutes = 2 * 24 * 60;
        sql.requiredFields.append(u"budget"_s);
        auto changed = await(m_backend->pipelines().updateStage(m_admin, sql));
        QVERIFY2(changed.has_value(), qPrintable(changed ? QString() : changed.error().message));
        QCOMPARE(changed->probability, 45);

        // Saving the same configuration again records nothing.
        m_now = m_now.addDays(1);
        QVERIFY(await(m_backend->pipelines().updateStage(m_admin, *changed)).has_value());

        auto history = await(m_backend->pipelines().stageHistory(m_anna, m_pipeline.id));
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), m_pipeline.stages.size() + 1);
        const StageVersion &last = history->last();
        QCOMPARE(last.change, StageVersion::Change::Changed);
        QCOMPARE(last.stage.id, sql.id);
        QCOMPARE(last.validFrom, made.addDays(3));
        QCOMPARE(last.changedBy, m_admin.userId);
        QCOMPARE(last.changedByName, u"Ewa Admin"_s);
        QCOMPARE(history->first().change, StageVersion::Change::Created);
        QCOMPARE(history->first().changedBy, m_admin.userId);

        // As of the day it was made, as of the change, and before the pipeline existed.
        const QList<Stage> then = StageVersion::asOf(*history, made.addDays(1));
        QCOMPARE(then, m_pipeline.stages);
        QCOMPARE(then.at(original.position - 1), original);
        const QList<Stage> now = StageVersion::asOf(*history, m_now);
        QCOMPARE(now.at(original.position - 1), sql);
        auto reloaded = await(m_backend->pipelines().pipelines(m_anna));
        QVERIFY(reloaded.has_value() && !reloaded->isEmpty());
        QCOMPARE(reloaded->first().stages, now);
        // Before the pipeline was set up (imported history): its stages as first recorded.
        QCOMPARE(StageVersion::asOf(*history, made.addDays(-90)), m_pipeline.stages);
        QCOMPARE(StageVersion::firstRecorded(*history), made);
    }

    // Only an admin changes stages; an invalid change is refused naming why, and
    // neither leaves a version behind.
    void stageChangesAreCheckedAndRefusedWhole()
    {
        Stage sql = stageNamed(u"SQL"_s);
        sql.probability = 50;
        auto byRep = await(m_backend->pipelines().updateStage(m_anna, sql));
        QVERIFY(!byRep.has_value());
        QCOMPARE(byRep.error().code, Error::Code::Forbidden);

        Stage bad = stageNamed(u"SQL"_s);
        bad.probability = 140;
        bad.requiredFields.append(u"shoe_size"_s);
        auto invalid = await(m_backend->pipelines().updateStage(m_admin, bad));
        QVERIFY(!invalid.has_value());
        QCOMPARE(invalid.error().code, Error::Code::Invalid);
        QVERIFY2(invalid.error().message.contains(u"probability"_s), qPrintable(invalid.error().message));
        QVERIFY2(invalid.error().message.contains(u"shoe_size"_s), qPrintable(invalid.error().message));

        Stage clash = stageNamed(u"SQL"_s);
        clash.name = u"Won"_s;
        auto clashed = await(m_backend->pipelines().updateStage(m_admin, clash));
        QVERIFY(!clashed.has_value());
        QCOMPARE(clashed.error().code, Error::Code::Invalid);

        Stage missing = stageNamed(u"SQL"_s);
        missing.id = 999999;
        auto nowhere = await(m_backend->pipelines().updateStage(m_admin, missing));
        QVERIFY(!nowhere.has_value());
        QCOMPARE(nowhere.error().code, Error::Code::NotFound);

        // A stage's kind changes only while no lead is in it.
        QVERIFY(await(m_backend->leads().createLead(m_admin, NewLead{m_pipeline.id, u"SQL"_s, {{u"company"_s, u"Okna"_s}, {u"industry"_s, u"manufacturing"_s}, {u"employees"_s, u"120"_s}, {u"job_title"_s, u"CEO"_s}, {u"pains"_s, u"Leads lost"_s}}, {}})).has_value());
        Stage won = stageNamed(u"SQL"_s);
        won.kind = StageKind::Won;
        auto occupied = await(m_backend->pipelines().updateStage(m_admin, won));
        QVERIFY(!occupied.has_value());
        QVERIFY2(occupied.error().message.contains(u"still has leads in it (1)"_s), qPrintable(occupied.error().message));
        Stage parked = stageNamed(u"MQL"_s);
        parked.kind = StageKind::Parked;
        QVERIFY(await(m_backend->pipelines().updateStage(m_admin, parked)).has_value());

        auto history = await(m_backend->pipelines().stageHistory(m_admin, m_pipeline.id));
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), m_pipeline.stages.size() + 1); // the empty MQL's change only
        auto reloaded = await(m_backend->pipelines().pipelines(m_admin));
        QVERIFY(reloaded.has_value() && !reloaded->isEmpty());
        QCOMPARE(reloaded->first().stages.at(stageNamed(u"SQL"_s).position - 1), stageNamed(u"SQL"_s));
    }

    // A score or an SLA due time written by the engine leaves the version alone: the
    // rep who opened the card before it still saves without a conflict.
    void engineValuesDoNotBumpTheVersion()
    {
        auto lead = await(m_backend->leads().createLead(m_anna, NewLead{m_pipeline.id, {}, {{u"company"_s, u"Okna Sp. z o.o."_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}));
        QVERIFY(lead.has_value());
        const int openedAt = lead->version;
        EngineValueRepository::Values engine;
        engine.score = 72;
        engine.slaFirstContactDueAt = m_now.addSecs(15 * 60);
        engine.slaDecisionDueAt = m_now.addDays(2);
        engine.scoreReasons = uR"([{"rule":"Demo request","points":30,"times":1}])"_s;
        engine.routingReason = u"routed by row 1"_s;
        engine.handoffMet = true;
        engine.slaStartedAt = m_now;
        auto written = await(m_backend->store().run([id = lead->id, engine](Database &db) { return EngineValueRepository(db).write(id, engine); }));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        auto read = await(m_backend->store().run([id = lead->id](Database &db) { return EngineValueRepository(db).read(id); }));
        QVERIFY(read.has_value());
        QCOMPARE(*read, engine);

        auto saved = await(m_backend->leads().updateLead(m_anna, LeadEdit{lead->id, openedAt, {{u"next_step"_s, u"Call on Monday"_s}}, {}}));
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->version, openedAt + 1);
        QCOMPARE(saved->value(u"score"_s).toInt(), 72); // the rep's save kept the engine's score

        auto noLead = await(m_backend->store().run([engine](Database &db) { return EngineValueRepository(db).write(999999, engine); }));
        QVERIFY(!noLead.has_value());
        QCOMPARE(noLead.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestHistoryAsOf)
#include "tst_historyasof.moc"
