// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardFilterState.h"

#include <array>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {

// Names, not enum numbers, in the settings file: reordering an enum keeps them valid.
const std::array<std::pair<OwnerScope, QString>, 4> &ownerNames()
{
    static const std::array<std::pair<OwnerScope, QString>, 4> names{
        {{OwnerScope::Everyone, u"everyone"_s}, {OwnerScope::Me, u"me"_s}, {OwnerScope::MyTeam, u"team"_s},
         {OwnerScope::User, u"user"_s}}};
    return names;
}

const std::array<std::pair<LeadSort, QString>, 4> &sortNames()
{
    static const std::array<std::pair<LeadSort, QString>, 4> names{
        {{LeadSort::LastActivity, u"last_activity"_s}, {LeadSort::Value, u"value"_s}, {LeadSort::Score, u"score"_s},
         {LeadSort::Age, u"age"_s}}};
    return names;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QString>, N> &names, Enum value)
{
    for (const auto &[e, name] : names)
        if (e == value)
            return name;
    return names.front().second;
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, QString>, N> &names, const QJsonValue &json, Enum fallback)
{
    for (const auto &[e, name] : names)
        if (json.toString() == name)
            return e;
    return fallback;
}

std::optional<int> optionalInt(const QJsonValue &json)
{
    if (!json.isDouble())
        return std::nullopt;
    return json.toInt();
}

} // namespace

LeadFilter BoardFilterState::toLeadFilter(const std::optional<User> &me) const
{
    LeadFilter filter;
    filter.text = text.trimmed();
    switch (owner) {
    case OwnerScope::Everyone:
        break;
    case OwnerScope::Me:
        if (me)
            filter.ownerId = me->id;
        break;
    case OwnerScope::MyTeam:
        if (me && me->teamId)
            filter.teamId = me->teamId;
        else if (me)
            filter.ownerId = me->id;
        break;
    case OwnerScope::User:
        filter.ownerId = ownerUserId;
        break;
    }
    filter.source = source;
    filter.campaign = campaign.trimmed();
    filter.minScore = minScore;
    filter.maxScore = maxScore;
    filter.rottingOnly = rottingOnly;
    return filter;
}

QJsonObject BoardFilterState::toJson() const
{
    QJsonObject json{{u"text"_s, text},
                     {u"owner"_s, nameOf(ownerNames(), owner)},
                     {u"source"_s, source},
                     {u"campaign"_s, campaign},
                     {u"rottingOnly"_s, rottingOnly},
                     {u"sort"_s, nameOf(sortNames(), sort)},
                     {u"descending"_s, descending}};
    if (owner == OwnerScope::User)
        json.insert(u"ownerUserId"_s, ownerUserId);
    if (minScore)
        json.insert(u"minScore"_s, *minScore);
    if (maxScore)
        json.insert(u"maxScore"_s, *maxScore);
    return json;
}

BoardFilterState BoardFilterState::fromJson(const QJsonObject &json)
{
    BoardFilterState state;
    state.text = json.value(u"text"_s).toString();
    state.owner = valueOf(ownerNames(), json.value(u"owner"_s), OwnerScope::Everyone);
    state.ownerUserId = json.value(u"ownerUserId"_s).toInteger();
    if (state.owner == OwnerScope::User && state.ownerUserId <= 0) {
        state.owner = OwnerScope::Everyone;
        state.ownerUserId = 0;
    }
    if (state.owner != OwnerScope::User)
        state.ownerUserId = 0;
    state.source = json.value(u"source"_s).toString();
    state.campaign = json.value(u"campaign"_s).toString();
    state.minScore = optionalInt(json.value(u"minScore"_s));
    state.maxScore = optionalInt(json.value(u"maxScore"_s));
    if (state.minScore && state.maxScore && *state.minScore > *state.maxScore)
        state.maxScore = state.minScore;
    state.rottingOnly = json.value(u"rottingOnly"_s).toBool();
    state.sort = valueOf(sortNames(), json.value(u"sort"_s), LeadSort::LastActivity);
    state.descending = json.value(u"descending"_s).toBool(true);
    return state;
}

} // namespace lejek::app
