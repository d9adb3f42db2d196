// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rows as Lejek wrote them under schema versions 1 to 3, in plain SQL: the current
// repositories write version 4's tables, so they cannot make an old database.
#pragma once

#include "Database.h"

#include <QDateTime>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

// The instants of the old history, 2026-03-02 10:00 UTC and a day apart.
inline QDateTime oldRowsAt(int day) { return QDateTime(QDate(2026, 3, 2 + day), QTime(10, 0), Qt::UTC); }

// A two-stage pipeline made on day 0; Anna Nowak (1) and Piotr Wiśniewski (2); lead 1
// of Fabryka Okien, created on day 0 owned by Anna, given to Piotr on day 1 and moved to
// Won on day 2 (version 3). Under version 3 owner edits named the people.
inline Result<void> writeOldRows(Database &db)
{
    const auto t = [](int day) { return QVariant(oldRowsAt(day).toMSecsSinceEpoch()); };
    const QList<std::pair<QString, QVariantList>> statements{
        {u"INSERT INTO users (id, name, role, created_at) VALUES (1, 'Anna Nowak', 'admin', ?), (2, 'Piotr Wiśniewski', 'rep', ?)"_s,
         {t(0), t(0)}},
        {u"INSERT INTO pipelines (id, name, currency, created_at) VALUES (1, 'B2B funnel', 'PLN', ?)"_s, {t(0)}},
        {u"INSERT INTO stages (id, pipeline_id, position, name, names, kind, probability, rotting_days, required_fields, "
         "entry_criteria, sla_first_contact_minutes, sla_decision_minutes) VALUES "
         "(1, 1, 1, 'New', '{\"pl\":\"Nowe\"}', 'open', 10, 7, '[]', '[]', 15, 2880), "
         "(2, 1, 2, 'Won', '{}', 'won', 100, 0, '[\"budget\"]', '[]', 0, 0)"_s,
         {}},
        {u"INSERT INTO leads (id, pipeline_id, stage_id, owner_id, version, company, budget, currency, created_at, updated_at, "
         "stage_entered_at, last_activity_at, closed_at) VALUES (1, 1, 2, 2, 3, 'Fabryka Okien', 5000000, 'PLN', ?, ?, ?, ?, ?)"_s,
         {t(0), t(2), t(2), t(2), t(2)}},
        {u"INSERT INTO stage_changes (lead_id, pipeline_id, from_stage_id, to_stage_id, changed_at, user_id) VALUES "
         "(1, 1, NULL, 1, ?, 1), (1, 1, 1, 2, ?, 2)"_s,
         {t(0), t(2)}},
        {u"INSERT INTO activities (lead_id, kind, occurred_at, user_id, lead_version, field, old_value, new_value) VALUES "
         "(1, 'created', ?, 1, 1, NULL, NULL, NULL), (1, 'field_edit', ?, 1, 2, 'owner', 'Anna Nowak', 'Piotr Wiśniewski'), "
         "(1, 'note', ?, 2, NULL, NULL, NULL, NULL)"_s,
         {t(0), t(1), t(2)}},
    };
    for (const auto &[sql, values] : statements)
        if (auto r = db.exec(sql, values); !r)
            return std::unexpected(r.error());
    return ok();
}

} // namespace lejek::test
