// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateRepository.h"

#include "LeadRepository.h"
#include "LeadFields.h"
#include "SqlDialect.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

const QStringList &DuplicateRepository::keyColumns()
{
    static const QStringList columns{u"email"_s, u"nip"_s, u"web_domain"_s};
    return columns;
}

Result<QList<DuplicateMatch>> DuplicateRepository::sharing(qint64 pipelineId, const QList<Key> &keys, qint64 exceptId,
                                                           const LeadScope &scope, int limit, int *hidden)
{
    QSet<qint64> hiddenIds;
    QList<DuplicateMatch> matches;
    for (const auto &[column, value] : keys) {
        if (value.isEmpty() || !keyColumns().contains(column))
            continue;
        auto q = m_db.exec(u"SELECT l.id, l.owner_id, u.team_id, %1 FROM leads l LEFT JOIN users u ON u.id = l.owner_id "
                           "WHERE l.%2 = ? AND +l.pipeline_id = ? AND l.id <> ? AND l.merged_into IS NULL ORDER BY l.id LIMIT ?"_s
                               .arg(LeadRepository::nameColumns(u"l."_s), column),
                           {value, pipelineId, exceptId, limit});
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            const QSqlQuery &r = **q;
            const qint64 id = r.value(0).toLongLong();
            if (!scope.allows(r.value(1).toLongLong(), r.value(2).toLongLong())) {
                hiddenIds.insert(id);
                continue;
            }
            if (std::any_of(matches.cbegin(), matches.cend(), [id](const DuplicateMatch &m) { return m.leadId == id; }))
                continue; // the same lead by its e-mail and its NIP: named once
            matches.append({id, LeadRepository::nameFrom(r, 3), column, value});
        }
        (*q)->finish();
    }
    *hidden = static_cast<int>(hiddenIds.size());
    return matches;
}

Result<QHash<QString, qint64>> DuplicateRepository::firstByWebDomain(qint64 pipelineId, const QStringList &domains,
                                                                      const LeadScope &scope)
{
    QHash<QString, qint64> first;
    // One prepared statement for every chunk (SqlDialect::paddedChunks), as the import's
    // other look-ups (LeadMatchRepository::firstIds).
    constexpr qsizetype chunk = 256;
    const QString sql = u"SELECT l.web_domain, l.id, l.owner_id, u.team_id FROM leads l LEFT JOIN users u ON u.id = l.owner_id "
                        "WHERE +l.pipeline_id = ? AND l.web_domain IN %1 AND l.merged_into IS NULL ORDER BY l.id"_s
                            .arg(SqlDialect::valueRows(1, chunk));
    for (const QVariantList &bound : SqlDialect::paddedChunks({pipelineId}, domains, chunk)) {
        auto q = m_db.exec(sql, bound);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            const QString domain = (*q)->value(0).toString();
            if (!first.contains(domain) && scope.allows((*q)->value(2).toLongLong(), (*q)->value(3).toLongLong()))
                first.insert(domain, (*q)->value(1).toLongLong());
        }
        (*q)->finish();
    }
    return first;
}

Result<QList<DuplicatePair>> DuplicateRepository::pairs(qint64 pipelineId, const LeadScope &scope, int limit)
{
    const int names = static_cast<int>(LeadFields::identityKeys().size());
    QMap<std::pair<qint64, qint64>, DuplicatePair> found;
    for (const QString &column : keyColumns()) {
        // Each lead of the pipeline with the key, joined by the key's index to the later
        // leads with the same value.
        auto q = m_db.exec(u"SELECT a.id, b.id, a.%1, a.owner_id, ua.team_id, b.owner_id, ub.team_id, %2, %3 "
                           "FROM leads a JOIN leads b ON b.%1 = a.%1 AND b.id > a.id AND b.pipeline_id = a.pipeline_id "
                           "AND b.merged_into IS NULL "
                           "LEFT JOIN users ua ON ua.id = a.owner_id LEFT JOIN users ub ON ub.id = b.owner_id "
                           "WHERE a.pipeline_id = ? AND a.%1 IS NOT NULL AND a.merged_into IS NULL "
                           "ORDER BY a.id, b.id LIMIT ?"_s
                               .arg(column, LeadRepository::nameColumns(u"a."_s), LeadRepository::nameColumns(u"b."_s)),
                           {pipelineId, limit});
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            const QSqlQuery &r = **q;
            if (!scope.allows(r.value(3).toLongLong(), r.value(4).toLongLong())
                || !scope.allows(r.value(5).toLongLong(), r.value(6).toLongLong()))
                continue;
            const std::pair<qint64, qint64> ids{r.value(0).toLongLong(), r.value(1).toLongLong()};
            DuplicatePair &pair = found[ids];
            if (pair.firstId == 0) {
                pair.firstId = ids.first;
                pair.secondId = ids.second;
                pair.firstName = LeadRepository::nameFrom(r, 7);
                pair.secondName = LeadRepository::nameFrom(r, 7 + names);
            }
            pair.fields.append(column);
            pair.values.append(r.value(2).toString());
        }
        (*q)->finish();
    }
    return found.values();
}

} // namespace lejek
