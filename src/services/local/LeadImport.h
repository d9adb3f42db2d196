// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DryRunKeyRepository.h"
#include "Error.h"
#include "HistoryImport.h"
#include "ImportBatch.h"
#include "ImportState.h"
#include "LeadChange.h"
#include "LeadWrites.h"
#include "UnitOfWork.h"

namespace lejek {


// Rows of a spreadsheet or another CRM, each checked as LeadWrites checks any create or
// edit (and HistoryImport any past): duplicates found by external id, e-mail and NIP
// without a query per row; new leads of a batch written in one multi-row statement.
class LeadImport
{
public:
    explicit LeadImport(UnitOfWork &work);

    Result<ImportReport> importRows(const ImportBatch &batch, LeadChange *change);

private:
    // New rows' web domains by line, and the first lead already there with each.
    struct DomainMatches {
        QHash<int, QString> byLine;
        QHash<QString, qint64> leadByDomain;
    };
    Result<DomainMatches> existingDomains(const Pipeline &pipeline, const ImportBatch &batch);
    // Adds "same web domain as lead N" to the reason of each row imported with a match.
    static void flagSameDomain(const DomainMatches &matches, ImportReport &report);
    ImportOutcome importRow(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options, LeadChange *change);
    // importRow() under its own savepoint: the per-row path (history, updates, owners to
    // create, and every row of a batch whose multi-row write failed).
    Result<ImportOutcome> importRowAlone(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                         LeadChange *change);
    // One batch in one transaction (or, inside an import's own transaction, under one
    // savepoint). With MultiRow, a multi-row write that fails sets `*retryRowByRow` and
    // rolls the whole batch back. A dry run rolls back too, and
    // gives the duplicate keys of the rows it would have written in `*dryRunKeys`.
    Result<ImportReport> importBatch(const Pipeline &pipeline, const ImportBatch &batch, ImportState::Writes writes, LeadChange *change,
                                     bool *retryRowByRow, QList<DryRunKeyRepository::Key> *dryRunKeys);
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

    UnitOfWork &m_work;
    LeadWrites m_writes;
    HistoryImport m_history;
};

} // namespace lejek
