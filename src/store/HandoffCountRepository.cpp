// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffCountRepository.h"

#include "LeadRepository.h"
#include "ReportDayRepository.h"
#include "SqlValue.h"
#include "SqlWhere.h"
#include "TeamRepository.h"
#include "WorkingClock.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// A UTC month as handoff_stays numbers it (year * 12 + month - 1), and its first day.
qint64 monthOf(const QDate &day) { return qint64(day.year()) * 12 + day.month() - 1; }
QDate firstDayOf(qint64 month) { return QDate(int(month / 12), int(month % 12) + 1, 1); }
qint64 msAt(const QDate &day) { return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); }

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

} // namespace

struct HandoffCountRepository::Tally {
    Tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now, const Period &period,
          const ReportGrouping &groups, qint64 handoffStageId, const QHash<qint64, LeadPathRepository::Person> &people)
        : pipeline(pipeline), filter(filter), scope(scope), now(now), period(period), groups(groups), handoffStageId(handoffStageId),
          people(people), handoff(pipeline.stage(handoffStageId))
    {
    }

    // The question.
    const Pipeline &pipeline;
    const LeadFilter &filter;
    const LeadScope &scope;
    const QDateTime &now;
    const Period &period;
    const ReportGrouping &groups;
    qint64 handoffStageId;
    const QHash<qint64, LeadPathRepository::Person> &people;
    const Stage *handoff;
    QHash<qint64, WorkingCalendar> calendars;
    qint64 firstLimit = 0, decisionLimit = 0; // the SLAs' limits, in ms of working time
    QList<qint64> deciding;                   // Handoff::decidingStages
    // The months the counts serve, and their instants (ms, from and before).
    qint64 first = 0, last = 0;
    qint64 from = 0, to = 0;
    // What has been found: each group's counts (by owner, named as the breakdown names
    // them), and the buckets that hold an SLA's limit, (owner, bucket) to read one by one.
    QMap<QString, HandoffGroupCounts> counts;
    QList<std::tuple<QVariant, qint64>> firstUnknown, decisionUnknown;
    QHash<qint64, WorkingClock> clocks; // by calendar

    bool byOwner() const { return groups.byOwner(); }
    // The owner column and GROUP BY's start of a count's read.
    QString ownerColumn() const { return byOwner() ? u"l.owner_id"_s : u"NULL"_s; }
    QString ownerGroup() const { return byOwner() ? u"l.owner_id, "_s : QString(); }
    // A table's rows of those months, of the owners the filter and scope allow.
    SqlWhere where(const QString &table) const
    {
        SqlWhere w{table + u" l"_s, {u"l.pipeline_id = ?"_s, u"l.stage_id = ?"_s, u"l.month >= ?"_s, u"l.month <= ?"_s},
                   {pipeline.id, handoffStageId, first, last}};
        LeadRepository::ownerTerms(filter, scope, u"l.owner_id = 0"_s, w.terms, w.values); // nobody's: owner 0
        return w;
    }
    HandoffGroupCounts &countsOf(const QVariant &owner)
    {
        HandoffGroupCounts &c = counts[byOwner() ? groups.name(owner) : QString()];
        if (byOwner() && !c.owners.contains(owner.toLongLong()))
            c.owners.append(owner.toLongLong());
        return c;
    }
    // The owner's calendar's working clock, over the months and the due times after them.
    const WorkingClock &clockOf(qint64 owner)
    {
        const qint64 team = people.value(owner).teamId;
        const qint64 key = calendars.contains(team) ? team : 0;
        auto clock = clocks.find(key);
        if (clock == clocks.end())
            clock = clocks.insert(key, WorkingClock(calendars.value(key, WorkingCalendar()), firstDayOf(first).addDays(-1),
                                                    std::max(firstDayOf(last + 1), now.toUTC().date()).addDays(62)));
        return *clock;
    }
};

