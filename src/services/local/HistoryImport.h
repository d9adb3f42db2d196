// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "ImportBatch.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "LeadWrites.h"
#include "UnitOfWork.h"

#include <QList>

namespace lejek {

// Leads with their past, recorded as it happened (demo data, migration from another
// CRM): stage changes at their dates. Closed history passes no gate; an open lead still
// meets its stage's (DOMAIN.md).
class HistoryImport
{
public:
    explicit HistoryImport(UnitOfWork &work);

    // Writes leads with their moves, activities and tasks, in one transaction.
    Result<int> recordHistory(const QList<HistoricLead> &leads, LeadChange *change);

    // A row with dates: inserted with its stage changes at those dates.
    Result<qint64> importHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                  ImportOutcome *outcome, LeadChange *change);
    // The checks of importHistoric() before its first write, and the lead they give:
    // in its stage, with its dates. Writes only an owner created with --create-owners.
    Result<Lead> prepareHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                 ImportOutcome *outcome);
    // A won lead's customer, found by NIP or company, or made.
    Result<void> attachCustomer(const Pipeline &pipeline, Lead &lead);
    // What importing history records for leads just inserted (`ids`): created in the
    // first stage, moved to their own, at their dates; the customer's first lead; and the
    // domain events of each, at those dates.
    Result<void> recordImportedHistory(const Pipeline &pipeline, const QList<Lead> &leads, const QList<qint64> &ids);

private:
    // The domain events of a recorded lead: created, then each of its moves at its date.
    void recordEvents(const Pipeline &pipeline, const HistoricLead &record, qint64 leadId);

    UnitOfWork &m_work;
    LeadWrites m_writes;
};

} // namespace lejek
