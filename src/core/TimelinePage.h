// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineEntry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace lejek {

// Where a timeline page ended: its oldest entry. Entries of one instant order stage
// change first (the move came before what it caused), then by id.
struct TimelineCursor {
    QDateTime at;
    bool stageChange = false;
    qint64 id = 0;
};

// One page of a lead's timeline, newest first: a card shows the latest entries and
// pages in older ones as the rep scrolls, so no lead's history is ever read whole.
struct TimelineRequest {
    qint64 leadId = 0;
    // What to show (TimelineEntry::Category); empty: everything.
    QList<TimelineEntry::Category> categories;
    int limit = 50;
    std::optional<TimelineCursor> before; // none: the newest page
};

struct TimelinePage {
    QList<TimelineEntry> entries;
    bool hasMore = false;
    TimelineCursor next; // give as `before` for the page after this one
};

} // namespace lejek
