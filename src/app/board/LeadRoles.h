// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "Pipeline.h"
#include "Stage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

#include <functional>

namespace lejek::app {

// What a card paints, and a tooltip or a screen reader says, of one loaded lead: the
// values of StageLeadModel's roles that come from the lead, its column's stage and the
// time now (the model answers for its own state: loaded, pending, notices).
class LeadRoles
{
    Q_DECLARE_TR_FUNCTIONS(lejek::app::LeadRoles)
public:
    // `pipeline` (may be null): for the readiness badge.
    LeadRoles(const Stage &stage, const std::function<QDateTime()> &clock, const Pipeline *pipeline = nullptr);

    // `notice`: why the lead's last move was refused (empty: none), for the tooltip.
    QVariant value(const Lead &lead, int role, const QString &notice) const;

private:
    int daysSince(const QDateTime &when) const;

    const Stage &m_stage;
    const Pipeline *m_pipeline;
    const std::function<QDateTime()> &m_clock;
};

} // namespace lejek::app
