// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Lead.h"
#include "PageRequest.h"
#include "LeadScope.h"
#include "Pipeline.h"
#include "StageTotals.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace lejek {

// The SQL of the leads table. Canonical field keys are column names; custom values
// live in lead_custom_values. No rules here: the services decide, this writes.
class LeadRepository
{
public:
    // What searches match: company, contact, e-mail, NIP and phone, folded (SearchText).
    static QString searchTextOf(const Lead &lead);
    // What lists of other things name a lead by (Lead::displayName): its identity columns
    // (LeadFields::identityKeys), each after `prefix` ("l."), and the name read back from
    // them, starting at column `first` of a row.
    static QString nameColumns(const QString &prefix);
    static QString nameFrom(const QSqlQuery &row, int first);
    explicit LeadRepository(Database &db) : m_db(db) {}

    Result<Lead> load(const Pipeline &pipeline, qint64 id);
    // Many leads of one pipeline at once, by id (those that exist): a few statements for
    // a whole import batch instead of two a lead.
    Result<QHash<qint64, Lead>> loadMany(const Pipeline &pipeline, const QList<qint64> &ids);
    Result<qint64> pipelineOf(qint64 leadId);
    // Holds the lead's row until the transaction ends, so that what a write reads stays
    // what it overwrites: a value the engine writes without bumping the version (score,
    // SLA due) waits instead of being lost. PostgreSQL only; SQLite's writer is alone.
    Result<void> lockForWrite(qint64 leadId);
    Result<qint64> insert(const Pipeline &pipeline, const Lead &lead);
    // New leads at once (an import batch): SQLite's own API or PostgreSQL's COPY where
    // they can be reached, else one row at a time; their ids, in order.
    Result<QList<qint64>> insertMany(const Pipeline &pipeline, const QList<Lead> &leads);
    // Tells PostgreSQL how many leads there are, this transaction's new ones included,
    // before rows that refer to them are written, when its statistics count fewer than
    // the `inserted` just written; a no-op on SQLite. Once autovacuum has analysed a
    // table whose rows a rolled-back transaction left (a dry run's batch, a cancelled or
    // killed all-or-nothing import), the statistics call it empty, and the foreign-key
    // checks of the history rows are planned as a scan of a whole index
    // (leads_stage_score, whose last key is the id) instead of a look-up in the primary
    // key, once per row: a 60,000-row import took 51 s instead of 3. (Since schema 9 that
    // index is partial and cannot answer an id look-up; the statistics stay honest.)
    Result<void> refreshIdStatistics(qsizetype inserted);
    // Writes the lead if its stored version is still `expectedVersion`; the stored
    // version becomes lead.version. False when someone else wrote first.
    Result<bool> update(const Pipeline &pipeline, const Lead &lead, int expectedVersion);
    // One page of one stage's leads that pass request.filter; `now` decides rotting.
    Result<StagePage> page(const Pipeline &pipeline, const PageRequest &request, const QDateTime &now, const LeadScope &scope = {});
    // Count and value of every stage, in pipeline order, of the leads that pass
    // `filter` (the same SQL as page()); empty stages included with zeros.
    // `scope`: only the leads it allows (Visibility), in the same SQL as the filter.
    Result<QList<StageTotals>> totals(const Pipeline &pipeline, const LeadFilter &filter, const QDateTime &now, const LeadScope &scope = {});
    Result<QList<StageTotals>> totals(const Pipeline &pipeline) { return totals(pipeline, LeadFilter{}, QDateTime()); }
    Result<qint64> count(qint64 pipelineId, qint64 stageId = 0);
    // The WHERE terms (over leads aliased `l`) that page() and totals() narrow by: not
    // merged, what `scope` allows, what `filter` asks; for other reads of leads (the
    // reports) to count exactly the leads the board lists.
    static void filterTerms(const LeadFilter &filter, const LeadScope &scope, const QList<Stage> &stages, const QDateTime &now,
                            QStringList &where, QVariantList &values);
    // Of those, the terms on `l.owner_id` alone: what `scope` allows, then the owner and
    // the team `filter` names; `nobody` is the term for a lead nobody owns (a summary
    // may count those under owner 0).
    static void ownerTerms(const LeadFilter &filter, const LeadScope &scope, const QString &nobody, QStringList &where,
                           QVariantList &values);

private:
    Result<QList<qint64>> insertLeads(const QList<Lead> &leads); // insertMany() without custom fields
    Result<qint64> insertRow(const Lead &lead);                  // insert() without custom fields
    Result<void> writeCustomValues(const Pipeline &pipeline, const Lead &lead);
    Result<void> readCustomValues(const Pipeline &pipeline, Lead &lead);

    Database &m_db;
};

} // namespace lejek
