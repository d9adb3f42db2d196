// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoffGroupCounts.h"
#include "LeadFilter.h"
#include "LeadPathRepository.h"
#include "LeadScope.h"
#include "ReportGrouping.h"
#include "SqlDialect.h"
#include "SqlWhere.h"
#include "WorkingClock.h"

#include <QDate>
#include <QSet>

#include <tuple>

namespace lejek {

// One count of handoffs by month (HandoffCountRepository::tally): its question, the
// months it counts, and what it has found so far, each count's row added by the rules
// that place it.
class HandoffTally
{
public:
    HandoffTally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now, const Period &period,
                 const ReportGrouping &groups, qint64 handoffStageId, const QHash<qint64, LeadPathRepository::Person> &people);

    // A UTC month as handoff_stays numbers it (year * 12 + month - 1), and its first day.
    static qint64 monthOf(const QDate &day) { return qint64(day.year()) * 12 + day.month() - 1; }
    static QDate firstDayOf(qint64 month) { return QDate(int(month / 12), int(month % 12) + 1, 1); }

    // The question. `now` is the report's: a past day's end, as of it.
    const Pipeline &pipeline;
    const LeadFilter &filter;
    const LeadScope &scope;
    const QDateTime &now;
    const Period &period;
    const ReportGrouping &groups;
    qint64 handoffStageId;
    const QHash<qint64, LeadPathRepository::Person> &people;
    const Stage *handoff;
    bool asOf; // a past day's: the counts, today's, corrected for what came after it
    QHash<qint64, WorkingCalendar> calendars;
    qint64 firstLimit = 0, decisionLimit = 0; // the SLAs' limits, in ms of working time
    QList<qint64> deciding;                   // Handoff::decidingStages
    // The months the counts serve.
    qint64 first = 0, last = 0;

    // What has been found: each group's counts (by owner, named as the breakdown names
    // them), and the buckets that hold an SLA's limit, (owner, bucket) to read one by one.
    QMap<QString, HandoffGroupCounts> counts;
    QList<std::tuple<QVariant, qint64>> firstUnknown, decisionUnknown;
    // The stages other than a deciding one that counted handoffs entered next (SLA 2's
    // decision is a later stay's), and whether one entered the handoff stage again next.
    QList<qint64> movedElsewhere;
    bool reenteredNext = false;
    QHash<QString, qint64> lostWithReason; // by group: those of `counts`' reasons
    // As of a past day, the counted handoffs whose figures then were not today's (their
    // stays' change ids): contacted or moved on since, or their lead's owner changed
    // since (whose owner then it was, and whose calendar).
    QList<qint64> corrected;
    // Their contact and move buckets: only a read of one of these leaves them out (each
    // such statement lists them anew: 1.6 ms where it took 0.2, a past day's quarter at 1M).
    QSet<qint64> correctedContactBuckets, correctedMoveBuckets;

    // The months wholly in the period whose every handoff was due by now in every
    // calendar; false when there is none.
    bool settle();
    // The months as days.
    Period months() const { return {firstDayOf(first), firstDayOf(last + 1).addDays(-1)}; }
    bool byOwner() const { return groups.byOwner(); }
    // The owner column and GROUP BY's start of a count's read.
    QString ownerColumn() const { return byOwner() ? QStringLiteral("l.owner_id") : QStringLiteral("NULL"); }
    QString ownerGroup() const { return byOwner() ? QStringLiteral("l.owner_id, ") : QString(); }
    // A table's rows of those months, of the owners the filter and scope allow.
    SqlWhere where(const QString &table) const;
    // `w`, of the owners the filter and scope allow (its table as `l`).
    SqlWhere ofOwners(SqlWhere w) const;
    // As of a past day, a term that leaves out the counted handoffs corrected (by
    // `changeId`, a column of theirs), and its value; else none.
    void leaveOutCorrected(const SqlDialect &dialect, const QString &changeId, QStringList &terms, QVariantList &values) const;
    HandoffGroupCounts &countsOf(const QVariant &owner);

    // A count's row: `n` handoffs (-n: taken out) of `owner`'s, first contacted at
    // `bucket`'s working time (or not yet: below 0).
    void addContacts(const QVariant &owner, qint64 bucket, qint64 n);
    // Of `owner`'s, `n` moved on next to `next` (0: not yet) after `bucket`'s working time.
    void addMoves(const QVariant &owner, qint64 next, qint64 bucket, qint64 n);
    // Of `owner`'s, `n` moved on next to `next` with the lost reason `reason`.
    void addReasons(const QVariant &owner, qint64 next, const QString &reason, qint64 n);
    // The disqualified whose reason is none given: the rest of their count.
    void addNoReasons();

    // The owner's calendar's working clock, over the months and the due times after them.
    const WorkingClock &clockOf(qint64 owner);

private:
    // The owner as the counts key it: the owner's id by owner, else none.
    QVariant ownerOf(const QVariant &read) const;

    QHash<qint64, WorkingClock> m_clocks; // by calendar
};

} // namespace lejek
