// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "LeadFilter.h"
#include "LeadPath.h"
#include "LeadScope.h"

#include <QHash>
#include <QSet>

namespace lejek {

// Leads' paths through a pipeline for the reports (lejek_metrics): each lead's stage
// entries in the pipeline from the stage-change log, with its lost reason, owner, team,
// source, campaign, value, expected close, last activity, whether a task is open and
// the owner's contacts (the calls, e-mails sent and meetings speed to lead counts),
// as they are now. Merged leads are left out (their history lives
// on in the lead they were merged into), and so is what `scope` and `filter` leave out
// of the board: the same SQL terms.
class LeadPathRepository
{
public:
    explicit LeadPathRepository(Database &db) : m_db(db) {}

    Result<QList<LeadPath>> paths(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now);
    // The paths as they stood just before `end` (the end of a past day), from history:
    // only what was entered and contacted before it; the owner then, by id (with the
    // name and team they have now), which `filter`'s owner and team select; the last
    // activity and whether a task was open then. Leads created since are left out.
    // Lost reason, value, currency and expected close are the lead's now: the history
    // does not keep them apart yet.
    Result<QList<LeadPath>> pathsAsOf(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                      const QDateTime &end);
    // Each user's team (0: none), by user id.
    Result<QHash<qint64, qint64>> teams();
    // Everyone's name and team, by user id: read once, shared by every path.
    struct Person {
        QString name;
        qint64 teamId = 0;
        QString team;
    };
    Result<QHash<qint64, Person>> people();
    // The pipeline's leads with a next step planned: an open task (tasks_lead).
    Result<QSet<qint64>> leadsWithOpenTask(qint64 pipelineId);

private:
    // Each lead's contacts (LeadPath::contacts), into `paths` (in lead id order).
    Result<void> readContacts(qint64 pipelineId, QList<LeadPath> &paths);

    Database &m_db;
};

} // namespace lejek
