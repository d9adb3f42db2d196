// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "UnitOfWork.h"

#include <QList>

namespace lejek {

// Behaviour events in (DOMAIN.md, Events): each matched to its lead (e-mail, NIP, web
// domain) or given a new one, and logged as an activity of its kind, once. The engine
// then scores the lead and may hand it off, as for any activity.
class BehaviourEventCommands
{
public:
    explicit BehaviourEventCommands(UnitOfWork &work) : m_work(work) {}

    Result<QList<BehaviourEventResult>> record(const QList<BehaviourEventRequest> &events, LeadChange *change);
    // The key that makes an event idempotent: its source's id, else e-mail, type, detail
    // and time to the millisecond.
    static QString eventKey(const BehaviourEventRequest &event);

private:
    Result<void> check(const BehaviourEventRequest &event, int place) const;
    Result<qint64> match(const BehaviourEventRequest &event);

    UnitOfWork &m_work;
};

} // namespace lejek
