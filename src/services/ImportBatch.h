// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRequests.h"

#include <QList>
#include <QString>

namespace lejek {

// Rows of a spreadsheet or another CRM's export, checked by the same rules as every
// other write. Each row stands or falls alone; the batch is one transaction (inside an
// ImportTransaction, a savepoint of it), written unless it is a dry run.
struct ImportOptions {
    enum class Dedupe { Skip, Update, Allow };
    enum class Gate { Reject, FirstStage };
    Dedupe dedupe = Dedupe::Skip;
    Gate gate = Gate::Reject;
    bool dryRun = false;
    // Owners not found by name or e-mail are created in this team (empty: rejected).
    QString createOwnersInTeam;
    // The reason code given to a lost row that has none (empty: such a row is rejected).
    QString defaultLostReason;
};

struct ImportRow {
    int line = 0;      // the file line where the record starts (header = 1)
    QString stage;     // by name; empty: the first stage
    FieldInput fields; // canonical or custom keys, "owner"
    // History from another system, as text (ISO date or date-time, or dd.mm.yyyy):
    // when the lead was created, entered its stage, was last worked on and closed. A row
    // with dates is recorded as it happened: its stage changes are placed at those dates.
    QString createdAt;
    QString stageEnteredAt;
    QString lastActivityAt;
    QString closedAt;

    bool hasHistory() const
    {
        return !createdAt.isEmpty() || !stageEnteredAt.isEmpty() || !lastActivityAt.isEmpty() || !closedAt.isEmpty();
    }
};

struct ImportBatch {
    qint64 pipelineId = 0;
    QList<ImportRow> rows;
    ImportOptions options;
    // A dry run sent in several batches (one file): each batch but the first continues
    // the run, and the rows its earlier batches would have written count as duplicates
    // (each batch is rolled back, so they are not in the database); the last ends it.
    // A single batch both begins and ends its run. Writing imports ignore both.
    bool continuesRun = false;
    bool endsRun = true;
};

struct ImportOutcome {
    enum class Status { Imported, Updated, Skipped, Rejected };
    int line = 0;
    Status status = Status::Rejected;
    qint64 leadId = 0;
    QString reason; // why rejected or skipped; what happened otherwise (e.g. "into New leads")
    bool lostReasonDefaulted = false;
};

struct ImportReport {
    QList<ImportOutcome> outcomes;
    int count(ImportOutcome::Status status) const
    {
        return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(), [&](const ImportOutcome &o) { return o.status == status; }));
    }
};

} // namespace lejek
