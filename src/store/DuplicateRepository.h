// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "DuplicateMatch.h"
#include "LeadScope.h"

#include <QList>
#include <QString>

namespace lejek {

// Finds the leads a lead may duplicate, for the card's check before it saves.
class DuplicateRepository
{
public:
    explicit DuplicateRepository(Database &db) : m_db(db) {}

    // Leads of the pipeline, other than `exceptId`, with this e-mail or NIP (normalised;
    // empty: not looked for), at most `limit` per key, by the e-mail and NIP indexes;
    // those `scope` hides are only counted (*hidden), each lead once.
    Result<QList<DuplicateMatch>> sharingEmailOrNip(qint64 pipelineId, const QString &email, const QString &nip, qint64 exceptId,
                                                     const LeadScope &scope, int limit, int *hidden);

private:
    Database &m_db;
};

} // namespace lejek
