// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "ScoringModel.h"

#include <QHash>
#include <QList>

namespace lejek {

// A lead's behaviour events as scoring reads them: the activities of the behaviour
// kinds (BehaviourEvent::types()), the subject as the detail, oldest first.
class BehaviourEventRepository
{
public:
    explicit BehaviourEventRepository(Database &db) : m_db(db) {}

    Result<QList<BehaviourEvent>> forLead(qint64 leadId);
    // The events of a pipeline's leads created at or after `createdSince`, by lead (a replay).
    Result<QHash<qint64, QList<BehaviourEvent>>> forPipeline(qint64 pipelineId, const QDateTime &createdSince);

private:
    Database &m_db;
};

} // namespace lejek
