// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "LeadFilter.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace lejek {

// Where the previous page ended: the sort value and id of its last lead.
struct PageCursor {
    QVariant sortValue;
    qint64 id = 0;
};

// One page of one stage. Sequential pages follow `after` (keyset, index-only); a view
// that jumps (a scroll bar dragged to the middle) gives `offset` instead.
struct PageRequest {
    qint64 stageId = 0;
    LeadFilter filter;
    LeadSort sort = LeadSort::LastActivity;
    bool descending = true;
    int limit = 100;
    int offset = 0;
    std::optional<PageCursor> after;
    // A page of a long read (an export, a report): served by the store's read connection,
    // so it never waits behind board writes, and it sees what was committed when it ran.
    bool longRead = false;
};

struct StagePage {
    QList<Lead> leads;
    bool hasMore = false;
    PageCursor next;
};

} // namespace lejek
