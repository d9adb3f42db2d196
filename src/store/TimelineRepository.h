// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"
#include "TimelinePage.h"

#include <QList>

namespace lejek {

// Reads a lead's timeline: its stage changes and activities as one list. The
// bookkeeping "stage_change" activity a move writes (it names the version for conflict
// messages) is left out of pages: the stage change row says it.
class TimelineRepository
{
public:
    explicit TimelineRepository(Database &db) : m_db(db) {}

    // Everything, oldest first (the command line prints a lead's whole history).
    Result<QList<TimelineEntry>> all(const Pipeline &pipeline, qint64 leadId);
    // One page, newest first. Each table is read by its (lead, time) index from the
    // cursor on, at most limit + 1 rows, and the two are merged: a page costs the same
    // on the 1,000th entry as on the first.
    Result<TimelinePage> page(const Pipeline &pipeline, const TimelineRequest &request);

private:
    Result<QList<TimelineEntry>> stageChanges(const Pipeline &pipeline, const TimelineRequest &request);
    Result<QList<TimelineEntry>> activities(const TimelineRequest &request);

    Database &m_db;
};

} // namespace lejek
