// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadImport.h"

#include "DryRunKeyRepository.h"
#include "DuplicateRepository.h"
#include "HistoryRepository.h"
#include "ImportState.h"
#include "LeadMatchRepository.h"
#include "LeadRepository.h"
#include "TableStatistics.h"
#include "Visibility.h"
#include "WebDomain.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::LeadImport", text); }

const QString kOwner = u"owner"_s;
const QString kStage = u"stage"_s;

} // namespace

LeadImport::LeadImport(UnitOfWork &work) : m_work(work), m_writes(work), m_history(work) {}

ImportOutcome LeadImport::importRow(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                      LeadChange *change)
{
    ImportOutcome outcome;
    outcome.line = row.line;
    const auto reject = [&](const QString &reason) {
        outcome.status = ImportOutcome::Status::Rejected;
        outcome.reason = reason;
        return outcome;
    };
    const auto normalized = [&](const QString &key) { return ImportState::duplicateKey(pipeline, row, key); };
    if (options.dedupe != ImportOptions::Dedupe::Allow) {
        const std::array<QString, 3> keys{normalized(ImportState::kDuplicateKeys[0]), normalized(ImportState::kDuplicateKeys[1]), normalized(ImportState::kDuplicateKeys[2])};
        auto duplicate = LeadMatchRepository(m_work.db()).findDuplicate(pipeline.id, keys[0], keys[1], ImportState::looksUpBy(2, keys) ? keys[2] : QString());
        if (!duplicate)
            return reject(duplicate.error().message);
        if (*duplicate) {
            outcome.leadId = **duplicate;
            if (options.dedupe == ImportOptions::Dedupe::Skip) {
                outcome.status = ImportOutcome::Status::Skipped;
                outcome.reason = tr("duplicate of lead %1 (same external id, e-mail or NIP)").arg(**duplicate);
                return outcome;
            }
            // Fill and change: an empty cell does not clear what the lead has.
            FieldInput fields;
            for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
                if (!it.value().trimmed().isEmpty())
                    fields.insert(it.key(), it.value());
            // A stage column moves the lead, through its gate, after the fields are in:
            // the row's values can be what the stage asks for.
            QString stageName = row.stage.trimmed();
            if (fields.contains(kStage))
                stageName = fields.take(kStage).trimmed();
            const Stage *target = stageName.isEmpty() ? nullptr : pipeline.stageByName(stageName);
            if (!stageName.isEmpty() && !target)
                return reject(LeadWrites::noSuchStage(pipeline, stageName).message);
            FieldInput moveFields;
            if (target && target->kind == StageKind::Lost) {
                const QString reason = fields.take(u"lost_reason"_s).trimmed();
                moveFields.insert(u"lost_reason"_s, reason.isEmpty() ? options.defaultLostReason : reason);
            }
            LeadChange updatedChange;
            auto updated = m_writes.update(LeadEdit{**duplicate, 0, fields, u"import"_s}, &updatedChange);
            if (!updated)
                return reject(updated.error().message);
            if (target && target->id != updated->stageId) {
                LeadChange movedChange;
                // Its own savepoint: a refused move must not undo the update it may keep.
                Savepoint moveUnit(m_work.db());
                if (!moveUnit.started())
                    return reject(moveUnit.started().error().message);
                const qsizetype eventMark = m_work.eventMark();
                auto moved = m_writes.move(MoveRequest{{updated->id}, target->id, moveFields, {}, {}, u"import"_s}, &movedChange);
                if (moved)
                    if (auto r = moveUnit.release(); !r)
                        moved = std::unexpected(r.error());
                if (!moved)
                    m_work.dropEvents(eventMark);
                if (!moved && moved.error().code == Error::Code::Refused && options.gate == ImportOptions::Gate::FirstStage) {
                    // Keep the lead where it is (moving it back to the first stage would undo work).
                    const Stage *current = pipeline.stage(updated->stageId);
                    outcome.reason = tr("stays in %1: %2").arg(current ? current->name : QString(), moved.error().message);
                } else if (!moved) {
                    return reject(moved.error().message); // the row's savepoint undoes the update too
                } else {
                    if (updatedChange.leadIds.isEmpty())
                        updatedChange.leadIds = movedChange.leadIds; // moved, its fields unchanged
                    updatedChange.fromStageIds += movedChange.fromStageIds;
                    updatedChange.toStageIds += movedChange.toStageIds;
                }
            }
            if (updatedChange.leadIds.isEmpty()) {
                // Nothing in the row differs from the lead: nothing written, nothing recorded.
                outcome.status = ImportOutcome::Status::Skipped;
                outcome.reason = outcome.reason.isEmpty() ? tr("lead %1 already has these values").arg(updated->id)
                                                          : tr("lead %1 unchanged: %2").arg(updated->id).arg(outcome.reason);
                return outcome;
            }
            outcome.status = ImportOutcome::Status::Updated;
            change->leadIds += updatedChange.leadIds;
            change->fromStageIds += updatedChange.fromStageIds;
            change->toStageIds += updatedChange.toStageIds;
            return outcome;
        }
    }
    if (row.hasHistory() || (pipeline.stageByName(row.stage) && pipeline.stageByName(row.stage)->isClosed())) {
        auto id = m_history.importHistoric(pipeline, row, options, &outcome, change);
        if (!id)
            return reject(id.error().message);
        outcome.status = ImportOutcome::Status::Imported;
        outcome.leadId = *id;
        return outcome;
    }
    LeadChange createdChange;
    // The batch's pipeline, loaded once: a row costs its own statements only.
    auto created = m_writes.createIn(pipeline, NewLead{pipeline.id, row.stage, row.fields, u"import"_s}, &createdChange);
    if (!created && created.error().code == Error::Code::Refused && options.gate == ImportOptions::Gate::FirstStage) {
        const Stage *wanted = pipeline.stageByName(row.stage);
        const Stage *first = pipeline.firstStage();
        // Only an open stage falls back: a won or lost row is history, not work to redo.
        if (wanted && first && wanted->kind == StageKind::Open && wanted->id != first->id) {
            const QString why = created.error().message;
            created = m_writes.createIn(pipeline, NewLead{pipeline.id, first->name, row.fields, u"import"_s}, &createdChange);
            outcome.reason = tr("placed in %1 instead: %2").arg(first->name, why);
        }
    }
    if (!created)
        return reject(created.error().message);
    outcome.status = ImportOutcome::Status::Imported;
    outcome.leadId = *created;
    change->leadIds += createdChange.leadIds;
    change->toStageIds += createdChange.toStageIds;
    return outcome;
}

