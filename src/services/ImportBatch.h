// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRequests.h"

#include <QList>
#include <QString>

namespace lejek {

// Rows of a spreadsheet or another CRM's export, checked by the same rules as every
// other write. Each row stands or falls alone (a savepoint each); the batch is one
// transaction, written unless it is a dry run.
struct ImportOptions {
    enum class Dedupe { Skip, Update, Allow };
    enum class Gate { Reject, FirstStage };
    Dedupe dedupe = Dedupe::Skip;
    Gate gate = Gate::Reject;
    bool dryRun = false;
};

struct ImportRow {
    int line = 0;      // the file line where the record starts (header = 1)
    QString stage;     // by name; empty: the first stage
    FieldInput fields; // canonical or custom keys, "owner"
};

struct ImportBatch {
    qint64 pipelineId = 0;
    QList<ImportRow> rows;
    ImportOptions options;
};

struct ImportOutcome {
    enum class Status { Imported, Updated, Skipped, Rejected };
    int line = 0;
    Status status = Status::Rejected;
    qint64 leadId = 0;
    QString reason; // why rejected or skipped; what happened otherwise (e.g. "into New leads")
};

struct ImportReport {
    QList<ImportOutcome> outcomes;
    int count(ImportOutcome::Status status) const
    {
        return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(), [&](const ImportOutcome &o) { return o.status == status; }));
    }
};

} // namespace lejek
