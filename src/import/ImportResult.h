// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "ImportBatch.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace lejek {

// How many rows went which way. Rows read are those whose batch was sent: a cancelled
// import does not count the rows it read but never sent.
struct ImportTally {
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 lostReasonDefaulted = 0;
};

// A row that was not written: its file line, skipped or rejected, and why.
struct ImportNote {
    int line = 0;
    ImportOutcome::Status status = ImportOutcome::Status::Rejected;
    QString reason;
};

// Where an import has got to, for a progress bar: the passes over the file done so far
// against all of them, in bytes weighted by how long a pass takes (checking the file
// is quick, sending rows is not), and the tally.
struct ImportProgress {
    qint64 done = 0;
    qint64 total = 0;
    ImportTally tally;
};

struct ImportResult {
    enum class Outcome {
        Done,                // every row read and sent (rows may still be rejected)
        NothingWritten,      // all-or-nothing, and some row could not be imported
        Cancelled,           // stopped between batches: the batches sent stay written (all or nothing: none)
        BadMapping,          // the columns do not fit the pipeline (error says why); nothing written
        Failed,              // the file or the database failed (error); earlier batches stay written (all or nothing: none)
    };
    Outcome outcome = Outcome::Done;
    std::optional<Error> error;
    ImportTally tally;
    // Skipped and rejected rows, and rows imported or updated otherwise than they asked
    // (--gate first-stage), in the order they were found: the first MaxKeptNotes of
    // them, so that memory stays bounded (ImportJob::noted tells each one).
    static constexpr qsizetype MaxKeptNotes = 10000;
    QList<ImportNote> notes;
    qint64 noteCount = 0; // all of them
    QStringList ignoredColumns;
    QString rejectsPath; // the rejected rows file, when one was written
    bool dryRun = false;
    bool allOrNothing = false; // the rows went in one transaction: written only when Done

    // True when the database holds the rows the tally counts as imported and updated.
    bool wroteRows() const { return !dryRun && (!allOrNothing || outcome == Outcome::Done); }
};

} // namespace lejek

Q_DECLARE_METATYPE(lejek::ImportNote)
Q_DECLARE_METATYPE(lejek::ImportProgress)
Q_DECLARE_METATYPE(lejek::ImportResult)
