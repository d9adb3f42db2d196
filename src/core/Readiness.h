// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "Pipeline.h"

#include <QDate>
#include <QStringList>

namespace lejek {

// How far a lead is from the next stage: of the fields that stage's gate requires
// (gates accumulate, see StageGate), how many are filled and which are missing, and the
// criteria it fails. The card's readiness line and the board card's badge read it.
struct Readiness {
    const Stage *next = nullptr; // none: the lead is closed, or no stage follows
    QStringList requiredKeys;    // card order
    QStringList missingKeys;
    QStringList failedCriteria;  // described, translated

    int required() const { return static_cast<int>(requiredKeys.size()); }
    int filled() const { return static_cast<int>(requiredKeys.size() - missingKeys.size()); }
    bool isReady() const { return next && missingKeys.isEmpty() && failedCriteria.isEmpty(); }
    // "Ready for SQL: 2 of 4 — missing Industry, Main pain"; "Ready for MQL"; empty
    // without a next stage.
    QString summary(const Pipeline &pipeline) const;
    // "2/4", "✓", or empty when the next stage asks for nothing.
    QString badge() const;

    // The stage a rep works towards from `current`: the next open stage in order, else
    // the won stage. A parked lead works towards the open stage after its own.
    static const Stage *nextStage(const Pipeline &pipeline, const Stage &current);
    static Readiness of(const Pipeline &pipeline, const Lead &lead, QDate today);
};

} // namespace lejek
