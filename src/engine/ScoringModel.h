// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConditionExpr.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// Something a lead did (DOMAIN.md, Events): a demo request, a pricing-page visit, a
// download, a webinar, an e-mail click, a form; the detail says which one.
struct BehaviourEvent {
    QString type; // demo_request, pricing_visit, download, webinar, email_click, form_sent, page_visit
    QString detail;
    QDateTime at;
    static const QStringList &types();
    // The kind an event's given type means: trimmed, lower case, and the CLI's and the
    // issue's "form" read as the timeline's form_sent.
    static QString kindOf(const QString &type);
};

// One rule of a scoring model. A behaviour rule gives its points for each event of its
// type (and, when set, whose detail contains `detail`); a fit rule gives them once when
// its condition holds. Negative points take away; a cap bounds what the rule gives in
// all (a behaviour rule's repeats; 0: no cap).
struct ScoringRule {
    enum class Kind { Behaviour, Fit };
    QString name;
    Kind kind = Kind::Fit;
    QString eventType;
    QString detail;
    ConditionExpr when;
    int points = 0;
    int cap = 0;
    friend bool operator==(const ScoringRule &, const ScoringRule &) = default;
};

// A pipeline's scoring (DOMAIN.md, Scoring and handoff): its rules, the points a lead
// loses per idle week (behaviour points only; 0: no decay), and the handoff rule: score
// at least `handoffThreshold` with at least one high-intent event moves the lead to
// `handoffStage`, where it is routed. An empty `highIntentTypes` hands off on points
// alone (data with no events, such as a web form's answers, scored on fit).
struct ScoringModel {
    QList<ScoringRule> rules;
    int decayPerIdleWeek = 0;
    int handoffThreshold = 70;
    QStringList highIntentTypes{QStringLiteral("demo_request"), QStringLiteral("pricing_visit")};
    QString handoffStage = QStringLiteral("MQL");
    friend bool operator==(const ScoringModel &, const ScoringModel &) = default;
};

} // namespace lejek
