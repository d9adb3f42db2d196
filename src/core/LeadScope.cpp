// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadScope.h"

namespace lejek {

LeadScope LeadScope::of(const Principal &principal, bool worksPipeline)
{
    switch (principal.role) {
    case Principal::Role::Admin:
        return LeadScope{};
    case Principal::Role::Manager:
        // A manager without a team has only the queue of unassigned leads.
        return LeadScope{false, 0, principal.teamId, true};
    case Principal::Role::Rep:
        break;
    }
    // userId 0 is nobody's id: a rep without one sees no lead by ownership.
    return LeadScope{false, principal.userId, 0, worksPipeline};
}

bool LeadScope::allows(qint64 ownerId, qint64 ownerTeamId) const
{
    if (everything)
        return true;
    if (ownerId == 0)
        return unassigned;
    return (this->ownerId != 0 && ownerId == this->ownerId) || (teamId != 0 && ownerTeamId == teamId);
}

} // namespace lejek
