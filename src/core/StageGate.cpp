// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageGate.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QList<const Stage *> StageGate::gatesFor(const Pipeline &pipeline, const Stage &target)
{
    QList<const Stage *> gates;
    if (target.kind == StageKind::Open || target.kind == StageKind::Won) {
        for (const Stage &s : pipeline.stages)
            if (s.kind == StageKind::Open && s.position < target.position)
                gates.append(&s);
    }
    gates.append(&target);
    return gates;
}

namespace {
QStringList requiredKeys(const Pipeline &pipeline, const Stage &target)
{
    QStringList keys;
    for (const Stage *gate : StageGate::gatesFor(pipeline, target))
        for (const QString &key : gate->requiredFields)
            if (!keys.contains(key))
                keys.append(key);
    if (target.kind == StageKind::Lost && !keys.contains(u"lost_reason"_s))
        keys.append(u"lost_reason"_s);
    return keys;
}
} // namespace

GateRefusal StageGate::check(const Pipeline &pipeline, const Lead &lead, const Stage &target, QDate today)
{
    GateRefusal refusal;
    refusal.leadId = lead.id;
    refusal.stage = target.displayName();
    // In card order, so the message reads like the form the user fills in.
    const QStringList required = requiredKeys(pipeline, target);
    for (const FieldDefinition &f : pipeline.fields())
        if (required.contains(f.key) && !lead.isFilled(f.key))
            refusal.missingFields.append(pipeline.labelOf(f.key));
    for (const Stage *gate : gatesFor(pipeline, target)) {
        for (const Condition &condition : gate->criteria) {
            const auto field = pipeline.field(condition.field);
            if (!field || !condition.holds(*field, lead.values, today)) {
                const QString text = condition.describe(pipeline.labelOf(condition.field));
                if (!refusal.failedCriteria.contains(text))
                    refusal.failedCriteria.append(text);
            }
        }
    }
    return refusal;
}

QStringList StageGate::fieldsToComplete(const Pipeline &pipeline, const Lead &lead, const Stage &target, QDate today)
{
    QStringList keys;
    for (const QString &key : requiredKeys(pipeline, target))
        if (!lead.isFilled(key))
            keys.append(key);
    for (const Stage *gate : gatesFor(pipeline, target))
        for (const Condition &condition : gate->criteria)
            if (const auto field = pipeline.field(condition.field);
                field && !condition.holds(*field, lead.values, today) && !keys.contains(condition.field))
                keys.append(condition.field);
    QStringList ordered;
    for (const FieldDefinition &f : pipeline.fields())
        if (keys.contains(f.key))
            ordered.append(f.key);
    return ordered;
}

QMap<QString, QString> StageGate::fieldReasons(const Pipeline &pipeline, const Lead &lead, const Stage &target, QDate today)
{
    QMap<QString, QStringList> reasons;
    for (const Stage *gate : gatesFor(pipeline, target)) {
        for (const QString &key : gate->requiredFields) {
            if (lead.isFilled(key))
                continue;
            const QString text = QCoreApplication::translate("lejek::StageGate", "Required from stage “%1”").arg(gate->displayName());
            if (!reasons[key].contains(text))
                reasons[key].append(text);
        }
        for (const Condition &condition : gate->criteria) {
            const auto field = pipeline.field(condition.field);
            if (field && !condition.holds(*field, lead.values, today)) {
                const QString text = condition.describe(pipeline.labelOf(condition.field));
                if (!reasons[condition.field].contains(text))
                    reasons[condition.field].append(text);
            }
        }
    }
    if (target.kind == StageKind::Lost && !lead.isFilled(u"lost_reason"_s))
        reasons[u"lost_reason"_s].append(QCoreApplication::translate("lejek::StageGate", "A lost lead needs a reason"));
    QMap<QString, QString> joined;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        joined.insert(it.key(), it.value().join(u"; "_s));
    return joined;
}

} // namespace lejek
