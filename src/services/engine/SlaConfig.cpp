// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaConfig.h"

#include "EngineConfigJson.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::SlaConfig", text); }

constexpr int MaxMinutes = 60 * 24 * 366; // a year of minutes: more is a typo

} // namespace

QJsonArray SlaConfig::toJson(const Pipeline &pipeline)
{
    QJsonArray list;
    for (const Stage &stage : pipeline.stages)
        if (stage.slaFirstContactMinutes > 0 || stage.slaDecisionMinutes > 0)
            list.append(QJsonObject{{u"stage"_s, stage.name},
                                    {u"first_contact_minutes"_s, stage.slaFirstContactMinutes},
                                    {u"decision_minutes"_s, stage.slaDecisionMinutes}});
    return list;
}

Result<QList<Stage>> SlaConfig::changes(const Pipeline &pipeline, const QJsonValue &json)
{
    if (!json.isArray())
        return std::unexpected(Error::invalid(tr("sla: expected a list of stages")));
    QList<Stage> changed;
    QList<qint64> seen;
    const QJsonArray list = json.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString name = object.value(u"stage"_s).toString().trimmed();
        const QString where = name.isEmpty() ? tr("sla %1").arg(i + 1) : tr("sla \"%1\"").arg(name);
        if (auto known = EngineConfigJson::onlyKnownKeys(object, {u"stage"_s, u"first_contact_minutes"_s, u"decision_minutes"_s}, where);
            !known)
            return std::unexpected(Error::invalid(known.error()));
        const Stage *stage = pipeline.stageByName(name);
        if (!stage)
            return std::unexpected(Error::invalid(tr("%1: the pipeline has no stage \"%2\"").arg(where, name)));
        if (seen.contains(stage->id))
            return std::unexpected(Error::invalid(tr("%1: listed twice").arg(where)));
        seen.append(stage->id);
        Stage next = *stage;
        for (const auto &[key, minutes] : {std::pair{u"first_contact_minutes"_s, &next.slaFirstContactMinutes},
                                            std::pair{u"decision_minutes"_s, &next.slaDecisionMinutes}}) {
            if (!object.contains(key))
                continue;
            const QJsonValue value = object.value(key);
            if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0 || value.toInt() > MaxMinutes)
                return std::unexpected(Error::invalid(tr("%1: %2 must be whole working minutes from 0 (none) to %3").arg(where, key).arg(MaxMinutes)));
            *minutes = value.toInt();
        }
        if (next != *stage)
            changed.append(next);
    }
    return changed;
}

} // namespace lejek