Result<ImportReport> LeadImport::importRows(const ImportBatch &batch, LeadChange *change)
{
    auto pipeline = m_work.pipeline(batch.pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    const bool dryRun = batch.options.dryRun;
    DryRunKeyRepository dryRunKeys(m_work.db());
    if (dryRun && (batch.continuesRun || !batch.endsRun))
        if (auto r = dryRunKeys.open(!batch.continuesRun); !r)
            return std::unexpected(r.error());
    // Leads already there with a new row's web domain, looked up before the batch writes
    // its own: the same company under another contact is flagged, not merged.
    auto sameDomain = existingDomains(*pipeline, batch);
    if (!sameDomain)
        return std::unexpected(sameDomain.error());
    bool retryRowByRow = false;
    QList<DryRunKeyRepository::Key> wouldWrite;
    auto report = importBatch(*pipeline, batch, ImportState::Writes::MultiRow, change, &retryRowByRow, &wouldWrite);
    // A statement failed that the checks did not foresee: the batch again, each row on its
    // own, so each stands or falls alone with its own reason.
    if (retryRowByRow)
        report = importBatch(*pipeline, batch, ImportState::Writes::RowByRow, change, nullptr, &wouldWrite);
    if (report)
        flagSameDomain(*sameDomain, *report);
    if (!report || !dryRun)
        return report;
    // The batch is rolled back by now: what it would have written is kept for the rest
    // of the run, or, at its end, let go.
    if (!batch.endsRun) {
        if (auto r = dryRunKeys.add(wouldWrite); !r)
            return std::unexpected(r.error());
    } else if (batch.continuesRun) {
        if (auto r = dryRunKeys.close(); !r)
            return std::unexpected(r.error());
    }
    return report;
}

Result<LeadImport::DomainMatches> LeadImport::existingDomains(const Pipeline &pipeline, const ImportBatch &batch)
{
    DomainMatches matches;
    QStringList domains;
    QSet<QString> seen;
    for (const ImportRow &row : batch.rows) {
        const QString domain = WebDomain::of(row.fields.value(u"website"_s), row.fields.value(u"email"_s));
        if (domain.isEmpty())
            continue;
        matches.byLine.insert(row.line, domain);
        if (!seen.contains(domain)) {
            seen.insert(domain);
            domains.append(domain);
        }
    }
    if (domains.isEmpty())
        return matches;
    auto scope = Visibility(m_work).scope(pipeline.id);
    if (!scope)
        return std::unexpected(scope.error());
    auto first = DuplicateRepository(m_work.db()).firstByWebDomain(pipeline.id, domains, *scope);
    if (!first)
        return std::unexpected(first.error());
    matches.leadByDomain = *first;
    return matches;
}

void LeadImport::flagSameDomain(const DomainMatches &matches, ImportReport &report)
{
    // As each row alone would be told: the first lead with its domain, already there or
    // made by an earlier row of the batch.
    QHash<QString, qint64> first = matches.leadByDomain;
    for (ImportOutcome &o : report.outcomes) {
        if (o.status != ImportOutcome::Status::Imported)
            continue;
        const QString domain = matches.byLine.value(o.line);
        if (domain.isEmpty())
            continue;
        const qint64 other = first.value(domain);
        if (!other) {
            if (o.leadId) // a dry run's leads have no id to name
                first.insert(domain, o.leadId);
            continue;
        }
        const QString flag = tr("same web domain as lead %1 (%2): see lejek-cli duplicates").arg(other).arg(domain);
        o.reason = o.reason.isEmpty() ? flag : o.reason + u"; "_s + flag;
    }
}

Result<void> LeadImport::dryRunUpdate(ImportState &state, qsizetype rowIndex, int line)
{
    const ImportRow &row = state.batch.rows[rowIndex];
    ImportOutcome outcome;
    outcome.line = row.line;
    const auto done = [&](ImportOutcome::Status status, const QString &reason) {
        outcome.status = status;
        outcome.reason = reason;
        state.report.outcomes.append(outcome);
        return ok();
    };
    // As importRow() fills a lead: an empty cell changes nothing, a stage column moves.
    FieldInput fields;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
        if (!it.value().trimmed().isEmpty())
            fields.insert(it.key(), it.value());
    const QString stageName = fields.contains(kStage) ? fields.take(kStage).trimmed() : row.stage.trimmed();
    if (!stageName.isEmpty() && !state.pipeline.stageByName(stageName))
        return done(ImportOutcome::Status::Rejected, LeadWrites::noSuchStage(state.pipeline, stageName).message);
    Lead probe;
    probe.pipelineId = state.pipeline.id;
    if (auto applied = m_writes.applyInput(state.pipeline, fields, probe); !applied)
        return done(ImportOutcome::Status::Rejected, applied.error().message);
    return done(ImportOutcome::Status::Updated, tr("updates the lead of line %1").arg(line));
}

Result<ImportReport> LeadImport::importBatch(const Pipeline &pipeline, const ImportBatch &batch, ImportState::Writes writes,
                                               LeadChange *change, bool *retryRowByRow,
                                               QList<DryRunKeyRepository::Key> *dryRunKeys)
{
    // Alone, the batch is one transaction. Inside an import's own transaction (all or
    // nothing, LocalImportTransaction) it is a savepoint of it, so that a multi-row
    // write that fails undoes this batch alone before the retry row by row.
    const bool insideImport = m_work.db().inTransaction();
    std::optional<Transaction> tx;
    std::optional<Savepoint> savepoint;
    if (insideImport)
        savepoint.emplace(m_work.db());
    else
        tx.emplace(m_work.db());
    if (const Result<void> &started = insideImport ? savepoint->started() : tx->started(); !started)
        return std::unexpected(started.error());
    m_work.createOwnersInTeam = batch.options.createOwnersInTeam.simplified();
    // A batch run again (row by row) may have lost the owners and customers it made.
    m_work.forgetFound();
    ImportState state(pipeline, batch);
    state.writes = writes;
    // The batch's events go with its writes: none survive a batch rolled back.
    const qsizetype eventMark = m_work.eventMark();
    const auto failed = [&](const Error &error) -> Result<ImportReport> {
        if (state.multiRowWriteFailed && retryRowByRow)
            *retryRowByRow = true;
        m_work.dropEvents(eventMark);
        return std::unexpected(error); // `tx` or `savepoint` rolls the batch back
    };
    if (auto r = state.load(m_work.db(), 0); !r)
        return std::unexpected(r.error());
    for (qsizetype i = 0; i < batch.rows.size(); ++i)
        if (auto r = importInBatch(state, i); !r)
            return failed(r.error());
    if (auto r = flushQueued(state); !r)
        return failed(r.error());
    if (batch.options.dryRun) {
        *dryRunKeys = state.writtenKeys();
        m_work.dropEvents(eventMark);
        return state.report; // the unit of work rolls back: nothing written
    }
    // Inside an import's own transaction the hook runs per batch, before its savepoint
    // is released: still before the one commit, and the events of a file stay bounded.
    if (insideImport)
        if (auto r = m_work.runHook(); !r) {
            m_work.dropEvents(eventMark);
            return std::unexpected(r.error());
        }
    if (auto r = insideImport ? savepoint->release() : m_work.commit(*tx); !r) {
        m_work.dropEvents(eventMark);
        return std::unexpected(r.error());
    }
    *change = state.done;
    return state.report;
}

Result<ImportOutcome> LeadImport::importRowAlone(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                                   LeadChange *change)
{
    Savepoint savepoint(m_work.db());
    if (!savepoint.started())
        return std::unexpected(savepoint.started().error());
    const qsizetype eventMark = m_work.eventMark();
    ImportOutcome outcome = importRow(pipeline, row, options, change);
    const bool wrote = outcome.status == ImportOutcome::Status::Imported || outcome.status == ImportOutcome::Status::Updated;
    if (wrote) {
        if (auto r = savepoint.release(); !r) {
            outcome.status = ImportOutcome::Status::Rejected;
            outcome.reason = r.error().message;
        }
    }
    if (outcome.status != ImportOutcome::Status::Imported && outcome.status != ImportOutcome::Status::Updated)
        m_work.dropEvents(eventMark); // the savepoint took the row's writes back
    return outcome;
}

Result<void> LeadImport::importInBatch(ImportState &state, qsizetype rowIndex)
{
    const ImportRow &row = state.batch.rows[rowIndex];
    const ImportOptions &options = state.batch.options;
    const Pipeline &pipeline = state.pipeline;
    ImportOutcome outcome;
    outcome.line = row.line;
    const auto alone = [&]() -> Result<void> {
        if (auto r = flushQueued(state); !r) // earlier rows first: this one may be their duplicate
            return r;
        auto done = importRowAlone(pipeline, row, options, &state.done);
        if (!done)
            return std::unexpected(done.error());
        state.report.outcomes.append(*done);
        if (done->status == ImportOutcome::Status::Imported)
            state.remember(rowIndex, done->leadId);
        else if (done->status == ImportOutcome::Status::Updated)
            return state.load(m_work.db(), rowIndex + 1);
        return ok();
    };
    const auto reject = [&](const QString &reason) {
        outcome.status = ImportOutcome::Status::Rejected;
        outcome.reason = reason;
        state.report.outcomes.append(outcome);
        return ok();
    };
    // A duplicate of a queued row needs its id: write the queue, then ask again.
    const auto duplicate = [&](auto find) -> Result<ImportState::Duplicate> {
        ImportState::Duplicate found = find();
        if (found.leadId < 0) {
            if (auto r = flushQueued(state); !r)
                return std::unexpected(r.error());
            found = find();
        }
        return found;
    };

    const bool rowByRow = state.writes == ImportState::Writes::RowByRow;
    if (options.dedupe != ImportOptions::Dedupe::Allow) {
        // Row by row, importRow() finds stored duplicates itself: only a dry run's
        // earlier rows are looked up here.
        auto found = rowByRow ? Result<ImportState::Duplicate>(state.find(rowIndex))
                              : duplicate([&] { return state.find(rowIndex); });
        if (!found)
            return std::unexpected(found.error());
        if (found->line > 0 && options.dedupe == ImportOptions::Dedupe::Update)
            return dryRunUpdate(state, rowIndex, found->line);
        if (found->line > 0 || (found->leadId > 0 && !rowByRow && options.dedupe == ImportOptions::Dedupe::Skip)) {
            const int line = found->line > 0 ? found->line : state.lineOfLead.value(found->leadId);
            outcome.status = ImportOutcome::Status::Skipped;
            outcome.leadId = options.dryRun ? 0 : found->leadId; // a dry run's leads are gone
            outcome.reason = line > 0 ? tr("duplicate of the row on line %1 (same external id, e-mail or NIP)").arg(line)
                                      : tr("duplicate of lead %1 (same external id, e-mail or NIP)").arg(found->leadId);
            state.report.outcomes.append(outcome);
            return ok();
        }
        if (found->leadId > 0)
            return alone(); // fills and changes the stored lead, or (row by row) finds it again
    }
    // With --dedupe allow an external id still names one lead: in a dry run, an earlier
    // batch's row may hold it.
    if (const int line = state.earlierExternalIdLine(rowIndex))
        return reject(tr("the row on line %1 already has the external id %2").arg(line).arg(state.rowKeys[rowIndex][0]));
    if (rowByRow)
        return alone();
    const Stage *wanted = pipeline.stageByName(row.stage);
    // A row that creates its owner goes alone, so that a rejection takes the new user
    // back; once the owner exists, the owner's other rows join the batch.
    if (!m_work.createOwnersInTeam.isEmpty()) {
        for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
            if (it.key().trimmed().toLower() != kOwner || it.value().trimmed().isEmpty())
                continue;
            auto owner = m_work.findUser(it.value().trimmed());
            if (!owner)
                return std::unexpected(owner.error());
            if (!*owner)
                return alone();
        }
    }
    // True when no lead has the row's external id; otherwise the row is rejected.
    const auto externalIdFree = [&](const Lead &lead) -> Result<bool> {
        const QString externalId = lead.value(u"external_id"_s).toString();
        if (externalId.isEmpty())
            return true;
        auto found = duplicate([&] { return state.findExternalId(externalId); });
        if (!found)
            return std::unexpected(found.error());
        if (found->leadId <= 0)
            return true;
        if (const int line = state.lineOfLead.value(found->leadId))
            (void)reject(tr("the row on line %1 already has the external id %2").arg(line).arg(externalId));
        else
            (void)reject(tr("lead %1 already has the external id %2").arg(found->leadId).arg(externalId));
        return false;
    };
    const auto queue = [&](const Lead &lead, bool history) {
        outcome.status = ImportOutcome::Status::Imported; // the id comes with flushQueued()
        state.queued.append({lead, lead.stageId, rowIndex, state.report.outcomes.size(), history});
        state.report.outcomes.append(outcome);
        state.remember(rowIndex, -state.queued.size());
        return ok();
    };
    if (row.hasHistory() || (wanted && wanted->isClosed())) {
        auto lead = m_history.prepareHistoric(pipeline, row, options, &outcome);
        if (!lead)
            return reject(lead.error().message);
        auto free = externalIdFree(*lead);
        if (!free || !*free)
            return free ? ok() : Result<void>(std::unexpected(free.error()));
        if (auto r = m_history.attachCustomer(pipeline, *lead); !r)
            return reject(r.error().message);
        return queue(*lead, true);
    }

    const Stage *stage = nullptr;
    auto lead = m_writes.prepareNew(pipeline, NewLead{pipeline.id, row.stage, row.fields, u"import"_s}, &stage);
    if (!lead && lead.error().code == Error::Code::Refused && options.gate == ImportOptions::Gate::FirstStage) {
        const Stage *first = pipeline.firstStage();
        // Only an open stage falls back: a won or lost row is history, not work to redo.
        if (wanted && first && wanted->kind == StageKind::Open && wanted->id != first->id) {
            const QString why = lead.error().message;
            lead = m_writes.prepareNew(pipeline, NewLead{pipeline.id, first->name, row.fields, u"import"_s}, &stage);
            outcome.reason = tr("placed in %1 instead: %2").arg(first->name, why);
        }
    }
    if (!lead)
        return reject(lead.error().message);
    if (stage->kind != StageKind::Open) // a won or lost stage given in the fields: LeadWrites::createIn()'s own path
        return alone();
    auto free = externalIdFree(*lead);
    if (!free || !*free)
        return free ? ok() : Result<void>(std::unexpected(free.error()));
    if (auto r = m_writes.enterStage(pipeline, *lead, *stage); !r)
        return reject(r.error().message);
    return queue(*lead, false);
}

