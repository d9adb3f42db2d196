// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainEvent.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QString DomainEvent::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::LeadCreated:
        return u"lead_created"_s;
    case Kind::StageEntered:
        return u"stage_entered"_s;
    case Kind::FieldChanged:
        return u"field_changed"_s;
    case Kind::OwnerChanged:
        return u"owner_changed"_s;
    case Kind::ActivityLogged:
        return u"activity_logged"_s;
    case Kind::TaskCreated:
        return u"task_created"_s;
    case Kind::TaskDone:
        return u"task_done"_s;
    case Kind::TaskRescheduled:
        return u"task_rescheduled"_s;
    case Kind::TaskCancelled:
        return u"task_cancelled"_s;
    case Kind::LeadMerged:
        return u"lead_merged"_s;
    case Kind::LeadWon:
        return u"lead_won"_s;
    case Kind::LeadLost:
        return u"lead_lost"_s;
    case Kind::LeadReactivated:
        return u"lead_reactivated"_s;
    }
    return {};
}

} // namespace lejek
