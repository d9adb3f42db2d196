// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every write says what happened: the domain events of its unit of work reach a hook
// before the commit, inside the transaction (a failing hook undoes the whole write), and
// the change notice after it. On SQLite and on a real PostgreSQL server.
#include "Await.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "DomainEventHook.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "UnitOfWork.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = DomainEvent::Kind;

// Keeps what it was given; when told to, first writes a note through the write's own
// unit of work (to show that its writes share the transaction), then fails.
class RecordingHook final : public DomainEventHook
{
public:
    Result<void> beforeCommit(UnitOfWork &work, const DomainEvents &events) override
    {
        QMutexLocker lock(&mutex);
        ++calls;
        seen += events;
        inTransaction = inTransaction && work.db().inTransaction();
        if (!fail)
            return ok();
        for (const DomainEvent &e : events)
            if (e.kind == Kind::LeadCreated || e.kind == Kind::StageEntered) {
                auto wrote = work.db().exec(u"INSERT INTO activities (lead_id, kind, occurred_at, subject) VALUES (?, 'note', 0, 'by the hook')"_s,
                                            {e.leadId});
                if (!wrote)
                    return std::unexpected(wrote.error());
                break;
            }
        return std::unexpected(Error{Error::Code::Refused, u"the test hook refuses"_s, {}, {}, {}, 0});
    }
    QList<Kind> kinds() const
    {
        QList<Kind> k;
        for (const DomainEvent &e : seen)
            k.append(e.kind);
        return k;
    }

    QMutex mutex;
    DomainEvents seen;
    int calls = 0;
    bool fail = false;
    bool inTransaction = true;
};

} // namespace

