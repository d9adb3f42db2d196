// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace lejek {

// Which stored lead an incoming one is (an import's row, a lead given an external id):
// the same external id, then e-mail, then NIP in the pipeline (DOMAIN.md: "matched by
// e-mail, then by company tax id"). A merged lead matches as the lead it was merged
// into, so a row of its e-mail updates the lead that stays.
class LeadMatchRepository
{
public:
    explicit LeadMatchRepository(Database &db) : m_db(db) {}

    // The first lead matching, in that order of keys.
    Result<std::optional<qint64>> findDuplicate(qint64 pipelineId, const QString &externalId, const QString &email,
                                                const QString &nip);
    // The lowest lead id per value of `column` (external_id, email or nip) among
    // `values`, in a query per 256 values: findDuplicate() for a whole batch.
    Result<QHash<QString, qint64>> firstIds(qint64 pipelineId, const QString &column, const QStringList &values);

private:
    Database &m_db;
};

} // namespace lejek
