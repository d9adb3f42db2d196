// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>

namespace lejek {

// The rows a merge moves and marks. No rules here: LeadMerge decides.
class MergeRepository
{
public:
    explicit MergeRepository(Database &db) : m_db(db) {}

    // The other lead's activities and tasks become the survivor's. Activities lose their
    // lead version: it counted the other lead's versions, and would make the survivor's
    // conflicts name fields nobody changed on it.
    Result<void> moveRecords(qint64 fromLeadId, qint64 toLeadId);
    // Marks `leadId` merged into `intoId` with a new version, and points the leads merged
    // into it before to `intoId`, so that every merged lead names a lead still listed.
    Result<void> markMerged(qint64 leadId, qint64 intoId, int version, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace lejek
