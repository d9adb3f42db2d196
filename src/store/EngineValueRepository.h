// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>

namespace lejek {

// The values of a lead that the engine keeps (scoring, SLAs) rather than people. They
// are written without bumping the lead's version or updated_at: a score recomputed
// while a rep edits the card must not turn the rep's save into a conflict. Whoever
// writes them records the domain events; this only stores.
class EngineValueRepository
{
public:
    explicit EngineValueRepository(Database &db) : m_db(db) {}

    struct Values {
        int score = 0;
        QDateTime slaFirstContactDueAt; // null: no SLA 1 running
        QDateTime slaDecisionDueAt;     // null: no SLA 2 running
        QString scoreReasons;           // JSON: [{"rule": ..., "points": ..., "times": ...}]
        QString routingReason;
        bool ownerByHand = false;       // a person chose the owner: routing leaves it
        bool handoffMet = false;        // the score met the handoff rule when last computed
        QDateTime slaStartedAt;         // entered the stage whose SLA runs
        QDateTime slaFirstContactAt;
        QDateTime slaDecidedAt;
        friend bool operator==(const Values &, const Values &) = default;
    };
    Result<Values> read(qint64 leadId);
    // Error::NotFound when there is no such lead.
    Result<void> write(qint64 leadId, const Values &values);

private:
    Database &m_db;
};

} // namespace lejek
