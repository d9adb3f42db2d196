// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString compact(const QJsonDocument &doc) { return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)); }
} // namespace

QString StageRow::columns(const QString &prefix)
{
    static const QStringList names{u"position"_s,     u"name"_s,         u"names"_s,
                                   u"kind"_s,         u"probability"_s,  u"rotting_days"_s,
                                   u"required_fields"_s, u"entry_criteria"_s, u"sla_first_contact_minutes"_s,
                                   u"sla_decision_minutes"_s, u"guidance"_s};
    static_assert(columnCount == 11);
    QStringList list;
    for (const QString &name : names)
        list.append(prefix + name);
    return list.join(u", "_s);
}

QVariantList StageRow::values(const Stage &stage)
{
    QJsonObject names;
    for (auto it = stage.translated.begin(); it != stage.translated.end(); ++it)
        names.insert(it.key(), it.value());
    QJsonObject guidance;
    for (auto it = stage.guidance.begin(); it != stage.guidance.end(); ++it)
        guidance.insert(it.key(), it.value());
    QJsonArray criteria;
    for (const Condition &c : stage.criteria)
        criteria.append(c.toJson());
    return {stage.position,
            stage.name,
            compact(QJsonDocument(names)),
            stageKindName(stage.kind),
            stage.probability,
            stage.rottingDays,
            compact(QJsonDocument(QJsonArray::fromStringList(stage.requiredFields))),
            compact(QJsonDocument(criteria)),
            stage.slaFirstContactMinutes,
            stage.slaDecisionMinutes,
            compact(QJsonDocument(guidance))};
}

Stage StageRow::read(const QSqlQuery &q, int first)
{
    Stage stage;
    int i = first;
    stage.position = q.value(i++).toInt();
    stage.name = q.value(i++).toString();
    const QJsonObject names = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    for (auto it = names.begin(); it != names.end(); ++it)
        stage.translated.insert(it.key(), it.value().toString());
    stageKindFromName(q.value(i++).toString(), &stage.kind);
    stage.probability = q.value(i++).toInt();
    stage.rottingDays = q.value(i++).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array())
        stage.requiredFields.append(v.toString());
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array())
        if (auto c = Condition::fromJson(v.toObject()))
            stage.criteria.append(*c);
    stage.slaFirstContactMinutes = q.value(i++).toInt();
    stage.slaDecisionMinutes = q.value(i++).toInt();
    const QJsonObject guidance = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    for (auto it = guidance.begin(); it != guidance.end(); ++it)
        stage.guidance.insert(it.key(), it.value().toString());
    return stage;
}

} // namespace lejek
