// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "ImportBatch.h"

#include <QFuture>

namespace lejek {

// An import that writes all of its rows or none (--all-or-nothing): its batches go
// into one transaction, on a connection of its own so that nothing else the caller
// does joins it or waits behind it. Nothing is visible to anyone else until commit();
// destroyed without a commit (cancelled, failed, killed), it has written nothing.
// While it is open on SQLite, other writers to the same file wait, as for any write.
class ImportTransaction
{
public:
    virtual ~ImportTransaction() = default;

    // As LeadService::importRows, into this transaction. Not for dry runs.
    virtual QFuture<Result<ImportReport>> importRows(const ImportBatch &batch) = 0;
    // Commits every batch's rows and tells views; refused (and nothing written) when a
    // batch failed as a whole.
    virtual QFuture<Result<void>> commit() = 0;
};

} // namespace lejek
