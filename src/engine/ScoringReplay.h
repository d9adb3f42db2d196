// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scorer.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lejek {

// A past lead as the scoring replay reads it: its facts, its behaviour events (any
// order), and when it reached the stage that counts as converted (invalid: it never did).
struct ScoringReplayLead {
    qint64 leadId = 0;
    QString name;
    QDateTime createdAt;
    Facts facts;
    QList<BehaviourEvent> events;
    QDateTime convertedAt;
};

// One lead replayed: when the handoff rule would have fired, with which score and why,
// against whether and when it converted.
struct ScoringReplayRow {
    qint64 leadId = 0;
    QString name;
    QDateTime createdAt;
    QDateTime handoffAt; // invalid: never handed off
    Score score;         // at the handoff, else after its last event
    QDateTime convertedAt;
    bool handedOff() const { return handoffAt.isValid(); }
    bool converted() const { return convertedAt.isValid(); }
};

// The handoff rule judged as a classifier of the leads that converted.
struct ScoringReplayReport {
    QList<ScoringReplayRow> rows; // in order of creation (then of id)
    QString convertedStage;       // what counted as converted, as whoever gathered the leads decided
    int handoffThreshold = 0;
    int leads = 0;
    int handedOff = 0;
    int converted = 0;
    int handedOffAndConverted = 0;
    // Of the leads handed off, the share that converted (none handed off: nothing).
    std::optional<double> precision() const;
    // Of the leads that converted, the share handed off (none converted: nothing).
    std::optional<double> recall() const;
    // Of all leads, the share that converted: what picking at random would achieve.
    std::optional<double> baseRate() const;
    // precision / base rate: how many times better than random the rule picks.
    std::optional<double> lift() const;
};

// Scores past leads again through a scoring model, event by event in the order they
// happened: at its creation and after each event, a lead is scored as of that moment
// (the events so far; the idle decay up to then), and the first moment its score meets
// the handoff rule is when it would have been handed off. Pure: writes nothing.
class ScoringReplay
{
public:
    static ScoringReplayReport run(const Scorer &scorer, QList<ScoringReplayLead> leads);
};

} // namespace lejek
