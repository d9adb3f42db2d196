// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"
#include "Database.h"
#include "DomainEvent.h"
#include "Lead.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "Principal.h"
#include "User.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace lejek {

class DomainEventHook;
class PipelineCache;

// One service call's work on the store thread: the database, the time the call happens
// at, who is acting, what its writes produced (domain events), and what it read once and
// keeps for the rest of the call (pipelines, users, lost reasons, customers). Shared by
// the command classes a call uses (LeadWrites, ActivityCommands, BoardReads, LeadImport,
// HistoryImport), which hold no state of their own.
class UnitOfWork
{
public:
    // `pipelines`: shared between calls (none: each call reads configuration itself).
    UnitOfWork(Database &db, QDateTime now, Principal principal, DomainEventHook *hook = nullptr,
               PipelineCache *pipelines = nullptr);

    Database &db() { return m_db; }
    const QDateTime &now() const { return m_now; }
    const Principal &principal() const { return m_principal; }
    // The acting user's id for history rows (0: the database's owner).
    qint64 userId() const { return m_principal.userId; }

    // The configuration cache shared between calls (null: none), for a unit of work that
    // runs inside this one (the engine acting as a rule).
    PipelineCache *pipelineCache() const { return m_pipelineCache; }
    // The pipeline, read once per call.
    Result<Pipeline> pipeline(qint64 pipelineId);
    Result<Pipeline> pipelineOf(qint64 leadId);
    // The user of that name or e-mail; those found are kept for the rest of the call (an
    // import batch names the same few owners thousands of times).
    Result<std::optional<User>> findUser(const QString &nameOrEmail);
    Result<const QList<LostReason> *> lostReasons();
    // Customers found by an import batch, by NIP and company (HistoryImport).
    QHash<QString, qint64> &foundCustomers() { return m_customers; }
    // Forgets the users and customers found: a batch run again row by row may have
    // rolled back those it made.
    void forgetFound();
    // Owners not found are created in this team while importing with --create-owners.
    QString createOwnersInTeam;

    // A timeline entry by the acting user (or `rule`), now.
    Activity activity(qint64 leadId, const QString &kind, const QString &rule = {}) const;
    // Marks activity on a lead (it stops rotting) without a new version.
    Result<void> touch(qint64 leadId, const QDateTime &at);

    // Domain events: recorded by the writes as they go; a part that is rolled back (a
    // savepoint) drops its own with dropEvents(mark).
    DomainEvent event(DomainEvent::Kind kind, qint64 leadId, qint64 pipelineId, const QString &rule = {}) const;
    // Without a hook, only a change notice would carry them, and a notice carries at most
    // LeadChange::MaxEvents: past that the unit keeps none (eventsOverflowed()), so a
    // bulk write holds no event memory for nobody.
    void record(DomainEvent event);
    bool eventsOverflowed() const { return m_overflowed; }
    // The events of a lead entering `to` at `at` (from 0: just created): stage entered,
    // and won, lost or reactivated as the stages' kinds say.
    void recordStageEntry(const Pipeline &pipeline, const Lead &lead, qint64 fromStageId, const Stage &to,
                          const QString &rule, const QDateTime &at);
    // The events of a new lead in `stage`: created there, and recordStageEntry() from 0.
    void recordCreation(const Pipeline &pipeline, const Lead &lead, const Stage &stage, const QString &rule,
                        const QDateTime &at);
    qsizetype eventMark() const { return m_events.size(); }
    void dropEvents(qsizetype mark);
    const DomainEvents &events() const { return m_events; }
    DomainEvents takeEvents();
    // Runs the hook over the events it has not run yet. commit() calls it; so does a part
    // of a longer transaction (an all-or-nothing import's batch) before it releases.
    Result<void> runHook();
    // Commits `tx`; the outermost commit runs the hook first, in the same transaction,
    // and a hook's error leaves `tx` to roll back.
    Result<void> commit(class Transaction &tx);

private:
    Database &m_db;
    QDateTime m_now;
    Principal m_principal;
    DomainEventHook *m_hook = nullptr;
    PipelineCache *m_pipelineCache = nullptr;
    DomainEvents m_events;
    qsizetype m_hooked = 0; // events already run by the hook
    bool m_overflowed = false;
    QHash<qint64, Pipeline> m_pipelines;
    QHash<QString, User> m_users;
    QHash<QString, qint64> m_customers;
    std::optional<QList<LostReason>> m_lostReasons;
};

} // namespace lejek
