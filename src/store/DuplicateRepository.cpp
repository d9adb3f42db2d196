// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateRepository.h"

#include "LeadRepository.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<QList<DuplicateMatch>> DuplicateRepository::sharingEmailOrNip(qint64 pipelineId, const QString &email, const QString &nip,
                                                                qint64 exceptId, const LeadScope &scope, int limit, int *hidden)
{
    QSet<qint64> hiddenIds;
    QList<DuplicateMatch> matches;
    const std::pair<QString, QString> keys[] = {{u"email"_s, email}, {u"nip"_s, nip}};
    for (const auto &[column, value] : keys) {
        if (value.isEmpty())
            continue;
        auto q = m_db.exec(u"SELECT l.id, l.owner_id, u.team_id, %1 FROM leads l LEFT JOIN users u ON u.id = l.owner_id "
                           "WHERE l.pipeline_id = ? AND l.%2 = ? AND l.id <> ? ORDER BY l.id LIMIT ?"_s
                               .arg(LeadRepository::nameColumns(u"l."_s), column),
                           {pipelineId, value, exceptId, limit});
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

} // namespace lejek
