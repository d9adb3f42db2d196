// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffTally.h"

#include "LeadRepository.h"
#include "ReportDayRepository.h"

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// A tier of an SLA as the counts place a bucket of handoffs done after `bucket`'s
// working time: within the limit, past it, or (the bucket holding the limit) unknown.
enum class Placed { Met, Breached, Unknown };
Placed place(qint64 bucket, qint64 limitMs)
{
    const auto [low, high] = ReportDayRepository::lengthBounds(bucket);
    if (high <= limitMs)
        return Placed::Met; // every one less than the limit: done before the due instant
    if (low && *low > limitMs)
        return Placed::Breached;
    return Placed::Unknown; // one of exactly the limit may be after the due instant (done out of hours)
}

// `n` more (or fewer) of a tier, or the bucket kept to be placed one by one.
void addPlaced(SlaCompliance &tier, QList<std::tuple<QVariant, qint64>> &unknown, const QVariant &owner, qint64 bucket, qint64 limitMs,
               qint64 n)
{
    switch (place(bucket, limitMs)) {
    case Placed::Met: tier.met += int(n); break;
    case Placed::Breached: tier.breached += int(n); break;
    case Placed::Unknown: // once for the owner's bucket, whichever rows count it
        if (!unknown.contains(std::tuple<QVariant, qint64>{owner, bucket}))
            unknown.append({owner, bucket});
        break;
    }
}

} // namespace

HandoffTally::HandoffTally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                           const Period &period, const ReportGrouping &groups, qint64 handoffStageId,
                           const QHash<qint64, LeadPathRepository::Person> &people)
    : pipeline(pipeline), filter(filter), scope(scope), now(now), period(period), groups(groups), handoffStageId(handoffStageId),
      people(people), handoff(pipeline.stage(handoffStageId)), asOf(groups.at.isValid())
{
}

bool HandoffTally::settle()
{
    // The due time of a month's last instant is the latest of its handoffs' (working time
    // only grows).
    first = monthOf(period.from);
    last = monthOf(period.to);
    if (firstDayOf(first) < period.from)
        ++first;
    if (firstDayOf(last + 1).addDays(-1) > period.to)
        --last;
    QList<WorkingCalendar> used{WorkingCalendar()};
    used += calendars.values();
    const qint64 limit = std::max(firstLimit, decisionLimit);
    const auto settled = [&](qint64 month) {
        const QDateTime end(firstDayOf(month + 1), QTime(0, 0), Qt::UTC);
        if (end > now)
            return false;
        return limit == 0 || std::all_of(used.cbegin(), used.cend(), [&](const WorkingCalendar &calendar) {
                   const QDateTime due = calendar.addWorking(end, limit);
                   return due.isValid() && due < now;
               });
    };
    while (last >= first && !settled(last))
        --last;
    return last >= first;
}

SqlWhere HandoffTally::where(const QString &table) const
{
    return ofOwners(SqlWhere{table + u" l"_s, {u"l.pipeline_id = ?"_s, u"l.stage_id = ?"_s, u"l.month >= ?"_s, u"l.month <= ?"_s},
                             {pipeline.id, handoffStageId, first, last}});
}

SqlWhere HandoffTally::ofOwners(SqlWhere w) const
{
    LeadRepository::ownerTerms(filter, scope, u"l.owner_id = 0"_s, w.terms, w.values); // nobody's: owner 0
    return w;
}

void HandoffTally::leaveOutCorrected(const SqlDialect &dialect, const QString &changeId, QStringList &terms, QVariantList &values) const
{
    if (corrected.isEmpty())
        return;
    terms << u"NOT (%1)"_s.arg(dialect.inIdArray(changeId));
    values << dialect.idArray(corrected);
}

QVariant HandoffTally::ownerOf(const QVariant &read) const
{
    // One value for one owner whichever read gave it (Qt's query or the client
    // library's, a NULL of some type or none): the buckets to place are found by it.
    return byOwner() ? QVariant(read.toLongLong()) : QVariant();
}

HandoffGroupCounts &HandoffTally::countsOf(const QVariant &owner)
{
    HandoffGroupCounts &c = counts[byOwner() ? groups.name(owner) : QString()];
    if (byOwner() && !c.owners.contains(owner.toLongLong()))
        c.owners.append(owner.toLongLong());
    return c;
}

void HandoffTally::addContacts(const QVariant &read, qint64 bucket, qint64 n)
{
    const QVariant owner = ownerOf(read);
    HandoffGroupCounts &c = countsOf(owner);
    c.handedOff += int(n);
    if (bucket < 0) { // not contacted: past due, settled
        c.waiting += int(n);
        if (firstLimit > 0)
            c.firstContact.breached += int(n);
        return;
    }
    if ((c.speeds[bucket] += n) == 0)
        c.speeds.erase(bucket);
    if (firstLimit > 0)
        addPlaced(c.firstContact, firstUnknown, owner, bucket, firstLimit, n);
}

void HandoffTally::addMoves(const QVariant &read, qint64 next, qint64 bucket, qint64 n)
{
    const QVariant owner = ownerOf(read);
    // Those that entered the handoff stage again next are read one by one.
    if (next == handoffStageId) {
        reenteredNext = reenteredNext || n > 0;
        return;
    }
    if (n > 0 && next != 0 && !deciding.contains(next) && !movedElsewhere.contains(next))
        movedElsewhere.append(next);
    HandoffGroupCounts &c = countsOf(owner);
    if ((c.nextStages[next] += n) == 0)
        c.nextStages.remove(next);
    // SLA 2 of those that entered a deciding stage next, or none yet; those that went
    // elsewhere first are read one by one.
    if (decisionLimit == 0 || (next != 0 && !deciding.contains(next)))
        return;
    if (next == 0)
        c.decision.breached += int(n); // not decided: past due, settled
    else
        addPlaced(c.decision, decisionUnknown, owner, bucket, decisionLimit, n);
}

void HandoffTally::addReasons(const QVariant &read, qint64 next, const QString &reason, qint64 n)
{
    const QVariant owner = ownerOf(read);
    const Stage *then = pipeline.stage(next);
    if (!then || then->kind != StageKind::Lost || reason.isEmpty()) // none given: addNoReasons
        return;
    HandoffGroupCounts &c = countsOf(owner);
    if ((c.reasons[reason] += int(n)) == 0)
        c.reasons.remove(reason);
    lostWithReason[byOwner() ? groups.name(owner) : QString()] += n;
}

void HandoffTally::addNoReasons()
{
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        qint64 lost = 0;
        for (auto n = it->nextStages.cbegin(); n != it->nextStages.cend(); ++n)
            if (const Stage *then = pipeline.stage(n.key()); then && then->kind == StageKind::Lost)
                lost += n.value();
        if (const qint64 none = lost - lostWithReason.value(it.key()); none > 0)
            it->reasons[QString()] += int(none);
    }
}

const WorkingClock &HandoffTally::clockOf(qint64 owner)
{
    const qint64 team = people.value(owner).teamId;
    const qint64 key = calendars.contains(team) ? team : 0;
    auto clock = m_clocks.find(key);
    if (clock == m_clocks.end())
        clock = m_clocks.insert(key, WorkingClock(calendars.value(key, WorkingCalendar()), firstDayOf(first).addDays(-1),
                                                  std::max(firstDayOf(last + 1), now.toUTC().date()).addDays(62)));
    return *clock;
}

} // namespace lejek
