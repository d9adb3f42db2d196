// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadJson.h"

#include "Money.h"
#include "SlaPolicy.h"
#include "ValueParser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); }
} // namespace

QJsonObject LeadJson::toJson(const Lead &lead, const Pipeline &pipeline, const QDateTime &now)
{
    QJsonObject o;
    o.insert(u"id"_s, lead.id);
    o.insert(u"version"_s, lead.version);
    o.insert(u"pipeline"_s, pipeline.name);
    const Stage *stage = pipeline.stage(lead.stageId);
    o.insert(u"stage"_s, stage ? stage->name : QString());
    o.insert(u"owner"_s, lead.ownerName.isEmpty() ? QJsonValue() : QJsonValue(lead.ownerName));
    for (const FieldDefinition &f : pipeline.fields()) {
        const QVariant v = lead.value(f.key);
        if (!lead.isFilled(f.key)) {
            o.insert(f.key, f.key == u"currency"_s ? QJsonValue(u"PLN"_s) : QJsonValue());
            continue;
        }
        switch (f.type) {
        case FieldType::Money: o.insert(f.key, Money::toMajor(v.toLongLong())); break;
        case FieldType::Integer: o.insert(f.key, v.toLongLong()); break;
        case FieldType::MultiChoice: o.insert(f.key, QJsonArray::fromStringList(v.toStringList())); break;
        default: o.insert(f.key, ValueParser::toText(f, v)); break;
        }
    }
    o.insert(u"created_at"_s, time(lead.createdAt));
    o.insert(u"updated_at"_s, time(lead.updatedAt));
    o.insert(u"stage_entered_at"_s, time(lead.stageEnteredAt));
    o.insert(u"last_activity_at"_s, time(lead.lastActivityAt));
    o.insert(u"closed_at"_s, time(lead.closedAt));
    const EngineState &engine = lead.engine;
    o.insert(u"score_reasons"_s, QJsonDocument::fromJson(engine.scoreReasons.toUtf8()).array());
    o.insert(u"routing_reason"_s, engine.routingReason.isEmpty() ? QJsonValue() : QJsonValue(engine.routingReason));
    o.insert(u"sla_first_contact_due"_s, time(engine.slaFirstContactDueAt));
    o.insert(u"sla_decision_due"_s, time(engine.slaDecisionDueAt));
    o.insert(u"sla_breached"_s, slaBreachKey(SlaPolicy::breach({engine.slaFirstContactDueAt, engine.slaDecisionDueAt},
                                                               engine.slaFirstContactAt, engine.slaDecidedAt, now)));
    return o;
}

QJsonObject LeadJson::toJson(const Pipeline &pipeline)
{
    QJsonArray stages;
    for (const Stage &s : pipeline.stages) {
        QJsonArray criteria;
        for (const Condition &c : s.criteria)
            criteria.append(c.toText());
        QJsonObject names;
        for (auto it = s.translated.begin(); it != s.translated.end(); ++it)
            names.insert(it.key(), it.value());
        stages.append(QJsonObject{{u"id"_s, s.id},
                                  {u"name"_s, s.name},
                                  {u"names"_s, names},
                                  {u"kind"_s, stageKindName(s.kind)},
                                  {u"probability"_s, s.probability},
                                  {u"rotting_days"_s, s.rottingDays},
                                  {u"required"_s, QJsonArray::fromStringList(s.requiredFields)},
                                  {u"criteria"_s, criteria}});
    }
    QJsonArray custom;
    for (const FieldDefinition &f : pipeline.customFields)
        custom.append(QJsonObject{{u"key"_s, f.key}, {u"label"_s, f.label}, {u"type"_s, fieldTypeName(f.type)}});
    return QJsonObject{{u"id"_s, pipeline.id}, {u"name"_s, pipeline.name}, {u"stages"_s, stages}, {u"custom_fields"_s, custom}};
}

QJsonObject LeadJson::toJson(const TimelineEntry &e)
{
    QJsonObject o{{u"at"_s, time(e.at)},
                  {u"who"_s, e.who.isEmpty() ? QJsonValue() : QJsonValue(e.who)},
                  {u"rule"_s, e.rule.isEmpty() ? QJsonValue() : QJsonValue(e.rule)}};
    if (e.type == TimelineEntry::Type::StageChange) {
        o.insert(u"type"_s, u"stage_change"_s);
        o.insert(u"from"_s, e.fromStage.isEmpty() ? QJsonValue() : QJsonValue(e.fromStage));
        o.insert(u"to"_s, e.toStage);
        if (!e.note.isEmpty())
            o.insert(u"note"_s, e.note);
        o.insert(u"imported"_s, e.imported);
        return o;
    }
    const Activity &a = e.activity;
    o.insert(u"type"_s, a.kind);
    for (const auto &[key, value] : {std::pair{u"subject"_s, a.subject}, std::pair{u"body"_s, a.body}, std::pair{u"field"_s, a.field},
                                     std::pair{u"old"_s, a.oldValue}, std::pair{u"new"_s, a.newValue}})
        if (!value.isEmpty())
            o.insert(key, value);
    return o;
}

} // namespace lejek
