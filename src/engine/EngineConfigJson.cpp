// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineConfigJson.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::EngineConfigJson", text); }

std::expected<ConditionExpr, QString> conditionOf(const QJsonObject &object, const QString &where)
{
    if (!object.contains(u"when"_s))
        return ConditionExpr::always();
    auto condition = ConditionExpr::fromJson(object.value(u"when"_s));
    if (!condition)
        return std::unexpected(QCoreApplication::translate("lejek::EngineConfigJson", "%1: %2").arg(where, condition.error().message));
    return *condition;
}

std::expected<int, QString> integerOf(const QJsonObject &object, const QString &key, int fallback, const QString &where)
{
    if (!object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() != double(value.toInt()))
        return std::unexpected(QCoreApplication::translate("lejek::EngineConfigJson", "%1: \"%2\" must be a whole number").arg(where, key));
    return value.toInt();
}

} // namespace

std::expected<void, QString> EngineConfigJson::onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (const QString &key : object.keys())
        if (!known.contains(key))
            return std::unexpected(tr("%1: unknown key \"%2\" (expected %3)").arg(where, key, known.join(u", "_s)));
    return {};
}

QJsonArray EngineConfigJson::routingToJson(const RoutingTable &table)
{
    QJsonArray rows;
    for (const RoutingRow &row : table.rows) {
        QJsonObject object;
        if (!row.name.isEmpty())
            object.insert(u"name"_s, row.name);
        if (!row.when.isAlways())
            object.insert(u"when"_s, row.when.toText());
        switch (row.action.target) {
        case RoutingAction::Target::User: object.insert(u"user"_s, row.action.user); break;
        case RoutingAction::Target::Team: object.insert(u"team"_s, row.action.team); break;
        case RoutingAction::Target::ManagerQueue: object.insert(u"queue"_s, true); break;
        }
        if (!row.action.laterTeam.isEmpty())
            object.insert(u"later"_s, QJsonObject{{u"team"_s, row.action.laterTeam}, {u"stage"_s, row.action.laterStage}});
        rows.append(object);
    }
    return rows;
}

std::expected<RoutingTable, QString> EngineConfigJson::routingFromJson(const QJsonValue &json)
{
    if (!json.isArray())
        return std::unexpected(tr("routing: expected a list of rows"));
    RoutingTable table;
    const QJsonArray rows = json.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString where = tr("routing row %1").arg(i + 1);
        if (!rows.at(i).isObject())
            return std::unexpected(tr("%1: expected an object").arg(where));
        const QJsonObject object = rows.at(i).toObject();
        if (auto known = EngineConfigJson::onlyKnownKeys(object, {u"name"_s, u"when"_s, u"team"_s, u"user"_s, u"queue"_s, u"later"_s}, where); !known)
            return std::unexpected(known.error());
        RoutingRow row;
        row.name = object.value(u"name"_s).toString();
        auto when = conditionOf(object, where);
        if (!when)
            return std::unexpected(when.error());
        row.when = *when;
        const int targets = int(object.contains(u"team"_s)) + int(object.contains(u"user"_s)) + int(object.value(u"queue"_s).toBool());
        if (targets != 1)
            return std::unexpected(tr("%1: name exactly one of \"team\", \"user\" or \"queue\": true").arg(where));
        if (object.contains(u"team"_s)) {
            row.action.target = RoutingAction::Target::Team;
            row.action.team = object.value(u"team"_s).toString().trimmed();
        } else if (object.contains(u"user"_s)) {
            row.action.target = RoutingAction::Target::User;
            row.action.user = object.value(u"user"_s).toString().trimmed();
        }
        if ((row.action.target == RoutingAction::Target::Team && row.action.team.isEmpty())
            || (row.action.target == RoutingAction::Target::User && row.action.user.isEmpty()))
            return std::unexpected(tr("%1: the team or user has no name").arg(where));
        if (object.contains(u"later"_s)) {
            const QJsonObject later = object.value(u"later"_s).toObject();
            row.action.laterTeam = later.value(u"team"_s).toString().trimmed();
            row.action.laterStage = later.value(u"stage"_s).toString().trimmed();
            if (row.action.laterTeam.isEmpty() || row.action.laterStage.isEmpty())
                return std::unexpected(tr("%1: \"later\" needs a \"team\" and the \"stage\" it takes over at").arg(where));
        }
        table.rows.append(row);
    }
    return table;
}

