// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scorer.h"

#include <QCoreApplication>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::Scorer", text); }

constexpr qint64 kWeekMs = 7LL * 86'400'000;

QString signedPoints(int points)
{
    return points < 0 ? u"\u2212"_s + QString::number(-points) : u"+"_s + QString::number(points);
}

} // namespace

const QStringList &BehaviourEvent::types()
{
    // The timeline's behaviour kinds (Activity, TimelineEntry): an event is one of them.
    static const QStringList list{u"demo_request"_s, u"pricing_visit"_s, u"download"_s, u"webinar"_s,
                                  u"email_click"_s,  u"form_sent"_s,     u"page_visit"_s};
    return list;
}

QString BehaviourEvent::kindOf(const QString &type)
{
    const QString t = type.trimmed().toLower();
    return t == u"form"_s ? u"form_sent"_s : t;
}

QString Score::explain() const
{
    QStringList parts;
    for (const ScoreReason &reason : reasons)
        parts.append(reason.times > 1 ? u"%1 ×%2 %3"_s.arg(reason.rule).arg(reason.times).arg(signedPoints(reason.points))
                                      : u"%1 %2"_s.arg(reason.rule, signedPoints(reason.points)));
    return parts.join(u", "_s);
}

std::expected<Scorer, QString> Scorer::compile(const ScoringModel &model, const FactSchema &schema)
{
    Scorer scorer;
    scorer.m_model = model;
    for (const ScoringRule &rule : model.rules) {
        const QString name = rule.name.isEmpty() ? tr("(unnamed)") : rule.name;
        if (rule.kind == ScoringRule::Kind::Behaviour && !BehaviourEvent::types().contains(rule.eventType))
            return std::unexpected(tr("scoring rule \"%1\": unknown event type \"%2\" (expected one of %3)")
                                       .arg(name, rule.eventType, BehaviourEvent::types().join(u", "_s)));
        if (rule.cap < 0)
            return std::unexpected(tr("scoring rule \"%1\": the cap cannot be negative").arg(name));
        auto condition = CompiledCondition::compile(rule.when, schema);
        if (!condition)
            return std::unexpected(tr("scoring rule \"%1\": %2").arg(name, condition.error()));
        scorer.m_conditions.append(std::move(*condition));
    }
    for (const QString &type : model.highIntentTypes)
        if (!BehaviourEvent::types().contains(type))
            return std::unexpected(tr("handoff rule: unknown high-intent event type \"%1\"").arg(type));
    if (model.decayPerIdleWeek < 0)
        return std::unexpected(tr("decay per idle week cannot be negative"));
    return scorer;
}

Score Scorer::score(const Facts &facts, const QList<BehaviourEvent> &events, const QDateTime &lastActivity) const
{
    Score score;
    score.reasons.reserve(m_model.rules.size() + 1); // one allocation per score
    score.highIntent = m_model.highIntentTypes.isEmpty(); // a model may hand off on points alone
    int behaviourPoints = 0;
    QDateTime latest = lastActivity;
    for (const BehaviourEvent &event : events) {
        if (m_model.highIntentTypes.contains(event.type))
            score.highIntent = true;
        if (!latest.isValid() || event.at > latest)
            latest = event.at;
    }
    for (qsizetype i = 0; i < m_model.rules.size(); ++i) {
        const ScoringRule &rule = m_model.rules.at(i);
        if (!m_conditions.at(i).holds(facts))
            continue;
        int times = 1;
        if (rule.kind == ScoringRule::Kind::Behaviour) {
            times = 0;
            for (const BehaviourEvent &event : events)
                if (event.type == rule.eventType && (rule.detail.isEmpty() || event.detail.contains(rule.detail, Qt::CaseInsensitive)))
                    ++times;
            if (times == 0)
                continue;
        }
        int points = rule.points * times;
        if (rule.cap > 0)
            points = std::clamp(points, -rule.cap, rule.cap);
        if (rule.kind == ScoringRule::Kind::Behaviour)
            behaviourPoints += points;
        score.total += points;
        score.reasons.append(ScoreReason{rule.name, points, times});
    }
    // Interest fades: each whole idle week takes its points back from what behaviour
    // gave, never more than that (fit does not fade).
    if (m_model.decayPerIdleWeek > 0 && latest.isValid() && behaviourPoints > 0) {
        const qint64 weeks = std::max<qint64>(0, (facts.now.toMSecsSinceEpoch() - latest.toMSecsSinceEpoch()) / kWeekMs);
        const int decay = int(std::min<qint64>(behaviourPoints, weeks * m_model.decayPerIdleWeek));
        if (decay > 0) {
            score.total -= decay;
            score.reasons.append(ScoreReason{tr("idle decay"), -decay, int(weeks)}); // times: the idle weeks
        }
    }
    return score;
}

} // namespace lejek
