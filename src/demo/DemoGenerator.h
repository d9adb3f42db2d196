// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoStagePlan.h"
#include "LeadRequests.h"
#include "Pipeline.h"
#include "User.h"

#include <QDateTime>
#include <QList>

namespace lejek {

// Realistic Polish B2B demo leads with about a year of history ending at `now`: pure
// (no I/O, no clock) and deterministic. Lead `index` depends only on the seed, the
// index, the count, the pipeline's stages, the owners and `now`, so it is the same in
// whatever batch it is made, on every run and every machine.
//
// Each HistoricLead has a company (name with legal form, valid NIP, domain, city,
// industry, size), a contact (Polish name in the right gender form, role, e-mail at
// the company's domain, +48 phone), source and campaign, pains and goals, budget and
// deal value in PLN grosze, a score, an owner from `owners` (a few leads of the first
// stage have none), its stage path as moves (creation first, from stage 0, strictly
// later times after), activities and tasks. Leads that passed a stage with required
// fields carry them; lost leads carry a lost_reason code and closed_at, won leads
// closed_at. The pipeline's stages must have ids (a saved pipeline).
class DemoGenerator
{
public:
    DemoGenerator(const Pipeline &pipeline, const QList<User> &owners, qint64 count, quint64 seed,
                  const QDateTime &now);

    qint64 count() const { return m_count; }
    const DemoStagePlan &plan() const { return m_plan; }
    QDateTime now() const;

    HistoricLead lead(qint64 index) const;
    // Leads first .. first + size - 1, cut at count().
    QList<HistoricLead> batch(qint64 first, int size) const;

    static constexpr int HistoryDays = 365;

private:
    DemoStagePlan m_plan;
    QList<qint64> m_ownerIds;
    qint64 m_count;
    quint64 m_seed;
    qint64 m_nowMs;
    qint64 m_nowWorking;
    qint64 m_companyCount;
};

} // namespace lejek
