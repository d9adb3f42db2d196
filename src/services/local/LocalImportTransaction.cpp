// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalImportTransaction.h"

#include "ChangeNotifier.h"
#include "LeadImport.h"
#include "StoreThread.h"

namespace lejek {

LocalImportTransaction::LocalImportTransaction(const ConnectionSettings &settings, Clock clock, Principal principal,
                                               ChangeNotifier *notifier, std::shared_ptr<DomainEventHook> hook,
                                               std::shared_ptr<PipelineCache> pipelines)
    : m_store(std::make_unique<StoreThread>(settings))
    , m_clock(std::move(clock))
    , m_principal(std::move(principal))
    , m_notifier(notifier)
    , m_hook(std::move(hook))
    , m_pipelines(std::move(pipelines))
{
    // Queued ahead of every batch; when it fails, each batch fails with why.
    (void)m_store->open();
}

LocalImportTransaction::~LocalImportTransaction()
{
    // Rolled back on its own thread, unless committed, before the connection closes.
    m_store->run([this](Database &) {
               m_transaction.reset();
               return ok();
           })
        .waitForFinished();
    m_store.reset();
}

QFuture<Result<ImportReport>> LocalImportTransaction::importRows(const ImportBatch &batch)
{
    return m_store->run([this, batch, now = m_clock()](Database &db) -> Result<ImportReport> {
        if (!m_transaction) {
            // Each batch is a savepoint of this one transaction, and SQLite keeps a
            // savepoint's statement journal in memory under temp_store = MEMORY, where
            // every statement's end walks it from its start: 60,000 rows of
            // bench_import took 200 s instead of 12. On disk, the journal is a temporary
            // file that is not walked.
            if (const QString onDisk = db.dialect().tempTablesOnDisk(true); !onDisk.isEmpty())
                if (auto r = db.exec(onDisk); !r)
                    return std::unexpected(r.error());
            m_transaction = std::make_unique<Transaction>(db);
        }
        if (!m_transaction->started())
            return std::unexpected(m_transaction->started().error());
        m_pipelineId = batch.pipelineId;
        UnitOfWork work(db, now, m_principal, m_hook.get(), m_pipelines.get());
        LeadChange change; // told in one go after the commit
        return LeadImport(work).importRows(batch, &change);
    });
}

QFuture<Result<void>> LocalImportTransaction::commit()
{
    return m_store->run([this](Database &) -> Result<void> {
        if (!m_transaction)
            return ok(); // no batch was sent: nothing to write
        const Result<void> committed = m_transaction->commit();
        m_transaction.reset();
        if (committed && m_notifier && m_pipelineId > 0) {
            // Up to a whole file of leads: the views reload the pipeline rather than
            // follow a list of every id.
            LeadChange change;
            change.kind = LeadChange::Kind::Created;
            change.pipelineId = m_pipelineId;
            change.everything = true;
            m_notifier->post(change);
        }
        return committed;
    });
}

} // namespace lejek