Result<bool> HandoffCountRepository::tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                           const QDateTime &now, const Period &period, const ReportGrouping &groups,
                                           qint64 handoffStageId, const QHash<qint64, LeadPathRepository::Person> &people,
                                           const ReadHandoffs &read, QMap<QString, ReportTally> &tallies, ReportTally &whole)
{
    Tally t(pipeline, filter, scope, now, period, groups, handoffStageId, people);
    if (!t.handoff || groups.at.isValid() || !ReportDayRepository::serves(filter, groups.by))
        return false;
    auto kept = m_db.scalar(u"SELECT stage_id FROM handoff_stages WHERE pipeline_id = ?"_s, {pipeline.id});
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->toLongLong() != handoffStageId)
        return false; // configured since, in another way than the store keeps up with: read them all
    auto calendars = TeamRepository(m_db).calendars();
    if (!calendars)
        return std::unexpected(calendars.error());
    t.calendars = std::move(*calendars);
    t.firstLimit = qint64(t.handoff->slaFirstContactMinutes) * 60'000;
    t.decisionLimit = qint64(t.handoff->slaDecisionMinutes) * 60'000;
    t.deciding = Handoff::decidingStages(pipeline, handoffStageId);
    if (!settle(t))
        return false;
    if (auto serves = measured(t); !serves || !*serves)
        return serves;
    for (auto step : {&HandoffCountRepository::countContacts, &HandoffCountRepository::countMoves, &HandoffCountRepository::countReasons})
        if (auto r = (this->*step)(t); !r)
            return std::unexpected(r.error());
    if (auto r = placeAtLimits(t, t.firstUnknown, &HandoffGroupCounts::firstContact, t.firstLimit, u"l.contact_bucket"_s,
                               u"l.first_contact_at"_s, {});
        !r)
        return std::unexpected(r.error());
    if (auto r = placeAtLimits(t, t.decisionUnknown, &HandoffGroupCounts::decision, t.decisionLimit, u"l.move_bucket"_s, u"l.left_at"_s,
                               u"l.next_stage_id IN (%1)"_s.arg(SqlValue::idList(t.deciding)));
        !r)
        return std::unexpected(r.error());
    if (auto r = readOneByOne(t, read); !r)
        return std::unexpected(r.error());
    HandoffGroupCounts all;
    for (auto it = t.counts.cbegin(); it != t.counts.cend(); ++it) {
        all.add(*it);
        if (t.byOwner())
            if (auto r = figures(t, *it, false, tallies[it.key()]); !r)
                return std::unexpected(r.error());
    }
    if (auto r = figures(t, all, true, whole); !r)
        return std::unexpected(r.error());
    return true;
}

bool HandoffCountRepository::settle(Tally &t)
{
    // The months wholly in the period whose every handoff was due by now in every
    // calendar (the due time of its last instant, the latest: working time only grows).
    t.first = monthOf(t.period.from);
    t.last = monthOf(t.period.to);
    if (firstDayOf(t.first) < t.period.from)
        ++t.first;
    if (firstDayOf(t.last + 1).addDays(-1) > t.period.to)
        --t.last;
    QList<WorkingCalendar> used{WorkingCalendar()};
    used += t.calendars.values();
    const qint64 limit = std::max(t.firstLimit, t.decisionLimit);
    const auto settled = [&](qint64 month) {
        const QDateTime end(firstDayOf(month + 1), QTime(0, 0), Qt::UTC);
        if (end > t.now)
            return false;
        return limit == 0 || std::all_of(used.cbegin(), used.cend(), [&](const WorkingCalendar &calendar) {
                   const QDateTime due = calendar.addWorking(end, limit);
                   return due.isValid() && due < t.now;
               });
    };
    while (t.last >= t.first && !settled(t.last))
        --t.last;
    if (t.last < t.first)
        return false;
    t.from = msAt(firstDayOf(t.first));
    t.to = msAt(firstDayOf(t.last + 1));
    return true;
}

