// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageVersionRepository.h"

#include "SqlDialect.h"
#include "SqlValue.h"
#include "StageRow.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<void> StageVersionRepository::append(const QList<Stage> &stages, StageVersion::Change change, const QDateTime &at,
                                            qint64 authorId)
{
    const QString sql = u"INSERT INTO stage_versions (pipeline_id, stage_id, valid_from, changed_by, change, %1) VALUES %2"_s.arg(
        StageRow::columns(), SqlDialect::valueRows(1, 5 + StageRow::columnCount));
    for (const Stage &stage : stages) {
        QVariantList values{stage.pipelineId, stage.id, SqlValue::fromTime(at),
                            authorId ? QVariant(authorId) : SqlValue::nullInt(), StageVersion::changeName(change)};
        values += StageRow::values(stage);
        if (auto r = m_db.exec(sql, values); !r)
            return std::unexpected(r.error());
    }
    return ok();
}

Result<QList<StageVersion>> StageVersionRepository::history(qint64 pipelineId)
{
    auto q = m_db.exec(u"SELECT v.stage_id, v.valid_from, v.changed_by, u.name, v.change, v.id, %1 FROM stage_versions v "
                       "LEFT JOIN users u ON u.id = v.changed_by WHERE v.pipeline_id = ? ORDER BY v.valid_from, v.id"_s
                           .arg(StageRow::columns(u"v."_s)),
                       {pipelineId});
    if (!q)
        return std::unexpected(q.error());
    QList<StageVersion> versions;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        StageVersion v;
        v.stage = StageRow::read(r, 6);
        v.id = r.value(5).toLongLong();
        v.stage.id = r.value(0).toLongLong();
        v.stage.pipelineId = pipelineId;
        v.validFrom = SqlValue::toTime(r.value(1));
        v.changedBy = r.value(2).toLongLong();
        v.changedByName = r.value(3).toString();
        StageVersion::changeFromName(r.value(4).toString(), &v.change);
        versions.append(v);
    }
    (*q)->finish();
    return versions;
}

} // namespace lejek
