// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffCountRepository.h"

#include "ReportDayRepository.h"
#include "RowReader.h"
#include "SqlValue.h"
#include "SqlWhere.h"
#include "TeamRepository.h"
#include "WorkingClock.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<bool> HandoffCountRepository::tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                           const QDateTime &now, const Period &period, const ReportGrouping &groups,
                                           qint64 handoffStageId, const QHash<qint64, LeadPathRepository::Person> &people,
                                           const ReadHandoffs &read, QMap<QString, ReportTally> &tallies, ReportTally &whole)
{
    HandoffTally t(pipeline, filter, scope, now, period, groups, handoffStageId, people);
    if (!t.handoff || !ReportDayRepository::serves(filter, groups.by))
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
    if (!t.settle())
        return false;
    // As of a past day the counts pay only over some months: their corrections and the
    // reads around them cost about as much as a month's handoffs read one by one (a
    // quarter as of a month back at 1M, one month counted: 690 ms against 570).
    if (t.asOf && t.last - t.first + 1 < MonthsWorthCountingAsOf)
        return false;
    if (auto serves = measured(t); !serves || !*serves)
        return serves;
    for (auto step : {&HandoffCountRepository::countContacts, &HandoffCountRepository::countMoves, &HandoffCountRepository::countReasons,
                      &HandoffCountRepository::takeOutCorrected})
        if (auto r = (this->*step)(t); !r)
            return std::unexpected(r.error());
    t.addNoReasons();
    if (auto r = placeAtLimits(t, t.firstUnknown, &HandoffGroupCounts::firstContact, t.firstLimit, u"l.contact_bucket"_s,
                               u"l.first_contact_at"_s, {}, t.correctedContactBuckets);
        !r)
        return std::unexpected(r.error());
    if (auto r = placeAtLimits(t, t.decisionUnknown, &HandoffGroupCounts::decision, t.decisionLimit, u"l.move_bucket"_s, u"l.left_at"_s,
                               u"l.next_stage_id IN (%1)"_s.arg(SqlValue::idList(t.deciding)), t.correctedMoveBuckets);
        !r)
        return std::unexpected(r.error());
    if (auto r = readOneByOne(t, read); !r)
        return std::unexpected(r.error());
    HandoffGroupCounts all;
    for (auto it = t.counts.cbegin(); it != t.counts.cend(); ++it) {
        all.add(*it);
        if (it->handedOff == 0)
            continue; // as of a past day, a group now whose handoffs were others' then: none of its own
        if (t.byOwner())
            if (auto r = figures(t, *it, false, tallies[it.key()]); !r)
                return std::unexpected(r.error());
    }
    if (auto r = figures(t, all, true, whole); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> HandoffCountRepository::measured(const HandoffTally &t)
{
    // Today's: a contact or move later than now (an import's future dates) the counts
    // would count as done (as of a past day, every one after its end is corrected). And
    // an instant outside the calendars' table they could not measure. Then read them all,
    // as ever. The latest of each, one probe of an index; the others, of the counts.
    for (const QString &column : {u"first_contact_at"_s, u"left_at"_s}) {
        if (t.asOf)
            break;
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

Result<void> HandoffCountRepository::countContacts(HandoffTally &t)
{
    // Each bucket's handoffs, done at that working time (or not yet).
    const SqlWhere contacts = t.where(u"handoff_contacts"_s);
    auto q = m_db.exec(u"SELECT %1, l.bucket, CAST(SUM(l.handoffs) AS BIGINT) %2 GROUP BY %3l.bucket HAVING SUM(l.handoffs) <> 0"_s.arg(
                           t.ownerColumn(), contacts.sql(), t.ownerGroup()),
                       contacts.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        t.addContacts((*q)->value(0), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong());
    (*q)->finish();
    return ok();
}

Result<void> HandoffCountRepository::countMoves(HandoffTally &t)
{
    // What sales did next, and SLA 2.
    const SqlWhere moves = t.where(u"handoff_moves"_s);
    auto q = m_db.exec(u"SELECT %1, l.next_stage_id, l.bucket, CAST(SUM(l.handoffs) AS BIGINT) %2 GROUP BY %3l.next_stage_id, l.bucket "
                       "HAVING SUM(l.handoffs) <> 0"_s.arg(t.ownerColumn(), moves.sql(), t.ownerGroup()),
                       moves.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        t.addMoves((*q)->value(0), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong(), (*q)->value(3).toLongLong());
    (*q)->finish();
    return ok();
}

Result<void> HandoffCountRepository::countReasons(HandoffTally &t)
{
    // The disqualified by reason given (the rest: HandoffTally::addNoReasons).
    const SqlWhere reasons = t.where(u"handoff_reasons"_s);
    auto q = m_db.exec(u"SELECT %1, l.next_stage_id, l.lost_reason, CAST(SUM(l.handoffs) AS BIGINT) %2 "
                       "GROUP BY %3l.next_stage_id, l.lost_reason HAVING SUM(l.handoffs) <> 0"_s.arg(t.ownerColumn(), reasons.sql(),
                                                                                                      t.ownerGroup()),
                       reasons.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        t.addReasons((*q)->value(0), (*q)->value(1).toLongLong(), (*q)->value(2).toString(), (*q)->value(3).toLongLong());
    (*q)->finish();
    return ok();
}

Result<void> HandoffCountRepository::takeOutCorrected(HandoffTally &t)
{
    // As of a past day, the counted handoffs whose figures then were not today's, found
    // each through an index of its own (the contacts and moves since by when they were,
    // the owners changed since by lead) and taken out of the counts as the counts have
    // them; readOneByOne reads them as they stood then. A month back on the 120,000-lead
    // demo, 479 of 44,681.
    if (!t.asOf)
        return ok();
    const bool sqlite = m_db.dialect().kind() == SqlDialect::Kind::SQLite;
    const QString months = u"c.pipeline_id = ? AND c.stage_id = ? AND c.month >= ? AND c.month <= ?"_s;
    const QVariantList ofMonths{t.pipeline.id, t.handoffStageId, t.first, t.last};
    const QVariant end = t.now.toMSecsSinceEpoch();
    auto ids = m_db.ids(u"SELECT c.change_id FROM handoff_stays c WHERE %1 AND c.first_contact_at >= ? "
                        "UNION SELECT c.change_id FROM handoff_stays c WHERE %1 AND c.left_at >= ? "
                        "UNION SELECT c.change_id FROM handoff_stays c%2 WHERE c.lead_id IN "
                        "(SELECT o.lead_id FROM owner_changes o WHERE o.changed_at >= ?) AND %1"_s.arg(
                            months, sqlite ? u" INDEXED BY handoff_stays_lead"_s : QString()),
                        ofMonths + QVariantList{end} + ofMonths + QVariantList{end, end} + ofMonths);
    if (!ids)
        return std::unexpected(ids.error());
    t.corrected = std::move(*ids);
    if (t.corrected.isEmpty())
        return ok();
    // By their ids alone (and the owners the filter allows): with the months' terms too,
    // SQLite walked the months' index (200 ms at 120,000 leads) instead of looking them up.
    const SqlWhere w = t.ofOwners({u"handoff_stays l"_s, {m_db.dialect().inIdArray(u"l.change_id"_s)}, {m_db.dialect().idArray(t.corrected)}});
    return RowReader::each(m_db, u"SELECT %1, l.contact_bucket, l.next_stage_id, l.move_bucket, l.lost_reason %2"_s.arg(t.ownerColumn(), w.sql()),
                           w.values, [&t](const RowReader &r) {
                               const QVariant owner = r.value(0);
                               const qint64 next = r.integer(2);
                               t.addContacts(owner, r.integer(1), -1);
                               t.addMoves(owner, next, r.integer(3), -1);
                               t.addReasons(owner, next, r.text(4), -1);
                               t.correctedContactBuckets.insert(r.integer(1));
                               t.correctedMoveBuckets.insert(r.integer(3));
                           });
}

Result<void> HandoffCountRepository::placeAtLimits(HandoffTally &t, const QList<std::tuple<QVariant, qint64>> &unknown,
                                                   SlaCompliance HandoffGroupCounts::*tier, qint64 limitMs, const QString &bucketColumn,
                                                   const QString &doneColumn, const QString &more, const QSet<qint64> &corrected)
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
        if (corrected.contains(bucket))
            t.leaveOutCorrected(m_db.dialect(), u"l.change_id"_s, w.terms, w.values); // counted apart
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

Result<void> HandoffCountRepository::readOneByOne(HandoffTally &t, const ReadHandoffs &read)
{
    // The handoffs read one by one, as ever, each part through a range of its own: the
    // period's days before and after the months; the entries into the handoff stage
    // again within them (the base read keeps those whose entry before came before the
    // period); as of a past day, the counted ones corrected; and, of the months' first
    // entries, those that moved on elsewhere first, for SLA 2 (and those that entered
    // the handoff stage again next, for what sales did too), looked up by their stays'
    // change ids where the counts of moves found any.
    using Part = HandoffGroupCounts::Part;
    const SqlDialect &dialect = m_db.dialect();
    const Period months = t.months();
    const auto counted = [&](const QString &next, const QVariantList &nextValues) {
        HandoffRead part{months, {}, {}, {}};
        QStringList terms{u"h.pipeline_id = ?"_s, u"h.stage_id = ?"_s, u"h.next_stage_id "_s + next, u"h.month >= ?"_s, u"h.month <= ?"_s};
        part.values << t.pipeline.id << t.handoffStageId << nextValues << t.first << t.last;
        t.leaveOutCorrected(dialect, u"h.change_id"_s, terms, part.values);
        part.term = u"l.prior_entered_at IS NULL AND l.change_id IN (SELECT h.change_id FROM handoff_stays h WHERE %1)"_s.arg(
            terms.join(u" AND "_s));
        return part;
    };
    const struct {
        HandoffRead part;
        Part counts;
        bool wanted;
    } reads[] = {
        {{{t.period.from, months.from.addDays(-1)}, {}, {}}, Part::All, t.period.from < months.from},
        {{{months.to.addDays(1), t.period.to}, {}, {}}, Part::All, months.to < t.period.to},
        {{months, u"l.prior_entered_at IS NOT NULL"_s, {}, u"stage_stays_reentered"_s}, Part::All, true},
        {{months, u"l.prior_entered_at IS NULL AND "_s + dialect.inIdArray(u"l.change_id"_s), {dialect.idArray(t.corrected)}, {}},
         Part::All,
         !t.corrected.isEmpty()},
        {counted(u"IN (%1)"_s.arg(SqlValue::idList(t.movedElsewhere)), {}), Part::Decision,
         t.decisionLimit != 0 && !t.movedElsewhere.isEmpty()},
        {counted(u"= ?"_s, {t.handoffStageId}), Part::DecisionAndQuality, t.reenteredNext},
    };
    for (const auto &[part, counts, wanted] : reads) {
        if (!wanted)
            continue; // none there to read, or nothing of theirs to count
        QMap<QString, ReportTally> one;
        if (auto r = read(part, one); !r)
            return std::unexpected(r.error());
        for (auto it = one.cbegin(); it != one.cend(); ++it)
            t.counts[it.key()].addRead(t.pipeline, it->handoffs, counts, t.now, t.handoffStageId, t.calendars);
    }
    return ok();
}

Result<Durations> HandoffCountRepository::speedOf(const HandoffTally &t, const HandoffGroupCounts &c, bool isWhole)
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
            if (t.correctedContactBuckets.contains(bucket))
                t.leaveOutCorrected(m_db.dialect(), u"l.change_id"_s, w.terms, w.values); // among those read one by one
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

Result<void> HandoffCountRepository::figures(const HandoffTally &t, const HandoffGroupCounts &c, bool isWhole, ReportTally &into)
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