Result<bool> HandoffCountRepository::measured(const Tally &t)
{
    // A contact or move later than now (an import's future dates) the counts would count
    // as done, and an instant outside the calendars' table they could not measure: then
    // read them all, as ever. The latest of each, one probe of an index; the others, of
    // the counts.
    for (const QString &column : {u"first_contact_at"_s, u"left_at"_s}) {
        auto latest = m_db.scalar(u"SELECT MAX(l.%1) FROM handoff_stays l WHERE l.pipeline_id = ? AND l.stage_id = ?"_s.arg(column),
                                  {t.pipeline.id, t.handoffStageId});
        if (!latest)
            return std::unexpected(latest.error());
        if (!latest->isNull() && latest->toLongLong() > t.now.toMSecsSinceEpoch())
            return false;
    }
    for (const QString &table : {u"handoff_contacts"_s, u"handoff_moves"_s}) {
        const SqlWhere w = t.where(table);
        auto unmeasured = m_db.scalar(u"SELECT COUNT(*) %1 AND l.bucket = -2 AND l.handoffs <> 0"_s.arg(w.sql()), w.values);
        if (!unmeasured)
            return std::unexpected(unmeasured.error());
        if (unmeasured->toLongLong() > 0)
            return false;
    }
    return true;
}

Result<void> HandoffCountRepository::countContacts(Tally &t)
{
    // Each bucket's handoffs, done at that working time (or not yet).
    const SqlWhere contacts = t.where(u"handoff_contacts"_s);
    auto q = m_db.exec(u"SELECT %1, l.bucket, CAST(SUM(l.handoffs) AS BIGINT) %2 GROUP BY %3l.bucket HAVING SUM(l.handoffs) <> 0"_s.arg(
                           t.ownerColumn(), contacts.sql(), t.ownerGroup()),
                       contacts.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QVariant owner = (*q)->value(0);
        const qint64 bucket = (*q)->value(1).toLongLong(), n = (*q)->value(2).toLongLong();
        HandoffGroupCounts &c = t.countsOf(owner);
        c.handedOff += int(n);
        if (bucket < 0) { // not contacted: past due, settled
            c.waiting += int(n);
            if (t.firstLimit > 0)
                c.firstContact.breached += int(n);
            continue;
        }
        c.speeds[bucket] += n;
        if (t.firstLimit == 0)
            continue;
        switch (place(bucket, t.firstLimit)) {
        case Placed::Met: c.firstContact.met += int(n); break;
        case Placed::Breached: c.firstContact.breached += int(n); break;
        case Placed::Unknown: t.firstUnknown.append({owner, bucket}); break;
        }
    }
    (*q)->finish();
    return ok();
}

Result<void> HandoffCountRepository::countMoves(Tally &t)
{
    // What sales did next, and SLA 2 of those that entered a deciding stage next (or none
    // yet). Those that went elsewhere first, and those that entered the handoff stage
    // again, are read one by one.
    const SqlWhere moves = t.where(u"handoff_moves"_s);
    auto q = m_db.exec(u"SELECT %1, l.next_stage_id, l.bucket, CAST(SUM(l.handoffs) AS BIGINT) %2 GROUP BY %3l.next_stage_id, l.bucket "
                       "HAVING SUM(l.handoffs) <> 0"_s.arg(t.ownerColumn(), moves.sql(), t.ownerGroup()),
                       moves.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QVariant owner = (*q)->value(0);
        const qint64 next = (*q)->value(1).toLongLong(), bucket = (*q)->value(2).toLongLong(), n = (*q)->value(3).toLongLong();
        if (next == t.handoffStageId)
            continue;
        HandoffGroupCounts &c = t.countsOf(owner);
        c.nextStages[next] += n;
        if (t.decisionLimit == 0 || (next != 0 && !t.deciding.contains(next)))
            continue;
        if (next == 0) {
            c.decision.breached += int(n); // not decided: past due, settled
            continue;
        }
        switch (place(bucket, t.decisionLimit)) {
        case Placed::Met: c.decision.met += int(n); break;
        case Placed::Breached: c.decision.breached += int(n); break;
        case Placed::Unknown: // once for the owner's bucket, whichever deciding stages its rows count
            if (!t.decisionUnknown.contains(std::tuple<QVariant, qint64>{owner, bucket}))
                t.decisionUnknown.append({owner, bucket});
            break;
        }
    }
    (*q)->finish();
    return ok();
}