Result<void> LeadImport::flushQueued(ImportState &state)
{
    if (state.queued.isEmpty())
        return ok();
    const QList<ImportState::Queued> queued = std::exchange(state.queued, {});
    QList<Lead> leads;
    leads.reserve(queued.size());
    for (const ImportState::Queued &q : queued)
        leads.append(q.lead);
    const auto failed = [&](const Error &error) -> Result<void> {
        state.multiRowWriteFailed = true;
        return std::unexpected(error);
    };
    LeadRepository repository(m_work.db());
    auto ids = repository.insertMany(state.pipeline, leads);
    if (!ids)
        return failed(ids.error());
    if (auto r = repository.refreshIdStatistics(leads.size()); !r)
        return failed(r.error());
    QList<HistoryRepository::Created> created;
    QList<Lead> historic;
    QList<qint64> historicIds;
    created.reserve(queued.size());
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (queued[i].history) {
            historic.append(queued[i].lead);
            historicIds.append((*ids)[i]);
        } else {
            created.append({(*ids)[i], queued[i].stageId});
        }
    }
    if (auto r = HistoryRepository(m_work.db()).appendCreations(state.pipeline.id, created, m_work.now(), m_work.userId(), u"import"_s); !r)
        return failed(r.error());
    if (auto r = m_history.recordImportedHistory(state.pipeline, historic, historicIds); !r)
        return failed(r.error());
    // The summaries' triggers (migrations 14, 16 and 19) look up the history and summary
    // rows by lead: planned from statistics that call those tables empty (after a killed
    // import), each look-up scanned them, and a 60,000-row import run again took 150-285
    // s instead of 33 s. Counted once this batch is in, they plan the next batches well
    // (this one's triggers have run: a batch at most is written with the old plans).
    for (const auto &[table, column] : {std::pair(u"stage_changes"_s, u"lead_id"_s), std::pair(u"lead_facts"_s, u"lead_id"_s),
                                        std::pair(u"stage_stays"_s, u"lead_id"_s)})
        if (auto r = TableStatistics::refresh(m_work.db(), table, column, queued.size()); !r)
            return failed(r.error());
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (queued[i].history)
            continue;
        Lead lead = queued[i].lead;
        lead.id = (*ids)[i];
        if (const Stage *stage = state.pipeline.stage(queued[i].stageId))
            m_work.recordCreation(state.pipeline, lead, *stage, u"import"_s, m_work.now());
    }
    for (qsizetype i = 0; i < queued.size(); ++i) {
        const ImportState::Queued &q = queued[i];
        const qint64 id = (*ids)[i];
        state.forget(q.row, -(i + 1));
        state.report.outcomes[q.outcome].leadId = id;
        state.done.leadIds.append(id);
        state.done.toStageIds.append(q.stageId);
        state.remember(q.row, id);
    }
    return ok();
}

} // namespace lejek