QJsonObject EngineConfigJson::scoringToJson(const ScoringModel &model)
{
    QJsonArray rules;
    for (const ScoringRule &rule : model.rules) {
        QJsonObject object{{u"name"_s, rule.name}};
        if (rule.kind == ScoringRule::Kind::Behaviour) {
            object.insert(u"event"_s, rule.eventType);
            if (!rule.detail.isEmpty())
                object.insert(u"detail"_s, rule.detail);
        }
        if (!rule.when.isAlways())
            object.insert(u"when"_s, rule.when.toText());
        object.insert(u"points"_s, rule.points);
        if (rule.cap > 0)
            object.insert(u"cap"_s, rule.cap);
        rules.append(object);
    }
    return QJsonObject{
        {u"handoff"_s, QJsonObject{{u"threshold"_s, model.handoffThreshold}, {u"stage"_s, model.handoffStage},
                                   {u"high_intent"_s, QJsonArray::fromStringList(model.highIntentTypes)}}},
        {u"decay_per_idle_week"_s, model.decayPerIdleWeek},
        {u"rules"_s, rules},
    };
}

std::expected<ScoringModel, QString> EngineConfigJson::scoringFromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::unexpected(tr("scoring: expected an object"));
    const QJsonObject object = json.toObject();
    if (auto known = EngineConfigJson::onlyKnownKeys(object, {u"handoff"_s, u"decay_per_idle_week"_s, u"rules"_s}, tr("scoring")); !known)
        return std::unexpected(known.error());
    ScoringModel model;
    const QJsonObject handoff = object.value(u"handoff"_s).toObject();
    if (auto known = EngineConfigJson::onlyKnownKeys(handoff, {u"threshold"_s, u"stage"_s, u"high_intent"_s}, tr("scoring handoff")); !known)
        return std::unexpected(known.error());
    auto threshold = integerOf(handoff, u"threshold"_s, model.handoffThreshold, tr("scoring handoff"));
    auto decay = integerOf(object, u"decay_per_idle_week"_s, 0, tr("scoring"));
    if (!threshold)
        return std::unexpected(threshold.error());
    if (!decay)
        return std::unexpected(decay.error());
    model.handoffThreshold = *threshold;
    model.decayPerIdleWeek = *decay;
    if (handoff.contains(u"stage"_s))
        model.handoffStage = handoff.value(u"stage"_s).toString().trimmed();
    if (handoff.contains(u"high_intent"_s)) {
        model.highIntentTypes.clear();
        for (const QJsonValue &type : handoff.value(u"high_intent"_s).toArray())
            model.highIntentTypes.append(type.toString());
    }
    const QJsonArray rules = object.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        ScoringRule rule;
        rule.name = r.value(u"name"_s).toString().trimmed();
        const QString where = rule.name.isEmpty() ? tr("scoring rule %1").arg(i + 1) : tr("scoring rule \"%1\"").arg(rule.name);
        if (auto known = EngineConfigJson::onlyKnownKeys(r, {u"name"_s, u"event"_s, u"detail"_s, u"when"_s, u"points"_s, u"cap"_s}, where); !known)
            return std::unexpected(known.error());
        if (rule.name.isEmpty())
            return std::unexpected(tr("%1: a rule needs a \"name\" (a score is explained by its rules' names)").arg(where));
        rule.kind = r.contains(u"event"_s) ? ScoringRule::Kind::Behaviour : ScoringRule::Kind::Fit;
        rule.eventType = r.value(u"event"_s).toString();
        rule.detail = r.value(u"detail"_s).toString();
        auto when = conditionOf(r, where);
        if (!when)
            return std::unexpected(when.error());
        rule.when = *when;
        if (rule.kind == ScoringRule::Kind::Fit && rule.when.isAlways())
            return std::unexpected(tr("%1: a rule needs an \"event\" or a \"when\"").arg(where));
        if (!r.contains(u"points"_s))
            return std::unexpected(tr("%1: \"points\" is missing").arg(where));
        auto points = integerOf(r, u"points"_s, 0, where);
        auto cap = integerOf(r, u"cap"_s, 0, where);
        if (!points)
            return std::unexpected(points.error());
        if (!cap)
            return std::unexpected(cap.error());
        rule.points = *points;
        rule.cap = *cap;
        model.rules.append(rule);
    }
    return model;
}

} // namespace lejek
