// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "ImportTransaction.h"
#include "Principal.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace lejek {

class ChangeNotifier;
class DomainEventHook;
class PipelineCache;
class StoreThread;
class Transaction;

// ImportTransaction in this process: a store thread of its own, with its own
// connection to the same database, holding one transaction from the first batch to
// commit(). Each batch runs LeadImport there, under a savepoint of that transaction, and
// runs the hook over its domain events before the savepoint is released.
class LocalImportTransaction final : public ImportTransaction
{
public:
    using Clock = std::function<QDateTime()>;
    LocalImportTransaction(const ConnectionSettings &settings, Clock clock, Principal principal, ChangeNotifier *notifier,
                           std::shared_ptr<DomainEventHook> hook, std::shared_ptr<PipelineCache> pipelines = {});
    ~LocalImportTransaction() override;

    QFuture<Result<ImportReport>> importRows(const ImportBatch &batch) override;
    QFuture<Result<void>> commit() override;

private:
    std::unique_ptr<StoreThread> m_store;
    Clock m_clock;
    Principal m_principal;
    ChangeNotifier *m_notifier;
    std::shared_ptr<DomainEventHook> m_hook;
    std::shared_ptr<PipelineCache> m_pipelines;
    // Created, used and ended on the store thread only.
    std::unique_ptr<Transaction> m_transaction;
    qint64 m_pipelineId = 0;
};

} // namespace lejek