Result<void> HandoffCountRepository::countReasons(Tally &t)
{
    // The disqualified by reason ("": none given, the rest of their count).
    const SqlWhere reasons = t.where(u"handoff_reasons"_s);
    QHash<QString, qint64> lostWithReason; // by group
    auto q = m_db.exec(u"SELECT %1, l.next_stage_id, l.lost_reason, CAST(SUM(l.handoffs) AS BIGINT) %2 "
                       "GROUP BY %3l.next_stage_id, l.lost_reason HAVING SUM(l.handoffs) <> 0"_s.arg(t.ownerColumn(), reasons.sql(),
                                                                                                      t.ownerGroup()),
                       reasons.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const Stage *then = t.pipeline.stage((*q)->value(1).toLongLong());
        if (!then || then->kind != StageKind::Lost)
            continue;
        HandoffGroupCounts &c = t.countsOf((*q)->value(0));
        const int n = int((*q)->value(3).toLongLong());
        c.reasons[(*q)->value(2).toString()] += n;
        lostWithReason[t.byOwner() ? t.groups.name((*q)->value(0)) : QString()] += n;
    }
    (*q)->finish();
    for (auto it = t.counts.begin(); it != t.counts.end(); ++it) {
        qint64 lost = 0;
        for (auto n = it->nextStages.cbegin(); n != it->nextStages.cend(); ++n)
            if (const Stage *then = t.pipeline.stage(n.key()); then && then->kind == StageKind::Lost)
                lost += n.value();
        if (const qint64 none = lost - lostWithReason.value(it.key()); none > 0)
            it->reasons[QString()] += int(none);
    }
    return ok();
}

Result<void> HandoffCountRepository::placeAtLimits(Tally &t, const QList<std::tuple<QVariant, qint64>> &unknown,
                                                   SlaCompliance HandoffGroupCounts::*tier, qint64 limitMs, const QString &bucketColumn,
                                                   const QString &doneColumn, const QString &more)
{
    for (const auto &[owner, bucket] : unknown) {
        SqlWhere w = t.where(u"handoff_stays"_s);
        w.terms << bucketColumn + u" = ?"_s;
        w.values << bucket;
        if (t.byOwner()) {
            w.terms << u"l.owner_id = ?"_s;
            w.values << owner;
        }
        if (!more.isEmpty())
            w.terms << more;
        auto rows = m_db.exec(u"SELECT l.owner_id, l.entered_at, %1 %2"_s.arg(doneColumn, w.sql()), w.values);
        if (!rows)
            return std::unexpected(rows.error());
        HandoffGroupCounts &c = t.countsOf(owner);
        while ((*rows)->next()) {
            const qint64 at = (*rows)->value(1).toLongLong(), done = (*rows)->value(2).toLongLong();
            ++(t.clockOf((*rows)->value(0).toLongLong()).isWithin(at, limitMs, done) ? (c.*tier).met : (c.*tier).breached);
        }
        (*rows)->finish();
    }
    return ok();
}

Result<void> HandoffCountRepository::readOneByOne(Tally &t, const ReadHandoffs &read)
{
    // The handoffs read one by one, as ever: outside those months, or an entry again
    // into the handoff stage (the base read keeps those whose entry before came before
    // the period); within them, those that moved on elsewhere first, for SLA 2 (and,
    // having entered the handoff stage again next, for what sales did).
    const QString within = u"l.entered_at >= ? AND l.entered_at < ? AND l.prior_entered_at IS NULL"_s;
    const QString notDeciding = SqlValue::idList(QList<qint64>(t.deciding) << t.handoffStageId);
    using Part = HandoffGroupCounts::Part;
    const struct {
        QString term;
        QVariantList values;
        Part part;
    } reads[] = {
        {u"(l.entered_at < ? OR l.entered_at >= ? OR l.prior_entered_at IS NOT NULL)"_s, {t.from, t.to}, Part::All},
        {within + u" AND l.next_stage_id NOT IN (%1)"_s.arg(notDeciding), {t.from, t.to}, Part::Decision},
        {within + u" AND l.next_stage_id = ?"_s, {t.from, t.to, t.handoffStageId}, Part::DecisionAndQuality},
    };
    for (const auto &part : reads) {
        if (part.part == Part::Decision && t.decisionLimit == 0)
            continue; // nothing of theirs to count
        QMap<QString, ReportTally> one;
        if (auto r = read(part.term, part.values, one); !r)
            return std::unexpected(r.error());
        for (auto it = one.cbegin(); it != one.cend(); ++it)
            t.counts[it.key()].addRead(t.pipeline, it->handoffs, part.part, t.now, t.handoffStageId, t.calendars);
    }
    return ok();
}

