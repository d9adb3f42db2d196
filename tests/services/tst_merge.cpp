// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging two leads that are one, on SQLite and on a real PostgreSQL server: the
// survivor keeps its values unless told, takes what only the other has, and ends up with
// both timelines, tasks and activities; the other lead is kept, points to the survivor,
// leaves every list and takes no more writes. Every refusal leaves both as they were.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_b2b, m_handoff;
    Principal m_anna, m_piotr;
    qint64 m_keep = 0, m_other = 0;

    qint64 lead(const Pipeline &p, const FieldInput &fields, const Principal &by = Principal::owner())
    {
        auto l = await(m_backend->leads().createLead(by, NewLead{p.id, {}, fields, {}}));
        if (!l)
            qWarning() << l.error().message;
        return l ? l->id : 0;
    }
    Lead load(qint64 id) { return *await(m_backend->leads().lead(Principal::owner(), id)); }
    qint64 stageId(const QString &name) { return m_b2b.stageByName(name)->id; }
    Result<Lead> merge(qint64 keep, qint64 other, const FieldInput &values = {}, const Principal &by = Principal::owner())
    {
        MergeRequest r;
        r.keepId = keep;
        r.otherId = other;
        r.values = values;
        return await(m_backend->leads().mergeLeads(by, r));
    }
    QList<qint64> listed()
    {
        QList<qint64> ids;
        for (const Stage &s : m_b2b.stages) {
            PageRequest request;
            request.stageId = s.id;
            const auto page = await(m_backend->leads().stagePage(Principal::owner(), m_b2b.id, request));
            for (const Lead &l : page->leads)
                ids.append(l.id);
        }
        return ids;
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
        m_backend = std::make_unique<LocalBackend>(m_db->settings());
        QVERIFY(await(m_backend->open()).has_value());
        m_b2b = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        m_handoff = *await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        QVERIFY(await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Ewa Admin"_s, {}, 0, {}, u"admin"_s, true})).has_value());
        m_anna = Principal::of(*await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, {}, 0, {}, u"rep"_s, true})));
        m_piotr = Principal::of(*await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Piotr Wiśniewski"_s, {}, 0, {}, u"rep"_s, true})));
        m_keep = lead(m_b2b, {{u"company"_s, u"Fabryka Okien"_s}, {u"email"_s, u"anna@okna.pl"_s}, {u"city"_s, u"Poznań"_s},
                              {u"owner"_s, u"Anna Nowak"_s}});
        m_other = lead(m_b2b, {{u"company"_s, u"Fabryka Okien sp. z o.o."_s}, {u"email"_s, u"biuro@okna.pl"_s},
                               {u"phone"_s, u"601 234 567"_s}, {u"job_title"_s, u"Prezes"_s}, {u"owner"_s, u"Anna Nowak"_s}});
        QVERIFY(m_keep && m_other);
        // The other lead has a past of its own: a move, a call and an open task.
        QVERIFY(await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{m_other}, stageId(u"Qualification"_s), {}, {}, {}, {}})));
        QVERIFY(await(m_backend->leads().logActivity(Principal::owner(), NewActivity{m_other, u"call"_s, u"Pierwsza rozmowa"_s, {}, {}, {}})));
        QVERIFY(await(m_backend->leads().createTask(Principal::owner(), NewTask{m_other, u"Wysłać ofertę"_s, QDateTime::currentDateTimeUtc().addDays(2), {}, {}})));
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void theSurvivorTakesValuesHistoryAndTasks()
    {
        auto survivor = merge(m_keep, m_other, {{u"company"_s, u"Fabryka Okien sp. z o.o."_s}});
        QVERIFY2(survivor.has_value(), qPrintable(survivor ? QString() : survivor.error().message));
        // Chosen, kept, and filled from the other lead.
        QCOMPARE(survivor->value(u"company"_s).toString(), u"Fabryka Okien sp. z o.o."_s);
        QCOMPARE(survivor->value(u"email"_s).toString(), u"anna@okna.pl"_s);
        QCOMPARE(survivor->value(u"phone"_s).toString(), u"+48601234567"_s);
        QCOMPARE(survivor->value(u"job_title"_s).toString(), u"Prezes"_s);
        QCOMPARE(survivor->value(u"city"_s).toString(), u"Poznań"_s);
        QCOMPARE(survivor->stageId, stageId(u"New leads"_s));

        // The other lead is kept, pointing to the survivor, with a new version.
        const Lead other = load(m_other);
        QCOMPARE(other.mergedInto, m_keep);
        QCOMPARE(other.value(u"email"_s).toString(), u"biuro@okna.pl"_s);

        // Both histories on the survivor: the other's move (its own), its call, the merge
        // with the value it did not keep; the survivor's field edits of the merge.
        auto timeline = await(m_backend->leads().timeline(Principal::owner(), m_keep));
        QVERIFY(timeline.has_value());
        auto has = [&](auto pred) { return std::any_of(timeline->begin(), timeline->end(), pred); };
        QVERIFY(has([&](const TimelineEntry &e) {
            return e.type == TimelineEntry::Type::StageChange && e.stageLeadId == m_other && e.toStage == u"Qualification"_s;
        }));
        QVERIFY(has([](const TimelineEntry &e) { return e.activity.kind == u"call"_s && e.activity.subject == u"Pierwsza rozmowa"_s; }));
        QVERIFY(has([&](const TimelineEntry &e) {
            return e.activity.kind == u"merged"_s && e.activity.newValue == QString::number(m_other)
                && e.activity.subject == u"Fabryka Okien sp. z o.o."_s && e.activity.body == u"email: biuro@okna.pl"_s;
        }));
        QVERIFY(has([](const TimelineEntry &e) {
            return e.activity.kind == u"field_edit"_s && e.activity.field == u"phone"_s && e.activity.newValue == u"+48601234567"_s;
        }));
        // The other lead's timeline says where it went; its call is no longer its own.
        auto rest = await(m_backend->leads().timeline(Principal::owner(), m_other));
        QVERIFY(std::any_of(rest->begin(), rest->end(), [&](const TimelineEntry &e) {
            return e.activity.kind == u"merged_into"_s && e.activity.newValue == QString::number(m_keep);
        }));
        QVERIFY(std::none_of(rest->begin(), rest->end(), [](const TimelineEntry &e) { return e.activity.kind == u"call"_s; }));

        // Its task is the survivor's, and in the survivor's owner's list.
        auto tasks = await(m_backend->leads().tasks(Principal::owner(), m_keep));
        QCOMPARE(tasks->size(), 1);
        QCOMPARE(tasks->first().title, u"Wysłać ofertę"_s);
        QCOMPARE(await(m_backend->leads().tasks(Principal::owner(), m_other))->size(), 0);
        auto mine = await(m_backend->leads().myTasks(m_anna, 100));
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().leadId, m_keep);
    }

    void theMergedLeadLeavesEveryList()
    {
        QVERIFY(listed().contains(m_other));
        QVERIFY(merge(m_keep, m_other).has_value());
        QCOMPARE(listed(), QList<qint64>{m_keep});
        auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_b2b.id));
        qint64 count = 0;
        for (const StageTotals &t : *totals)
            count += t.count;
        QCOMPARE(count, 1);
        // No duplicate check or pair names it any more.
        auto check = await(m_backend->leads().duplicatesOf(Principal::owner(), m_b2b.id, {{u"email"_s, u"biuro@okna.pl"_s}}, 0));
        QVERIFY(check->matches.isEmpty() || check->matches.first().leadId == m_keep);
        QVERIFY(await(m_backend->leads().duplicatePairs(Principal::owner(), m_b2b.id, 100))->isEmpty());
        // An import of its e-mail updates the survivor, not the merged lead.
        ImportBatch batch;
        batch.pipelineId = m_b2b.id;
        batch.options.dedupe = ImportOptions::Dedupe::Update;
        batch.rows = {ImportRow{2, {}, {{u"email"_s, u"biuro@okna.pl"_s}, {u"industry"_s, u"Produkcja"_s}}, {}, {}, {}, {}}};
        auto report = await(m_backend->leads().importRows(Principal::owner(), batch));
        QCOMPARE(report->outcomes.first().status, ImportOutcome::Status::Updated);
        QCOMPARE(report->outcomes.first().leadId, m_keep);
        QCOMPARE(load(m_keep).value(u"industry"_s).toString(), u"Produkcja"_s);
    }

    void aMergedLeadTakesNoWrites()
    {
        QVERIFY(merge(m_keep, m_other).has_value());
        auto edit = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{m_other, 0, {{u"city"_s, u"Gniezno"_s}}, {}}));
        QCOMPARE(edit.error().code, Error::Code::Invalid);
        QCOMPARE(edit.error().message, u"lead %1 was merged into lead %2: change lead %2 instead"_s.arg(m_other).arg(m_keep));
        QCOMPARE(await(m_backend->leads().logActivity(Principal::owner(), NewActivity{m_other, u"note"_s, u"x"_s, {}, {}, {}})).error().code,
                 Error::Code::Invalid);
        QCOMPARE(await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{m_other}, stageId(u"MQL"_s), {}, {}, {}, {}})).error().code,
                 Error::Code::Invalid);
        QCOMPARE(merge(m_keep, m_other).error().code, Error::Code::Invalid);
    }

    void chainsPointToTheLeadStillListed()
    {
        const qint64 third = lead(m_b2b, {{u"company"_s, u"Okna Poznań"_s}, {u"website"_s, u"okna.pl"_s}});
        QVERIFY(merge(m_keep, m_other).has_value());
        QVERIFY(merge(third, m_keep).has_value());
        QCOMPARE(load(m_other).mergedInto, third);
        QCOMPARE(load(m_keep).mergedInto, third);
        auto timeline = await(m_backend->leads().timeline(Principal::owner(), third));
        QVERIFY(std::any_of(timeline->begin(), timeline->end(), [&](const TimelineEntry &e) {
            return e.type == TimelineEntry::Type::StageChange && e.stageLeadId == m_other && e.toStage == u"Qualification"_s;
        }));
        QCOMPARE(await(m_backend->leads().tasks(Principal::owner(), third))->size(), 1);
    }

    void refusalsLeaveBothAsTheyWere()
    {
        const Lead keepBefore = load(m_keep);
        const Lead otherBefore = load(m_other);
        const qint64 elsewhere = lead(m_handoff, {{u"company"_s, u"Okna"_s}});
        QCOMPARE(merge(m_keep, m_keep).error().code, Error::Code::Invalid);
        auto twoPipelines = merge(m_keep, elsewhere);
        QCOMPARE(twoPipelines.error().code, Error::Code::Invalid);
        QVERIFY2(twoPipelines.error().message.contains(u"only leads of one pipeline"_s), qPrintable(twoPipelines.error().message));
        QCOMPARE(merge(m_keep, 999999).error().code, Error::Code::NotFound);
        // A value the survivor cannot take is refused as the edit would be.
        auto bad = merge(m_keep, m_other, {{u"email"_s, u"nie-e-mail"_s}});
        QCOMPARE(bad.error().code, Error::Code::Invalid);
        QVERIFY2(bad.error().message.contains(u"E-mail"_s), qPrintable(bad.error().message));
        // Versions the caller saw, changed meanwhile.
        MergeRequest stale;
        stale.keepId = m_keep;
        stale.otherId = m_other;
        stale.keepVersion = keepBefore.version;
        stale.otherVersion = otherBefore.version - 1;
        QCOMPARE(await(m_backend->leads().mergeLeads(Principal::owner(), stale)).error().code, Error::Code::Conflict);
        // A rep merges only what they may change.
        const qint64 piotrs = lead(m_b2b, {{u"company"_s, u"Okna Piotra"_s}, {u"owner"_s, u"Piotr Wiśniewski"_s}});
        QCOMPARE(merge(m_keep, piotrs, {}, m_anna).error().code, Error::Code::Forbidden);

        const Lead keepAfter = load(m_keep);
        const Lead otherAfter = load(m_other);
        QCOMPARE(keepAfter.version, keepBefore.version);
        QCOMPARE(otherAfter.version, otherBefore.version);
        QCOMPARE(otherAfter.mergedInto, 0);
        QCOMPARE(keepAfter.values, keepBefore.values);
        QCOMPARE(await(m_backend->leads().tasks(Principal::owner(), m_other))->size(), 1);
    }

    void theSurvivorsStageStillGetsWhatItRequires()
    {
        // The survivor is in SQL, which requires a job title; choosing none is refused.
        QVERIFY(await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{m_keep}, stageId(u"SQL"_s),
            {{u"industry"_s, u"Produkcja"_s}, {u"employees"_s, u"120"_s}, {u"job_title"_s, u"Dyrektor"_s}, {u"pains"_s, u"Terminy"_s}}, {}, {}, {}})));
        auto refused = merge(m_keep, m_other, {{u"job_title"_s, u""_s}});
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QCOMPARE(load(m_other).mergedInto, 0);
        // The survivor's own job title stays; the other's is named as not kept.
        auto merged = merge(m_keep, m_other);
        QVERIFY(merged.has_value());
        QCOMPARE(merged->value(u"job_title"_s).toString(), u"Dyrektor"_s);
        QCOMPARE(merged->stageId, stageId(u"SQL"_s));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
