// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataMigrations.h"

#include "StageGuidance.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<void> DataMigrations::after(Database &db, int version)
{
    switch (version) {
    case 6:
        return templateGuidance(db);
    default:
        return ok();
    }
}

Result<void> DataMigrations::templateGuidance(Database &db)
{
    struct Row {
        qint64 stageId;
        QString json;
    };
    QList<Row> rows;
    auto q = db.exec(u"SELECT s.id, p.template, s.name FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                     "WHERE p.template IS NOT NULL ORDER BY s.id"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QMap<QString, QString> texts = StageGuidance::ofTemplate((*q)->value(1).toString(), (*q)->value(2).toString());
        if (texts.isEmpty())
            continue;
        QJsonObject o;
        for (auto it = texts.begin(); it != texts.end(); ++it)
            o.insert(it.key(), it.value());
        rows.append({(*q)->value(0).toLongLong(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    }
    (*q)->finish();
    for (const Row &row : rows) {
        if (auto r = db.exec(u"UPDATE stages SET guidance = ? WHERE id = ? AND guidance = '{}'"_s, {row.json, row.stageId}); !r)
            return std::unexpected(r.error());
        if (auto r = db.exec(u"UPDATE stage_versions SET guidance = ? WHERE stage_id = ? AND guidance = '{}'"_s, {row.json, row.stageId}); !r)
            return std::unexpected(r.error());
    }
    return ok();
}

} // namespace lejek
