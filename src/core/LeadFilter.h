// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lejek {

// What a board shows: all of it runs in SQL, for a column's pages and for the column
// totals alike (LeadRepository::page and ::totals), so a header counts what it lists.
struct LeadFilter {
    // Words, each found (case and Polish diacritics ignored, taken literally) in the
    // company, contact name, e-mail, NIP or phone.
    QString text;
    qint64 ownerId = 0;    // 0: any owner
    qint64 teamId = 0;     // 0: any team; else leads owned by a member of this team
    QString source;        // exact; empty: any
    QString campaign;      // exact; empty: any
    std::optional<int> minScore; // inclusive
    std::optional<int> maxScore; // inclusive
    // Only leads of open and parked stages with no activity for longer than the
    // stage's rotting days (each stage its own); a stage that never rots has none.
    bool rottingOnly = false;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && ownerId == 0 && teamId == 0 && source.isEmpty() && campaign.isEmpty()
               && !minScore && !maxScore && !rottingOnly;
    }

    friend bool operator==(const LeadFilter &, const LeadFilter &) = default;
};

// How a column is ordered; the id breaks ties so keyset paging is stable.
enum class LeadSort { LastActivity, Value, Score, Age };

} // namespace lejek
