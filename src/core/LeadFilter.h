// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lejek {

// What a board column shows: all of it runs in SQL (see LeadRepository::page).
struct LeadFilter {
    QString text;          // company, contact, e-mail, NIP, phone
    qint64 ownerId = 0;    // 0: everyone
    QString source;
    QString campaign;
    std::optional<int> minScore;
    std::optional<int> maxScore;
    bool rottingOnly = false;

    bool isEmpty() const
    {
        return text.isEmpty() && ownerId == 0 && source.isEmpty() && campaign.isEmpty() && !minScore && !maxScore
               && !rottingOnly;
    }
};

// How a column is ordered; the id breaks ties so keyset paging is stable.
enum class LeadSort { LastActivity, Value, Score, Age };

} // namespace lejek
