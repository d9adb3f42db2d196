// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "DryRunKeyRepository.h"
#include "ImportBatch.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "LostReason.h"
#include "PageRequest.h"
#include "Pipeline.h"
#include "StageTotals.h"
#include "TimelineEntry.h"
#include "User.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace lejek {

// The rules of DOMAIN.md applied to one database, synchronously, on the store thread.
// Every writing command runs in one transaction and reports the change it made, so
// the caller can notify views after the commit.
class LeadCommands
{
public:
    LeadCommands(Database &db, QDateTime now, qint64 actingUserId);

    Result<Lead> create(const NewLead &request, LeadChange *change);
    Result<Lead> update(const LeadEdit &request, LeadChange *change);
    Result<QList<Lead>> move(const MoveRequest &request, LeadChange *change);
    Result<Lead> load(qint64 leadId);
    Result<QList<TimelineEntry>> timeline(qint64 leadId);
    Result<Activity> logActivity(const NewActivity &request, LeadChange *change);
    Result<Task> createTask(const NewTask &request, LeadChange *change);
    Result<Task> completeTask(qint64 taskId, LeadChange *change);
    Result<Task> rescheduleTask(qint64 taskId, const QDateTime &dueAt, LeadChange *change);
    Result<QList<Task>> tasks(qint64 leadId);
    Result<StagePage> page(qint64 pipelineId, const PageRequest &request);
    Result<QList<StageTotals>> totals(qint64 pipelineId, const LeadFilter &filter);
    Result<int> recordHistory(const QList<HistoricLead> &leads);
    Result<ImportReport> importRows(const ImportBatch &batch, LeadChange *change);

private:
    // "the pipeline … has no stage …", for every path that names a stage (create, import, history).
    static Error noSuchStage(const Pipeline &pipeline, const QString &stageName);
    Result<Pipeline> pipelineOf(qint64 leadId);
    Result<void> checkFilter(const LeadFilter &filter) const;
    // create() in a pipeline the caller has loaded; returns the new lead's id.
    Result<qint64> createIn(const Pipeline &pipeline, const NewLead &request, LeadChange *change);
    // The checks of create() before its first write: the new lead and its stage. Writes
    // only an owner created while importing with --create-owners.
    Result<Lead> prepareNew(const Pipeline &pipeline, const NewLead &request, const Stage **stage);
    // The user of that name or e-mail; those found are kept for the rest of this unit of
    // work (an import batch names the same few owners thousands of times).
    Result<std::optional<User>> findUser(const QString &nameOrEmail);
    // Parses the text values into `lead`, collecting every field error; "owner" is
    // resolved to a user. Returns the keys that changed.
    Result<QStringList> applyInput(const Pipeline &pipeline, const FieldInput &input, Lead &lead);
    Result<void> recordFieldEdits(const Pipeline &pipeline, const Lead &before, const Lead &after,
                                  const QStringList &keys, const QString &rule);
    // Stage bookkeeping of entering `target`: times, closing, the won customer.
    Result<void> enterStage(const Pipeline &pipeline, Lead &lead, const Stage &target);
    Result<void> checkLostReason(const Lead &lead);
    Error refusal(const QList<GateRefusal> &refusals) const;
    // A timeline entry by the acting user (or `rule`), now.
    Activity activity(qint64 leadId, const QString &kind, const QString &rule = {}) const;
    // Marks activity on a lead (it stops rotting) without a new version.
    Result<void> touch(qint64 leadId, const QDateTime &at);
    ImportOutcome importRow(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options, LeadChange *change);
    // importRow() under its own savepoint: the per-row path (history, updates, owners to
    // create, and every row of a batch whose multi-row write failed).
    Result<ImportOutcome> importRowAlone(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                         LeadChange *change);
    struct ImportState;
    enum class ImportWrites { MultiRow, RowByRow };
    // One batch in one transaction (or, inside an import's own transaction, under one
    // savepoint). With MultiRow, a multi-row write that fails sets `*retryRowByRow` and
    // rolls the whole batch back. A dry run rolls back too, and
    // gives the duplicate keys of the rows it would have written in `*dryRunKeys`.
    Result<ImportReport> importBatch(const Pipeline &pipeline, const ImportBatch &batch, ImportWrites writes,
                                     LeadChange *change, bool *retryRowByRow, QList<DryRunKeyRepository::Key> *dryRunKeys);
    // A new lead in an open stage, checked like createIn() without writing, is queued
    // for one multi-row write; other rows go through importRowAlone().
    Result<void> importInBatch(ImportState &state, qsizetype rowIndex);
    // A dry run's row that would fill and change the lead an earlier batch's row (at
    // `line`) made. That lead is not in the database, its batch was rolled back, so the
    // row's values and stage are checked on their own.
    Result<void> dryRunUpdate(ImportState &state, qsizetype rowIndex, int line);
    // Writes the queued leads with their stage changes and "created" entries. Under no
    // savepoint of its own: a savepoint makes SQLite keep a statement journal that every
    // later statement of the transaction walks, which cost a tenth of an import.
    Result<void> flushQueued(ImportState &state);
    // A row with dates: inserted with its stage changes at those dates (closed rows are
    // history and pass no gate; open ones meet their stage's gate like any move).
    Result<qint64> importHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                  ImportOutcome *outcome, LeadChange *change);
    // The checks of importHistoric() before its first write, and the lead they give:
    // in its stage, with its dates. Writes only an owner created with --create-owners.
    Result<Lead> prepareHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                 ImportOutcome *outcome);
    // A won lead's customer, found by NIP or company, or made.
    Result<void> attachCustomer(const Pipeline &pipeline, Lead &lead);
    // What importing history records for leads just inserted (`ids`): created in the
    // first stage, moved to their own, at their dates; the customer's first lead.
    Result<void> recordImportedHistory(const Pipeline &pipeline, const QList<Lead> &leads, const QList<qint64> &ids);

    Database &m_db;
    QDateTime m_now;
    qint64 m_userId;
    QString m_createOwnersInTeam; // set while importing with --create-owners
    QHash<QString, User> m_users; // findUser()'s, by the name or e-mail asked for
    QHash<QString, qint64> m_customers; // attachCustomer()'s found, by NIP and company
    std::optional<QList<LostReason>> m_lostReasons; // read once per unit of work
};

} // namespace lejek
