// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"

namespace lejek {

// Which leads a principal may see and change (DOMAIN.md, DESIGN.md "Team"): an admin
// every lead; a manager the leads of the team's members and the unassigned ones (the
// manager's queue); a rep their own and the unassigned ones of the pipelines they work.
// The store turns it into SQL (pages, totals, exports); allows() answers for one lead.
struct LeadScope {
    bool everything = true;
    qint64 ownerId = 0;      // a rep's own leads
    qint64 teamId = 0;       // a manager's team's leads
    bool unassigned = false; // leads without an owner

    // `worksPipeline`: whether a rep works the pipeline in question (a rep of product A
    // never sees product B's queue).
    static LeadScope of(const Principal &principal, bool worksPipeline = true);

    // Whether a lead owned by `ownerId` (0: nobody), a member of `ownerTeamId`, is in scope.
    bool allows(qint64 ownerId, qint64 ownerTeamId) const;

    friend bool operator==(const LeadScope &, const LeadScope &) = default;
};

} // namespace lejek