class TestDomainEvents : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    std::shared_ptr<RecordingHook> m_hook;
    Pipeline m_pipeline;
    qint64 m_anna = 0;
    qint64 m_piotr = 0;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }
    qint64 count(const QString &sql)
    {
        auto n = await(m_backend->store().run([sql](Database &db) { return db.scalar(sql); }));
        return n ? n->toLongLong() : -1;
    }
    static ImportRow row(int line, const FieldInput &fields, const QString &stageName = {})
    {
        ImportRow r;
        r.line = line;
        r.stage = stageName;
        r.fields = fields;
        return r;
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
        auto opened = await(m_backend->open());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        auto anna = await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, u"anna@firma.pl"_s, 0, u"Sales"_s, u"rep"_s, true}));
        auto piotr = await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Piotr Zieliński"_s, u"piotr@firma.pl"_s, 0, u"Sales"_s, u"rep"_s, true}));
        QVERIFY(anna && piotr);
        m_anna = anna->id;
        m_piotr = piotr->id;
        m_hook = std::make_shared<RecordingHook>();
        m_backend->leads().setEventHook(m_hook);
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void aLeadsLifeIsToldInEvents()
    {
        QSignalSpy notices(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Okna Sp. z o.o."_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}));
        QVERIFY(lead.has_value());
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::LeadCreated, Kind::StageEntered}));
        QCOMPARE(m_hook->seen[0].toStageId, stage(u"New leads"_s).id);
        QCOMPARE(m_hook->seen[0].newOwnerId, m_anna);
        QCOMPARE(m_hook->seen[1].fromStageId, 0);
        QCOMPARE(m_hook->seen[1].at, m_now);

        m_hook->seen.clear();
        auto edited = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{lead->id, lead->version, {{u"employees"_s, u"120"_s}, {u"owner"_s, u"Piotr Zieliński"_s}}, {}}));
        QVERIFY(edited.has_value());
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::FieldChanged, Kind::OwnerChanged}));
        QCOMPARE(m_hook->seen[0].field, u"employees"_s);
        QVERIFY(m_hook->seen[0].oldValue.isNull());
        QCOMPARE(m_hook->seen[0].newValue.toLongLong(), 120);
        QCOMPARE(m_hook->seen[1].oldOwnerId, m_anna);
        QCOMPARE(m_hook->seen[1].newOwnerId, m_piotr);

        // Lost with its reason and comment, then back: the reason's clearing is an edit.
        m_hook->seen.clear();
        auto lost = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead->id}, stage(u"Lost"_s).id, {{u"lost_reason"_s, u"price"_s}}, u"too dear"_s, {}, {}}));
        QVERIFY2(lost.has_value(), qPrintable(lost ? QString() : lost.error().message));
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::FieldChanged, Kind::FieldChanged, Kind::StageEntered, Kind::LeadLost}));
        QCOMPARE(m_hook->seen[0].field, u"lost_reason"_s);
        QCOMPARE(m_hook->seen[1].field, u"lost_comment"_s);
        QCOMPARE(m_hook->seen[1].newValue.toString(), u"too dear"_s);
        QCOMPARE(m_hook->seen[3].newValue.toString(), u"price"_s);
        m_hook->seen.clear();
        auto back = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead->id}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(back.has_value());
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::FieldChanged, Kind::StageEntered, Kind::LeadReactivated}));
        QCOMPARE(m_hook->seen[0].field, u"lost_reason"_s);
        QCOMPARE(m_hook->seen[0].oldValue.toString(), u"price"_s);
        QVERIFY(m_hook->seen[0].newValue.isNull());
        QCOMPARE(m_hook->seen[2].fromStageId, stage(u"Lost"_s).id);

        m_hook->seen.clear();
        auto call = await(m_backend->leads().logActivity(Principal::owner(), NewActivity{lead->id, u"call"_s, u"First call"_s, {}, {}, {}}));
        QVERIFY(call.has_value());
        auto task = await(m_backend->leads().createTask(Principal::owner(), NewTask{lead->id, u"Send the offer"_s, m_now.addDays(2), {}, {}}));
        QVERIFY(task.has_value());
        QVERIFY(await(m_backend->leads().rescheduleTask(Principal::owner(), task->id, m_now.addDays(3))).has_value());
        QVERIFY(await(m_backend->leads().completeTask(Principal::owner(), task->id)).has_value());
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::ActivityLogged, Kind::TaskCreated, Kind::TaskRescheduled, Kind::TaskDone}));
        QCOMPARE(m_hook->seen[0].activityId, call->id);
        QCOMPARE(m_hook->seen[0].activityKind, u"call"_s);
        QCOMPARE(m_hook->seen[1].taskId, task->id);
        QCOMPARE(m_hook->seen[2].newValue.toDateTime(), m_now.addDays(3));
        QVERIFY(m_hook->inTransaction);

        // The history keeps the reason's clearing and the comment as field edits.
        QCOMPARE(count(u"SELECT COUNT(*) FROM activities WHERE kind = 'field_edit' AND field = 'lost_reason' AND COALESCE(new_value, '') = '' AND old_value = 'price'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM activities WHERE kind = 'field_edit' AND field = 'lost_comment' AND new_value = 'too dear'"_s), 1);

        // After the commit, each notice carries its write's events.
        QTRY_COMPARE(notices.size(), 8); // create, edit, lost, back, call, task, reschedule, done
        const auto noticeKinds = [&](int i) {
            QList<Kind> k;
            for (const DomainEvent &e : notices.at(i).at(0).value<LeadChange>().events)
                k.append(e.kind);
            return k;
        };
        QCOMPARE(noticeKinds(0), (QList<Kind>{Kind::LeadCreated, Kind::StageEntered}));
        QCOMPARE(noticeKinds(2), (QList<Kind>{Kind::FieldChanged, Kind::FieldChanged, Kind::StageEntered, Kind::LeadLost}));
        QCOMPARE(noticeKinds(7), (QList<Kind>{Kind::TaskDone}));
    }

    void aFailingHookUndoesTheWholeWrite()
    {
        QSignalSpy notices(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        auto lead = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Okna Sp. z o.o."_s}}, {}}));
        QVERIFY(lead.has_value());
        QTRY_COMPARE(notices.size(), 1);
        m_hook->fail = true;

        auto refused = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Drzwi S.A."_s}}, {}}));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message, u"the test hook refuses"_s);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{lead->id}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(!moved.has_value());
        auto imported = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{m_pipeline.id, {row(2, {{u"company"_s, u"Szkło sp.j."_s}})}, {}}));
        QVERIFY(!imported.has_value());

        // Nothing of any of them: no lead, no move, no history, not the hook's own note.
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM stage_changes"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM activities WHERE subject = 'by the hook'"_s), 0);
        auto reloaded = await(m_backend->leads().lead(Principal::owner(), lead->id));
        QVERIFY(reloaded.has_value());
        QCOMPARE(reloaded->stageId, stage(u"New leads"_s).id);
        QCOMPARE(reloaded->version, lead->version);
        QTest::qWait(50);
        QCOMPARE(notices.size(), 1); // the first create's, and none of the refused writes

    }

    void anImportTellsWhatSingleWritesTell()
    {
        ImportOptions options;
        options.dedupe = ImportOptions::Dedupe::Update;
        const QList<ImportRow> rows{row(2, {{u"company"_s, u"Okna Sp. z o.o."_s}, {u"email"_s, u"jan@okna.pl"_s}}),
                                    row(3, {{u"company"_s, u"Drzwi S.A."_s}, {u"email"_s, u"not an e-mail"_s}}),
                                    row(4, {{u"company"_s, u"Szkło sp.j."_s}}, u"Qualification"_s)};
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{m_pipeline.id, rows, options}));
        QVERIFY(report.has_value());
        QCOMPARE(report->count(ImportOutcome::Status::Imported), 2);
        QCOMPARE(report->count(ImportOutcome::Status::Rejected), 1);
        // The rejected row tells nothing; each imported one what createLead() tells.
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::LeadCreated, Kind::StageEntered, Kind::LeadCreated, Kind::StageEntered}));
        QCOMPARE(m_hook->seen[0].leadId, report->outcomes[0].leadId);
        QCOMPARE(m_hook->seen[2].leadId, report->outcomes[2].leadId);
        QCOMPARE(m_hook->seen[3].toStageId, stage(u"Qualification"_s).id);
        QCOMPARE(m_hook->seen[3].rule, u"import"_s);
        QCOMPARE(m_hook->calls, 1); // one batch, one transaction

        // An update through --dedupe update says what changed, as an edit would.
        m_hook->seen.clear();
        auto again = await(m_backend->leads().importRows(Principal::owner(), 
            ImportBatch{m_pipeline.id, {row(2, {{u"email"_s, u"jan@okna.pl"_s}, {u"city"_s, u"Poznań"_s}})}, options}));
        QVERIFY(again.has_value());
        QCOMPARE(again->count(ImportOutcome::Status::Updated), 1);
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::FieldChanged}));
        QCOMPARE(m_hook->seen[0].field, u"city"_s);

        // History: created in the first stage at its date, moved at its date, won.
        m_hook->seen.clear();
        ImportRow won = row(5, {{u"company"_s, u"Meble Kowalski"_s}, {u"value"_s, u"10000"_s}}, u"Won"_s);
        won.createdAt = u"2025-01-10"_s;
        won.closedAt = u"2025-03-01"_s;
        auto history = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{m_pipeline.id, {won}, options}));
        QVERIFY(history.has_value());
        QCOMPARE(history->count(ImportOutcome::Status::Imported), 1);
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::LeadCreated, Kind::StageEntered, Kind::StageEntered, Kind::LeadWon}));
        QCOMPARE(m_hook->seen[0].at, QDateTime(QDate(2025, 1, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(m_hook->seen[2].toStageId, stage(u"Won"_s).id);
        QCOMPARE(m_hook->seen[3].at, QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC));

        // A dry run writes nothing and so tells nothing.
        m_hook->seen.clear();
        options.dryRun = true;
        auto dry = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{m_pipeline.id, {row(6, {{u"company"_s, u"Nowa"_s}})}, options}));
        QVERIFY(dry.has_value());
        QCOMPARE(dry->count(ImportOutcome::Status::Imported), 1);
        QVERIFY(m_hook->seen.isEmpty());
    }

    void aBigChangesNoticeLeavesItsEventsToTheHook()
    {
        QSignalSpy notices(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        QList<ImportRow> rows;
        for (int i = 0; i < 600; ++i)
            rows.append(row(i + 2, {{u"company"_s, u"Firma %1"_s.arg(i)}}));
        auto report = await(m_backend->leads().importRows(Principal::owner(), ImportBatch{m_pipeline.id, rows, {}}));
        QVERIFY(report.has_value());
        QCOMPARE(m_hook->seen.size(), 1200); // the hook gets every one
        QTRY_COMPARE(notices.size(), 1);
        const LeadChange change = notices.at(0).at(0).value<LeadChange>();
        QCOMPARE(change.leadIds.size(), 600);
        QVERIFY(change.eventsOmitted);
        QVERIFY(change.events.isEmpty());
    }

    // With no hook, nothing but a notice would read them: a big change keeps none at all
    // (no event memory for nobody), a small one still tells its notice.
    void withoutAHookABigChangeKeepsNoEvents()
    {
        m_backend->leads().setEventHook(nullptr);
        QSignalSpy notices(&m_backend->notifier(), &ChangeNotifier::leadsChanged);
        QList<ImportRow> rows;
        for (int i = 0; i < 600; ++i)
            rows.append(row(i + 2, {{u"company"_s, u"Firma %1"_s.arg(i)}}));
        QVERIFY(await(m_backend->leads().importRows(Principal::owner(), ImportBatch{m_pipeline.id, rows, {}})).has_value());
        QTRY_COMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(0).value<LeadChange>().eventsOmitted);
        QVERIFY(notices.at(0).at(0).value<LeadChange>().events.isEmpty());
        QVERIFY(await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {}, {{u"company"_s, u"Okna"_s}}, {}})).has_value());
        QTRY_COMPARE(notices.size(), 2);
        const LeadChange small = notices.at(1).at(0).value<LeadChange>();
        QVERIFY(!small.eventsOmitted);
        QCOMPARE(small.events.size(), 2);
        QCOMPARE(small.events[0].kind, Kind::LeadCreated);
    }

    void anAllOrNothingImportRunsTheHookInsideItsTransaction()
    {
        auto transaction = m_backend->leads().beginImport(Principal::owner());
        auto first = await(transaction->importRows(ImportBatch{m_pipeline.id, {row(2, {{u"company"_s, u"Okna"_s}})}, {}}));
        QVERIFY(first.has_value());
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::LeadCreated, Kind::StageEntered}));
        m_hook->fail = true;
        auto second = await(transaction->importRows(ImportBatch{m_pipeline.id, {row(3, {{u"company"_s, u"Drzwi"_s}})}, {}}));
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().message, u"the test hook refuses"_s);
        transaction.reset(); // not committed: rolled back
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads"_s), 0);
    }

    void historyRecordedAsItHappenedTellsItsMoves()
    {
        HistoricLead h;
        h.lead.pipelineId = m_pipeline.id;
        h.lead.stageId = stage(u"Qualification"_s).id;
        h.lead.version = 1;
        h.lead.values.insert(u"company"_s, u"Okna"_s);
        h.lead.createdAt = m_now.addDays(-10);
        h.lead.updatedAt = h.lead.stageEnteredAt = h.lead.lastActivityAt = m_now.addDays(-3);
        h.moves = {{0, stage(u"New leads"_s).id, m_now.addDays(-10), m_anna},
                   {stage(u"New leads"_s).id, stage(u"Qualification"_s).id, m_now.addDays(-3), m_anna}};
        auto written = await(m_backend->leads().recordHistory(Principal::owner(), {h}));
        QVERIFY(written.has_value());
        QCOMPARE(m_hook->kinds(), (QList<Kind>{Kind::LeadCreated, Kind::StageEntered, Kind::StageEntered}));
        QCOMPARE(m_hook->seen[0].toStageId, stage(u"New leads"_s).id);
        QCOMPARE(m_hook->seen[2].at, m_now.addDays(-3));
    }
};

QTEST_GUILESS_MAIN(TestDomainEvents)
#include "tst_domainevents.moc"
