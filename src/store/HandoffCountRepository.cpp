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

// One group's (or the whole's) figures as the counts and the handoffs read one by one
// give them, until its speeds' ranks are read.
struct Counts {
    QList<qint64> owners;          // whose handoffs it counts (its ranks' reads)
    std::map<qint64, qint64> speeds; // the counted contacts by bucket, in the buckets' (the speeds') order
    QList<qint64> oneByOne;        // the speeds of those read one by one, in order
    int handedOff = 0;
    int waiting = 0;
    SlaCompliance firstContact;
    SlaCompliance decision;
    QHash<qint64, qint64> nextStages; // the counted handoffs by the stage entered next
    QMap<QString, int> reasons;       // of those disqualified
    HandoffQuality quality;           // of those read one by one

    static void addTier(SlaCompliance &to, const SlaCompliance &from)
    {
        to.met += from.met;
        to.breached += from.breached;
        to.running += from.running;
    }
    // Handoffs read one by one, measured as the rows' figures are (all of them, or only
    // their decision's SLA, or their decision and what sales did).
    enum class Part { All, Decision, DecisionAndQuality };
    void addRead(const Pipeline &pipeline, const QList<Handoff> &handoffs, Part part, const QDateTime &now, qint64 handoffStageId,
                 const QHash<qint64, WorkingCalendar> &calendars)
    {
        if (handoffs.isEmpty())
            return;
        const SpeedToLead speed = SpeedToLead::fromHandoffs(pipeline, handoffs, now, handoffStageId, calendars);
        addTier(decision, speed.decision);
        if (part != Part::Decision)
            quality.add(HandoffQuality::fromHandoffs(pipeline, handoffs, handoffStageId));
        if (part != Part::All)
            return;
        handedOff += speed.handedOff;
        waiting += speed.waiting;
        addTier(firstContact, speed.firstContact);
        QList<qint64> both(oneByOne.size() + speed.speeds.size());
        std::merge(oneByOne.cbegin(), oneByOne.cend(), speed.speeds.cbegin(), speed.speeds.cend(), both.begin());
        oneByOne = std::move(both);
    }
    void add(const Counts &other)
    {
        owners += other.owners;
        for (const auto &[bucket, n] : other.speeds)
            speeds[bucket] += n;
        QList<qint64> both(oneByOne.size() + other.oneByOne.size());
        std::merge(oneByOne.cbegin(), oneByOne.cend(), other.oneByOne.cbegin(), other.oneByOne.cend(), both.begin());
        oneByOne = std::move(both);
        handedOff += other.handedOff;
        waiting += other.waiting;
        addTier(firstContact, other.firstContact);
        addTier(decision, other.decision);
        for (auto it = other.nextStages.cbegin(); it != other.nextStages.cend(); ++it)
            nextStages[it.key()] += it.value();
        for (auto it = other.reasons.cbegin(); it != other.reasons.cend(); ++it)
            reasons[it.key()] += it.value();
        quality.add(other.quality);
    }
};

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

