// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadMatchRepository.h"

#include "CustomPlans.h"
#include "SqlDialect.h"
#include "SqlValue.h"

#include <QSqlQuery>

#include <array>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<std::optional<qint64>> LeadMatchRepository::findDuplicate(qint64 pipelineId, const QString &externalId,
                                                            const QString &email, const QString &nip)
{
    const std::array<std::pair<QString, QString>, 3> keys{
        {{u"external_id"_s, externalId}, {u"email"_s, email}, {u"nip"_s, nip}}};
    const CustomPlans plans(m_db);
    if (!plans.started())
        return std::unexpected(plans.started().error());
    for (const auto &[column, value] : keys) {
        if (value.isEmpty())
            continue;
        auto id = m_db.scalar(u"SELECT COALESCE(merged_into, id) FROM leads WHERE pipeline_id = ? AND %1 = ? ORDER BY id LIMIT 1"_s.arg(column),
                              {pipelineId, value});
        if (!id)
            return std::unexpected(id.error());
        if (!id->isNull())
            return std::optional<qint64>(id->toLongLong());
    }
    return std::optional<qint64>();
}

Result<QHash<QString, qint64>> LeadMatchRepository::firstIds(qint64 pipelineId, const QString &column, const QStringList &values)
{
    // A fixed number of marks (the last value repeated), so one prepared statement
    // serves every chunk of every batch.
    constexpr qsizetype chunk = 256;
    // "+pipeline_id" keeps either backend on the index of the key column: SQLite would
    // otherwise take a pipeline_id index and read every lead of the pipeline per chunk
    // (and PostgreSQL might, while its statistics lag behind an import).
    const QString sql = u"SELECT %1, MIN(COALESCE(merged_into, id)) FROM leads WHERE +pipeline_id = ? AND %1 IN %2 GROUP BY %1"_s.arg(
        column, SqlDialect::valueRows(1, chunk));
    QHash<QString, qint64> ids;
    const CustomPlans plans(m_db);
    if (!plans.started())
        return std::unexpected(plans.started().error());
    const auto read = [&](QSqlQuery *query) {
        while (query->next())
            ids.insert(query->value(0).toString(), query->value(1).toLongLong());
        query->finish();
    };
    if (m_db.dialect().kind() == SqlDialect::Kind::PostgreSQL) {
        // One statement for all the values (an array bound as one): a statement per 256
        // values, each planned for its own values, cost about 7% of a 100k-row import.
        if (values.isEmpty())
            return ids;
        auto query = m_db.exec(u"SELECT %1, MIN(COALESCE(merged_into, id)) FROM leads WHERE +pipeline_id = ? AND %1 = ANY (CAST(? AS TEXT[])) GROUP BY %1"_s.arg(column),
                               {pipelineId, SqlValue::arrayLiteral(values)});
        if (!query)
            return std::unexpected(query.error());
        read(*query);
        return ids;
    }
    for (const QVariantList &bound : SqlDialect::paddedChunks({pipelineId}, values, chunk)) {
        auto query = m_db.exec(sql, bound);
        if (!query)
            return std::unexpected(query.error());
        read(*query);
    }
    return ids;
}

} // namespace lejek