Result<Durations> HandoffCountRepository::speedOf(const Tally &t, const HandoffGroupCounts &c, bool isWhole)
{
    // The median and p90 of a set of groups' speeds: each rank in the bucket whose
    // counts pass it, read there (and among those read one by one).
    qint64 counted = 0;
    for (const auto &[bucket, n] : c.speeds)
        counted += n;
    const qsizetype n = qsizetype(counted) + c.oneByOne.size();
    std::map<qint64, qint64> buckets = c.speeds; // with those read one by one
    for (const qint64 speed : c.oneByOne)
        ++buckets[ReportDayRepository::lengthBucket(speed)];
    QHash<qint64, QList<qint64>> inBucket; // a bucket's speeds, in order
    std::optional<Error> failed;
    const auto bucketSpeeds = [&](qint64 bucket) -> QList<qint64> {
        QList<qint64> list;
        const auto [low, high] = ReportDayRepository::lengthBounds(bucket);
        for (const qint64 speed : c.oneByOne)
            if ((!low || speed >= *low) && speed < high)
                list.append(speed);
        if (c.speeds.contains(bucket)) {
            SqlWhere w = t.where(u"handoff_stays"_s);
            w.terms << u"l.contact_bucket = ?"_s;
            w.values << bucket;
            if (!isWhole && t.byOwner())
                w.terms << u"l.owner_id IN (%1)"_s.arg(SqlValue::idList(c.owners));
            auto rows = m_db.exec(u"SELECT l.contact_ms %1"_s.arg(w.sql()), w.values);
            if (!rows) {
                failed = rows.error();
                return {};
            }
            while ((*rows)->next())
                list.append((*rows)->value(0).toLongLong());
            (*rows)->finish();
        }
        std::sort(list.begin(), list.end());
        return list;
    };
    const auto at = [&](qsizetype rank) -> qint64 {
        qint64 before = 0;
        for (const auto &[bucket, inIt] : buckets) {
            if (rank >= before + inIt) {
                before += inIt;
                continue;
            }
            auto speeds = inBucket.find(bucket);
            if (speeds == inBucket.end())
                speeds = inBucket.insert(bucket, bucketSpeeds(bucket));
            return speeds->value(rank - before);
        }
        return 0;
    };
    const Durations durations = Durations::atRanks(n, at);
    if (failed)
        return std::unexpected(*failed);
    return durations;
}

Result<void> HandoffCountRepository::figures(const Tally &t, const HandoffGroupCounts &c, bool isWhole, ReportTally &into)
{
    auto durations = speedOf(t, c, isWhole);
    if (!durations)
        return std::unexpected(durations.error());
    SpeedToLead speed;
    speed.handoffStageId = t.handoffStageId;
    speed.handedOff = c.handedOff;
    speed.speed = *durations;
    speed.waiting = c.waiting;
    speed.firstContact = c.firstContact;
    speed.firstContact.minutes = t.handoff->slaFirstContactMinutes;
    speed.decision = c.decision;
    speed.decision.minutes = t.handoff->slaDecisionMinutes;
    HandoffQuality quality = HandoffQuality::fromCounts(t.pipeline, t.handoffStageId, c.nextStages, c.reasons);
    quality.add(c.quality);
    into.speed = speed;
    into.handoff = quality;
    return ok();
}

} // namespace lejek