Result<bool> HandoffCountRepository::tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                           const QDateTime &now, const Period &period, const ReportGrouping &groups,
                                           qint64 handoffStageId, const QHash<qint64, LeadPathRepository::Person> &people,
                                           const ReadHandoffs &read, QMap<QString, ReportTally> &tallies, ReportTally &whole)
{
    const Stage *handoff = pipeline.stage(handoffStageId);
    if (!handoff || groups.at.isValid() || !ReportDayRepository::serves(filter, groups.by))
        return false;
    auto kept = m_db.scalar(u"SELECT stage_id FROM handoff_stages WHERE pipeline_id = ?"_s, {pipeline.id});
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->toLongLong() != handoffStageId)
        return false; // configured since, in another way than the store keeps up with: read them all
    auto calendars = TeamRepository(m_db).calendars();
    if (!calendars)
        return std::unexpected(calendars.error());
    const qint64 firstLimit = qint64(handoff->slaFirstContactMinutes) * 60'000, decisionLimit = qint64(handoff->slaDecisionMinutes) * 60'000;

    // The months wholly in the period whose every handoff was due by now in every
    // calendar (the due time of its last instant, the latest: working time only grows).
    qint64 first = monthOf(period.from), last = monthOf(period.to);
    if (firstDayOf(first) < period.from)
        ++first;
    if (firstDayOf(last + 1).addDays(-1) > period.to)
        --last;
    QList<WorkingCalendar> used{WorkingCalendar()};
    used += calendars->values();
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
    if (last < first)
        return false;
    const QVariant from = msAt(firstDayOf(first)), to = msAt(firstDayOf(last + 1));

    // Each table's rows of those months, of the owners the filter and scope allow.
    const auto where = [&](const QString &table) {
        SqlWhere w{table + u" l"_s, {u"l.pipeline_id = ?"_s, u"l.stage_id = ?"_s, u"l.month >= ?"_s, u"l.month <= ?"_s},
                   {pipeline.id, handoffStageId, first, last}};
        LeadRepository::ownerTerms(filter, scope, u"l.owner_id = 0"_s, w.terms, w.values); // nobody's: owner 0
        return w;
    };
    // A contact or move later than now (an import's future dates) the counts would count
    // as done, and an instant outside the calendars' table they could not measure: then
    // read them all, as ever. The latest of each, one probe of an index; the others, of
    // the counts.
    for (const QString &column : {u"first_contact_at"_s, u"left_at"_s}) {
        auto latest = m_db.scalar(u"SELECT MAX(l.%1) FROM handoff_stays l WHERE l.pipeline_id = ? AND l.stage_id = ?"_s.arg(column),
                                  {pipeline.id, handoffStageId});
        if (!latest)
            return std::unexpected(latest.error());
        if (!latest->isNull() && latest->toLongLong() > now.toMSecsSinceEpoch())
            return false;
    }
    for (const QString &table : {u"handoff_contacts"_s, u"handoff_moves"_s}) {
        const SqlWhere w = where(table);
        auto unmeasured = m_db.scalar(u"SELECT COUNT(*) %1 AND l.bucket = -2 AND l.handoffs <> 0"_s.arg(w.sql()), w.values);
        if (!unmeasured)
            return std::unexpected(unmeasured.error());
        if (unmeasured->toLongLong() > 0)
            return false;
    }

    // The groups' counts (by owner, named as the breakdown names them).
    const bool byOwner = groups.byOwner();
    QMap<QString, Counts> counts;
    const auto countsOf = [&](const QVariant &owner) -> Counts & {
        Counts &c = counts[byOwner ? groups.name(owner) : QString()];
        if (byOwner && !c.owners.contains(owner.toLongLong()))
            c.owners.append(owner.toLongLong());
        return c;
    };
    const QString grp = byOwner ? u"l.owner_id"_s : u"NULL"_s;
    const QString byGroup = byOwner ? u"l.owner_id, "_s : QString();
    // The contacts: each bucket's handoffs, done at that working time (or not yet).
    const SqlWhere contacts = where(u"handoff_contacts"_s);
    QList<std::tuple<QVariant, qint64>> firstUnknown; // (owner, bucket) of SLA 1 read one by one
    auto q = m_db.exec(u"SELECT %1, l.bucket, CAST(SUM(l.handoffs) AS BIGINT) %2 GROUP BY %3l.bucket HAVING SUM(l.handoffs) <> 0"_s.arg(
                           grp, contacts.sql(), byGroup),
                       contacts.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QVariant owner = (*q)->value(0);
        const qint64 bucket = (*q)->value(1).toLongLong(), n = (*q)->value(2).toLongLong();
        Counts &c = countsOf(owner);
        c.handedOff += int(n);
        if (bucket < 0) { // not contacted: past due, settled
            c.waiting += int(n);
            if (firstLimit > 0)
                c.firstContact.breached += int(n);
            continue;
        }
        c.speeds[bucket] += n;
        if (firstLimit == 0)
            continue;
        switch (place(bucket, firstLimit)) {
        case Placed::Met: c.firstContact.met += int(n); break;
        case Placed::Breached: c.firstContact.breached += int(n); break;
        case Placed::Unknown: firstUnknown.append({owner, bucket}); break;
        }
    }
    (*q)->finish();
    // The moves: what sales did next, and SLA 2 of those that entered a deciding stage
    // next (or none yet). Those that went elsewhere first, and those that entered the
    // handoff stage again, are read one by one.
    const QList<qint64> deciding = Handoff::decidingStages(pipeline, handoffStageId);
    const SqlWhere moves = where(u"handoff_moves"_s);
    QList<std::tuple<QVariant, qint64>> decisionUnknown;
    q = m_db.exec(u"SELECT %1, l.next_stage_id, l.bucket, CAST(SUM(l.handoffs) AS BIGINT) %2 GROUP BY %3l.next_stage_id, l.bucket "
                  "HAVING SUM(l.handoffs) <> 0"_s.arg(grp, moves.sql(), byGroup),
                  moves.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QVariant owner = (*q)->value(0);
        const qint64 next = (*q)->value(1).toLongLong(), bucket = (*q)->value(2).toLongLong(), n = (*q)->value(3).toLongLong();
        if (next == handoffStageId)
            continue;
        Counts &c = countsOf(owner);
        c.nextStages[next] += n;
        if (decisionLimit == 0 || (next != 0 && !deciding.contains(next)))
            continue;
        if (next == 0) {
            c.decision.breached += int(n); // not decided: past due, settled
            continue;
        }
        switch (place(bucket, decisionLimit)) {
        case Placed::Met: c.decision.met += int(n); break;
        case Placed::Breached: c.decision.breached += int(n); break;
        case Placed::Unknown: // once for the owner's bucket, whichever deciding stages its rows count
            if (!decisionUnknown.contains(std::tuple<QVariant, qint64>{owner, bucket}))
                decisionUnknown.append({owner, bucket});
            break;
        }
    }
    (*q)->finish();
    // The disqualified by reason ("": none given, the rest of their count).
    const SqlWhere reasons = where(u"handoff_reasons"_s);
    QHash<QString, qint64> lostWithReason; // by group
    q = m_db.exec(u"SELECT %1, l.next_stage_id, l.lost_reason, CAST(SUM(l.handoffs) AS BIGINT) %2 "
                  "GROUP BY %3l.next_stage_id, l.lost_reason HAVING SUM(l.handoffs) <> 0"_s.arg(grp, reasons.sql(), byGroup),
                  reasons.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const Stage *then = pipeline.stage((*q)->value(1).toLongLong());
        if (!then || then->kind != StageKind::Lost)
            continue;
        Counts &c = countsOf((*q)->value(0));
        const int n = int((*q)->value(3).toLongLong());
        c.reasons[(*q)->value(2).toString()] += n;
        lostWithReason[byOwner ? groups.name((*q)->value(0)) : QString()] += n;
    }
    (*q)->finish();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        qint64 lost = 0;
        for (auto n = it->nextStages.cbegin(); n != it->nextStages.cend(); ++n)
            if (const Stage *then = pipeline.stage(n.key()); then && then->kind == StageKind::Lost)
                lost += n.value();
        if (const qint64 none = lost - lostWithReason.value(it.key()); none > 0)
            it->reasons[QString()] += int(none);
    }

    // The working clocks of the calendars, over the months and the due times after them.
    QHash<qint64, WorkingClock> clocks;
    const auto clockOf = [&](qint64 owner) -> const WorkingClock & {
        const qint64 team = people.value(owner).teamId;
        const qint64 key = calendars->contains(team) ? team : 0;
        auto clock = clocks.find(key);
        if (clock == clocks.end())
            clock = clocks.insert(key, WorkingClock(calendars->value(key, WorkingCalendar()), firstDayOf(first).addDays(-1),
                                                    std::max(firstDayOf(last + 1), now.toUTC().date()).addDays(62)));
        return *clock;
    };
    // The buckets that hold an SLA's limit: their handoffs, each placed by its instants.
    const auto placeEach = [&](const QList<std::tuple<QVariant, qint64>> &unknown, SlaCompliance Counts::*tier, qint64 limitMs,
                               const QString &bucketColumn, const QString &doneColumn, const QString &more) -> Result<void> {
        for (const auto &[owner, bucket] : unknown) {
            SqlWhere w = where(u"handoff_stays"_s);
            w.terms << bucketColumn + u" = ?"_s;
            w.values << bucket;
            if (byOwner) {
                w.terms << u"l.owner_id = ?"_s;
                w.values << owner;
            }
            if (!more.isEmpty())
                w.terms << more;
            auto rows = m_db.exec(u"SELECT l.owner_id, l.entered_at, %1 %2"_s.arg(doneColumn, w.sql()), w.values);
            if (!rows)
                return std::unexpected(rows.error());
            Counts &c = countsOf(owner);
            while ((*rows)->next()) {
                const qint64 at = (*rows)->value(1).toLongLong(), done = (*rows)->value(2).toLongLong();
                ++(clockOf((*rows)->value(0).toLongLong()).isWithin(at, limitMs, done) ? (c.*tier).met : (c.*tier).breached);
            }
            (*rows)->finish();
        }
        return ok();
    };
    if (auto r = placeEach(firstUnknown, &Counts::firstContact, firstLimit, u"l.contact_bucket"_s, u"l.first_contact_at"_s, {}); !r)
        return std::unexpected(r.error());
    if (auto r = placeEach(decisionUnknown, &Counts::decision, decisionLimit, u"l.move_bucket"_s, u"l.left_at"_s,
                           u"l.next_stage_id IN (%1)"_s.arg(SqlValue::idList(deciding)));
        !r)
        return std::unexpected(r.error());

    // The handoffs read one by one, as ever: outside those months, or an entry again
    // into the handoff stage (the base read keeps those whose entry before came before
    // the period); within them, those that moved on elsewhere first, for SLA 2 (and,
    // having entered the handoff stage again next, for what sales did).
    const QString within = u"l.entered_at >= ? AND l.entered_at < ? AND l.prior_entered_at IS NULL"_s;
    const QString notDeciding = SqlValue::idList(QList<qint64>(deciding) << handoffStageId);
    const struct {
        QString term;
        QVariantList values;
        Counts::Part part;
    } reads[] = {
        {u"(l.entered_at < ? OR l.entered_at >= ? OR l.prior_entered_at IS NOT NULL)"_s, {from, to}, Counts::Part::All},
        {within + u" AND l.next_stage_id NOT IN (%1)"_s.arg(notDeciding), {from, to}, Counts::Part::Decision},
        {within + u" AND l.next_stage_id = ?"_s, {from, to, handoffStageId}, Counts::Part::DecisionAndQuality},
    };
    for (const auto &part : reads) {
        if (part.part == Counts::Part::Decision && decisionLimit == 0)
            continue; // nothing of theirs to count
        QMap<QString, ReportTally> one;
        if (auto r = read(part.term, part.values, one); !r)
            return std::unexpected(r.error());
        for (auto it = one.cbegin(); it != one.cend(); ++it)
            counts[it.key()].addRead(pipeline, it->handoffs, part.part, now, handoffStageId, *calendars);
    }

    // The median and p90 of a set of groups' speeds: each rank in the bucket whose
    // counts pass it, read there (and among those read one by one).
    const auto speedOf = [&](const Counts &c, bool isWhole) -> Result<Durations> {
        qint64 counted = 0;
        for (const auto &[bucket, n] : c.speeds)
            counted += n;
        const qsizetype n = qsizetype(counted) + c.oneByOne.size();
        std::map<qint64, qint64> buckets = c.speeds; // with those read one by one
        for (const qint64 speed : c.oneByOne)
            ++buckets[ReportDayRepository::lengthBucket(speed)];
        QHash<qint64, QList<qint64>> inBucket; // a bucket's speeds, in order
        std::optional<Error> failed;
        const auto at = [&](qsizetype rank) -> qint64 {
            qint64 before = 0;
            for (const auto &[bucket, inIt] : buckets) {
                if (rank >= before + inIt) {
                    before += inIt;
                    continue;
                }
                auto speeds = inBucket.find(bucket);
                if (speeds == inBucket.end()) {
                    QList<qint64> list;
                    const auto [low, high] = ReportDayRepository::lengthBounds(bucket);
                    for (const qint64 speed : c.oneByOne)
                        if ((!low || speed >= *low) && speed < high)
                            list.append(speed);
                    if (c.speeds.contains(bucket)) {
                        SqlWhere w = where(u"handoff_stays"_s);
                        w.terms << u"l.contact_bucket = ?"_s;
                        w.values << bucket;
                        if (!isWhole && byOwner)
                            w.terms << u"l.owner_id IN (%1)"_s.arg(SqlValue::idList(c.owners));
                        auto rows = m_db.exec(u"SELECT l.contact_ms %1"_s.arg(w.sql()), w.values);
                        if (!rows) {
                            failed = rows.error();
                            return 0;
                        }
                        while ((*rows)->next())
                            list.append((*rows)->value(0).toLongLong());
                        (*rows)->finish();
                    }
                    std::sort(list.begin(), list.end());
                    speeds = inBucket.insert(bucket, list);
                }
                return speeds->value(rank - before);
            }
            return 0;
        };
        const Durations durations = Durations::atRanks(n, at);
        if (failed)
            return std::unexpected(*failed);
        return durations;
    };
    const auto figures = [&](const Counts &c, bool isWhole, ReportTally &into) -> Result<void> {
        auto durations = speedOf(c, isWhole);
        if (!durations)
            return std::unexpected(durations.error());
        SpeedToLead speed;
        speed.handoffStageId = handoffStageId;
        speed.handedOff = c.handedOff;
        speed.speed = *durations;
        speed.waiting = c.waiting;
        speed.firstContact = c.firstContact;
        speed.firstContact.minutes = handoff->slaFirstContactMinutes;
        speed.decision = c.decision;
        speed.decision.minutes = handoff->slaDecisionMinutes;
        HandoffQuality quality = HandoffQuality::fromCounts(pipeline, handoffStageId, c.nextStages, c.reasons);
        quality.add(c.quality);
        into.speed = speed;
        into.handoff = quality;
        return ok();
    };
    Counts all;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        all.add(*it);
        if (byOwner)
            if (auto r = figures(*it, false, tallies[it.key()]); !r)
                return std::unexpected(r.error());
    }
    if (auto r = figures(all, true, whole); !r)
        return std::unexpected(r.error());
    return true;
}

} // namespace lejek
