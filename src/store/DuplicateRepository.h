// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "DuplicateMatch.h"
#include "LeadScope.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace lejek {

// Finds leads that may be one: for the card's check before it saves, an import's row
// report, and the list of candidate pairs of a pipeline. Merged leads are never matched.
class DuplicateRepository
{
public:
    // A key column ("email", "nip" or "web_domain") and its normalised value.
    using Key = std::pair<QString, QString>;
    // The key columns, in DOMAIN.md's order.
    static const QStringList &keyColumns();

    explicit DuplicateRepository(Database &db) : m_db(db) {}

    // Leads of the pipeline, other than `exceptId`, sharing one of `keys` (an empty value
    // is not looked for), at most `limit` per key, each by its column's index; those
    // `scope` hides are only counted (*hidden), each lead once.
    Result<QList<DuplicateMatch>> sharing(qint64 pipelineId, const QList<Key> &keys, qint64 exceptId, const LeadScope &scope,
                                          int limit, int *hidden);
    // Per web domain of `domains`, the lowest id of the pipeline's leads with it that
    // `scope` allows, in a query per 256 domains: an import's flag on its new rows.
    Result<QHash<QString, qint64>> firstByWebDomain(qint64 pipelineId, const QStringList &domains, const LeadScope &scope);
    // Pairs of the pipeline's leads that share a key, both in `scope`, ordered by their
    // ids; at most `limit` pairs per key.
    Result<QList<DuplicatePair>> pairs(qint64 pipelineId, const LeadScope &scope, int limit);

private:
    Database &m_db;
};

} // namespace lejek
