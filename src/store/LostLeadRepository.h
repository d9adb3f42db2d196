// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>

namespace lejek {

// Lost leads, for the half-yearly review (DOMAIN.md: lost leads can be reactivated later).
class LostLeadRepository
{
public:
    struct Row {
        qint64 leadId = 0;
        qint64 pipelineId = 0;
        qint64 ownerId = 0;
        qint64 teamId = 0;
    };

    explicit LostLeadRepository(Database &db) : m_db(db) {}

    // Leads in a lost stage, closed before `cutoff`, oldest first, at most `limit`,
    // through each pipeline's (pipeline_id, closed_at) index; merged ones left out.
    Result<QList<Row>> closedBefore(const QDateTime &cutoff, int limit);

private:
    Database &m_db;
};

} // namespace lejek
