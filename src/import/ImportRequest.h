// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "ImportBatch.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lejek {

// What an ImportJob reads, where it sends the rows and how: lejek-cli's options and
// the app's import dialog, in one shape.
struct ImportRequest {
    QString path;
    CsvReadOptions read;
    Pipeline pipeline;
    Principal by; // who imports: the rows are theirs to write (Visibility)
    // Column header -> field key (lejek-cli's --map); the other columns map by their
    // header (ColumnMapping).
    QMap<QString, QString> explicitMap;
    // Or every column's key in the header's order, empty for an ignored column (the
    // app's mapping page). When set, explicitMap is not used and the file's header must
    // still have this many columns.
    std::optional<QStringList> columnKeys;
    ImportOptions options; // options.dryRun: check and report, write nothing
    // Write nothing unless every row can be imported (one transaction for the file).
    bool allOrNothing = false;
    // The file's stage names, case-folded -> the pipeline's (--stage-map).
    QHash<QString, QString> stageMap;
    // The currency of rows without a currency column; empty: the services' default.
    QString currency;
    // Where rejected rows go; empty: FILE.rejects.csv beside the file.
    QString rejectsPath;

    // The rows go into one transaction, written only when none is rejected (a dry run
    // writes nothing whichever it is).
    bool writesAllOrNothing() const { return allOrNothing && !options.dryRun; }
};

} // namespace lejek
