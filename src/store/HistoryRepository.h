// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"
#include "Database.h"
#include "Pipeline.h"
#include "TimelineEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace lejek {

// The append-only history: stage changes, owner changes and the activity timeline
// (read by TimelineRepository). Nothing here updates or deletes a row.
class HistoryRepository
{
public:
    explicit HistoryRepository(Database &db) : m_db(db) {}

    struct StageChange {
        qint64 leadId = 0;
        qint64 pipelineId = 0;
        qint64 fromStageId = 0; // 0: the lead was created
        qint64 toStageId = 0;
        QDateTime at;
        qint64 userId = 0;
        QString rule;
        QString note;
        bool imported = false;
    };
    Result<void> appendStageChange(const StageChange &change);
    // Who owned the lead before and after, by user id (0: nobody).
    struct OwnerChange {
        qint64 leadId = 0;
        qint64 fromUserId = 0;
        qint64 toUserId = 0;
        QDateTime at;
        qint64 userId = 0;
        QString rule;
        bool imported = false;
    };
    Result<void> appendOwnerChange(const OwnerChange &change);
    // The lead's owner at `at` (0: nobody): the owner before its first change after
    // `at`, else the owner it has now. Whether the lead existed then is the caller's.
    Result<qint64> ownerAsOf(qint64 leadId, const QDateTime &at);
    // Every lead's at once, just before `end` (a past day's end): each lead whose owner
    // changed at or after it, and its owner before (0: nobody). A lead not in it had
    // the owner it has now (ReportGrouping::OwnerThen, read once for many rows).
    Result<QHash<qint64, qint64>> ownersBefore(const QDateTime &end);
    Result<qint64> appendActivity(const Activity &activity);
    // Many at once, each with its own time and values (an import's history), in as few
    // statements as the backend's bound-value limit allows.
    Result<void> appendStageChanges(const QList<StageChange> &changes);
    Result<void> appendActivities(const QList<Activity> &activities);
    // What creating a lead records, for one lead or many (an import batch): the stage
    // change into its stage and the "created" entry of version 1, at `at` by `userId`
    // (0: none) or `rule`. Only the ids vary per row, so a statement binds 2 values a
    // row instead of 20 (binding is most of Qt SQL's cost).
    struct Created {
        qint64 leadId = 0;
        qint64 stageId = 0;
    };
    Result<void> appendCreations(qint64 pipelineId, const QList<Created> &leads, const QDateTime &at, qint64 userId,
                                 const QString &rule);
    // The fields written by versions after `version`, for a conflict message
    // ("stage" for a move).
    Result<QStringList> fieldsChangedSince(qint64 leadId, int version);
    // When the owner (or, for a lead without one, anyone) first called, e-mailed or met
    // the lead at or after `since` (Activity::contactKinds; invalid: never).
    Result<QDateTime> firstContactSince(qint64 leadId, qint64 ownerId, const QDateTime &since);

    // For a replay, of a pipeline's leads created at or after `createdSince`: the first
    // user each lead had (the owner before its first owner change, else the first one it
    // was given; a lead whose owner never changed has none here: its owner now), and
    // when each first entered one of `stageIds` (leads that never did have none).
    Result<QHash<qint64, qint64>> firstOwners(qint64 pipelineId, const QDateTime &createdSince);
    Result<QHash<qint64, QDateTime>> firstEntries(qint64 pipelineId, const QList<qint64> &stageIds, const QDateTime &createdSince);

private:
    Database &m_db;
};

} // namespace lejek
