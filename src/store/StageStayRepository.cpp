// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageStayRepository.h"

#include "HandoffCountRepository.h"
#include "HistoryRepository.h"
#include "LeadFactsRepository.h"
#include "LeadRepository.h"
#include "OpenLeadsThen.h"
#include "ReportDayRepository.h"
#include "RowReader.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant fromTime(const QDate &day) { return SqlValue::fromTime(QDateTime(day, QTime(0, 0), Qt::UTC)); }

// The stages whose stays time in stage counts: open and parked (leads stay in won and lost).
QList<qint64> timedStages(const Pipeline &pipeline)
{
    QList<qint64> ids;
    for (const Stage &stage : pipeline.stages)
        if (!stage.isClosed())
            ids.append(stage.id);
    return ids;
}

// A stay the counts read in the same snapshot (ReadSnapshot) have, and the rows do not.
Error stayMissing(qsizetype rank, qsizetype n)
{
    return Error::storage(
        QCoreApplication::translate("lejek::StageStayRepository", "the stays changed while they were counted: no stay at rank %1 of %2")
            .arg(rank)
            .arg(n));
}

} // namespace

SqlWhere StageStayRepository::where(const Leads &leads, const QString &index) const
{
    const bool sqlite = m_db.dialect().kind() == SqlDialect::Kind::SQLite;
    // No index named: the stays looked up by their change id, SQLite's row id (which
    // NOT INDEXED still lets it use), from a list the read's terms give.
    const QString table = index.isEmpty() ? u"stage_stays l NOT INDEXED"_s : u"stage_stays l INDEXED BY "_s + index;
    SqlWhere w{sqlite ? table : u"stage_stays l"_s, {u"l.pipeline_id = ?"_s}, {leads.pipeline.id}};
    LeadFilter f = leads.filter;
    if (leads.asOf.isValid()) {
        ownedAt(f, leads.asOf, w); // not the terms below, which read today's owner
        f.ownerId = 0;
        f.teamId = 0;
    }
    if (f.text.trimmed().isEmpty() && !f.minScore && !f.maxScore && !f.rottingOnly) {
        // The stays copy every column these terms name: merged, owner, source, campaign.
        LeadRepository::filterTerms(f, leads.scope, leads.pipeline.stages, leads.now, w.terms, w.values);
        return w;
    }
    // The search text, the score and the activity are the lead's: its summary selects.
    w.terms.append(u"l.merged_into IS NULL"_s); // the indexes' own term
    const auto facts = LeadFactsRepository(m_db).where(leads.pipeline, f, leads.scope, leads.now);
    w.terms.append(u"l.lead_id IN (SELECT l.lead_id %1)"_s.arg(facts.sql()));
    w.values.append(facts.values);
    return w;
}

Result<void> StageStayRepository::tally(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope, const QDateTime &now,
                                        const Period &period, ReportSections sections, Breakdown by, qint64 handoffStageId,
                                        QMap<QString, ReportTally> &tallies, ReportTally &whole, const QDateTime &asOf,
                                        Handoffs handoffs)
{
    // Everyone's name and team, read once: the groups' names and the handoffs' calendars.
    auto people = LeadPathRepository(m_db).people();
    if (!people)
        return std::unexpected(people.error());
    const ReportGrouping groups = ReportGrouping::of(by, *people, asOf);
    const Leads leads{pipeline, filter, scope, now, asOf};
    // The stays that ended in a past day's period ended before its end, as today's counts
    // by day have them; but those count by today's owner, and a past day's by the owner then.
    const bool byDay = ReportDayRepository::serves(filter, by)
                       && (!asOf.isValid() || (by == Breakdown::None && !filter.ownerId && !filter.teamId));
    if (sections.testFlag(ReportSection::Stays))
        if (auto r = tallyStays(leads, period, groups, byDay, tallies, whole.stays); !r)
            return r;
    if (asOf.isValid() && sections.testFlag(ReportSection::Outcomes))
        if (auto r = tallyOutcomesAsOf(leads, period, groups, tallies); !r)
            return r;
    if (asOf.isValid() && sections.testFlag(ReportSection::OpenLeads))
        if (auto r = tallyOpenAsOf(leads, groups, tallies); !r)
            return r;
    if (!sections.testFlag(ReportSection::Handoffs) || !pipeline.stage(handoffStageId))
        return ok();
    if (handoffs == Handoffs::Counted) {
        const auto read = [&](const HandoffRead &part, QMap<QString, ReportTally> &into) {
            return tallyHandoffs(leads, period, groups, handoffStageId, *people, into, part);
        };
        auto counted = HandoffCountRepository(m_db).tally(pipeline, filter, scope, now, period, groups, handoffStageId, *people, read,
                                                          tallies, whole);
        if (!counted)
            return std::unexpected(counted.error());
        if (*counted)
            return ok();
    }
    return tallyHandoffs(leads, period, groups, handoffStageId, *people, tallies, HandoffRead{period, {}, {}});
}

Result<void> StageStayRepository::tallyStays(const Leads &leads, const Period &period, const ReportGrouping &groups, bool byDay,
                                             QMap<QString, ReportTally> &tallies, QHash<qint64, StayTally> &whole)
{
    const QList<qint64> timed = timedStages(leads.pipeline);
    const QString stages = SqlValue::idList(timed);
    // By the group's name: its stays' medians are one group's, as the paths' are.
    const bool grouped = groups.nameColumn != u"NULL"_s;
    const QString groupBy = grouped ? u", 2"_s : QString(); // the name, in the SELECT with its values
    const QVariantList nameValues = groups.valuesOf(groups.nameColumn);
    // The stays that ended in the period, by stage (and group): the counts add up.
    // (`among`: the timed stages; else the one stage each rank read adds, alone: with
    // both, PostgreSQL halved its estimate and chose a sort over the length's index.)
    const auto endedIn = [&](const QString &index, const QString &among) {
        SqlWhere w = where(leads, index);
        if (!among.isEmpty())
            w.terms << u"l.stage_id IN (%1)"_s.arg(among);
        w.terms << u"l.left_at IS NOT NULL"_s << u"l.left_at >= ?"_s << u"l.left_at < ?"_s;
        w.values << fromTime(period.from) << fromTime(period.to.addDays(1));
        return w;
    };
    const SqlWhere ended = endedIn(u"stage_stays_ended"_s, {});
    QList<ReportDayRepository::StayCount> rows;
    if (byDay) { // counted by day (a past day's: not grouped, no owner then to read)
        const ReportGrouping counts = leads.asOf.isValid() ? ReportGrouping::of(Breakdown::None, {}) : groups;
        auto counted = ReportDayRepository(m_db).staysEnded(leads.pipeline, leads.filter, leads.scope, period, timed, counts);
        if (!counted)
            return std::unexpected(counted.error());
        rows = std::move(*counted);
    } else {
        const SqlWhere left = endedIn(u"stage_stays_left"_s, stages);
        auto counts = m_db.exec(u"SELECT l.stage_id, %1, COUNT(*) %2 GROUP BY l.stage_id%3"_s.arg(groups.nameColumn, left.sql(), groupBy),
                                nameValues + left.values);
        if (!counts)
            return std::unexpected(counts.error());
        while ((*counts)->next())
            rows.append({(*counts)->value(0).toLongLong(), (*counts)->value(1).toString(), (*counts)->value(2).toLongLong()});
        (*counts)->finish();
    }
    QHash<qint64, qsizetype> wholeCounts;
    for (const ReportDayRepository::StayCount &row : std::as_const(rows))
        wholeCounts[row.stageId] += row.stays;
    // Each median and p90 from the rows at their ranks, for the whole and each group;
    // the whole's found by length (migration 25) when it is a whole pipeline's, as the
    // counts by length are.
    const bool byLength = byDay && leads.scope.everything && !leads.filter.ownerId && !leads.filter.teamId;
    for (auto it = wholeCounts.cbegin(); it != wholeCounts.cend(); ++it) {
        SqlWhere stage = ended;
        stage.terms.append(u"l.stage_id = ?"_s);
        stage.values.append(it.key());
        auto d = byLength ? durationsByLength(stage, leads.pipeline, period, it.key(), it.value()) : durations(stage, it.value());
        if (!d)
            return std::unexpected(d.error());
        whole[it.key()].ended = *d;
    }
    if (grouped) {
        for (const ReportDayRepository::StayCount &row : std::as_const(rows)) {
            SqlWhere stage = ended;
            stage.terms << u"l.stage_id = ?"_s << groups.nameColumn + u" = ?"_s;
            // Never NULL: the name column reads '' for no owner or no team.
            stage.values << row.stageId << nameValues << (row.group.isNull() ? u""_s : row.group);
            auto d = durations(stage, row.stays);
            if (!d)
                return std::unexpected(d.error());
            tallies[row.group].stays[row.stageId].ended = *d;
        }
    }
    // The leads still in a stage, by stage (and group): how many, since when. As of a
    // past day, also those whose stay there ended after it, entered before.
    if (byDay && !grouped && !leads.asOf.isValid())
        return tallyWaiting(leads, timed, whole);
    QList<SqlWhere> open{where(leads, u"stage_stays_open"_s)};
    open.last().terms << u"l.stage_id IN (%1)"_s.arg(stages) << u"l.left_at IS NULL"_s;
    if (leads.asOf.isValid()) {
        const QVariant end = SqlValue::fromTime(leads.asOf);
        open.last().terms << u"l.entered_at < ?"_s;
        open.last().values << end;
        open.append(where(leads, u"stage_stays_board"_s)); // with the entry time
        open.last().terms << u"l.stage_id IN (%1)"_s.arg(stages) << u"l.left_at IS NOT NULL"_s << u"l.left_at >= ?"_s << u"l.entered_at < ?"_s;
        open.last().values << end << end;
    }
    for (const SqlWhere &w : std::as_const(open)) {
        auto waiting = m_db.exec(u"SELECT l.stage_id, %1, COUNT(*), MIN(l.entered_at) %2 GROUP BY l.stage_id%3"_s.arg(groups.nameColumn, w.sql(), groupBy),
                                 nameValues + w.values);
        if (!waiting)
            return std::unexpected(waiting.error());
        while ((*waiting)->next()) {
            const qint64 stageId = (*waiting)->value(0).toLongLong();
            const int n = (*waiting)->value(2).toInt();
            const QDateTime since = SqlValue::toTime((*waiting)->value(3));
            for (StayTally *tally : {&whole[stageId], grouped ? &tallies[(*waiting)->value(1).toString()].stays[stageId] : nullptr}) {
                if (!tally)
                    continue;
                tally->waiting += n;
                if (!tally->waitingSince.isValid() || since < tally->waitingSince)
                    tally->waitingSince = since;
            }
        }
        (*waiting)->finish();
    }
    return ok();
}

Result<void> StageStayRepository::tallyWaiting(const Leads &leads, const QList<qint64> &stages, QHash<qint64, StayTally> &whole)
{
    auto counts = ReportDayRepository(m_db).openStays(leads.pipeline, leads.filter, leads.scope, stages);
    if (!counts)
        return std::unexpected(counts.error());
    // Since when: each stage's earliest entry, the first of its index's range.
    SqlWhere open = where(leads, u"stage_stays_open"_s);
    open.terms << u"l.left_at IS NULL"_s;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        SqlWhere w = open;
        w.terms << u"l.stage_id = ?"_s;
        w.values << it.key();
        auto since = m_db.exec(u"SELECT MIN(l.entered_at) %1"_s.arg(w.sql()), w.values);
        if (!since)
            return std::unexpected(since.error());
        StayTally &tally = whole[it.key()];
        tally.waiting += int(it.value());
        if ((*since)->next())
            tally.waitingSince = SqlValue::toTime((*since)->value(0));
        (*since)->finish();
    }
    return ok();
}

Result<void> StageStayRepository::tallyOutcomesAsOf(const Leads &leads, const Period &period, const ReportGrouping &groups,
                                                    QMap<QString, ReportTally> &tallies)
{
    QList<qint64> won, closed;
    for (const Stage &stage : leads.pipeline.stages) {
        if (stage.isClosed())
            closed.append(stage.id);
        if (stage.kind == StageKind::Won)
            won.append(stage.id);
    }
    const QVariant end = SqlValue::fromTime(leads.asOf);
    // The stay open at the day's end, entered in the period, and left since (the leads
    // still in it LeadFactsRepository::tally counts): reopened, a rare few, by when.
    const auto closedIn = [&](const QList<qint64> &stages) {
        SqlWhere w = where(leads, u"stage_stays_left"_s);
        w.terms << u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(stages)) << u"l.left_at IS NOT NULL"_s << u"l.left_at >= ?"_s
                << u"l.entered_at >= ?"_s << u"l.entered_at < ?"_s;
        w.values << end << fromTime(period.from) << fromTime(period.to.addDays(1));
        return w;
    };
    const SqlWhere outcomes = closedIn(closed);
    const QVariantList groupValues = groups.valuesOf(groups.column);
    auto q = m_db.exec(u"SELECT %1, l.stage_id, l.lost_reason, COUNT(*) %2 GROUP BY 1, l.stage_id, l.lost_reason"_s.arg(groups.column,
                                                                                                                      outcomes.sql()),
                       groupValues + outcomes.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        tallies[groups.name((*q)->value(0))].outcomes.addClosed(leads.pipeline, (*q)->value(1).toLongLong(), (*q)->value(2).toString(),
                                                                (*q)->value(3).toInt());
    }
    (*q)->finish();
    // Each won lead's cycle: from its first entry into the pipeline to the win.
    const SqlWhere wins = closedIn(won);
    auto cycles = m_db.exec(
        u"SELECT %1, l.entered_at - (SELECT MIN(d.entered_at) FROM stage_stays d WHERE d.lead_id = l.lead_id "
        "AND d.pipeline_id = l.pipeline_id) %2"_s.arg(groups.column,
                                                                                                                       wins.sql()),
        groupValues + wins.values);
    if (!cycles)
        return std::unexpected(cycles.error());
    while ((*cycles)->next())
        tallies[groups.name((*cycles)->value(0))].outcomes.cycles.append((*cycles)->value(1).toLongLong());
    (*cycles)->finish();
    return ok();
}

Result<void> StageStayRepository::tallyOpenAsOf(const Leads &leads, const ReportGrouping &groups, QMap<QString, ReportTally> &tallies)
{
    const QVariant end = SqlValue::fromTime(leads.asOf);
    // Rotting: no activity and no move (the stay began then) since the stage's cutoff.
    const QList<qint64> open = timedStages(leads.pipeline); // open and parked
    QVariantList cutoffValues;
    const QString cutoff = LeadFactsRepository::rottingCutoff(leads.pipeline, leads.asOf, cutoffValues);
    const QString rots = cutoff.isEmpty() ? u"1 = 0"_s
                                          : u"(l.entered_at < %1 AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.lead_id = l.lead_id "
                                            "AND a.occurred_at >= %1 AND a.occurred_at < ?))"_s.arg(cutoff);
    const QString noOwner = u"COALESCE(%1, 0) = 0"_s.arg(ReportGrouping::OwnerThen);
    // Each lead's leaks worked out once, then summed. The ?s in the columns, in their
    // order: the owner's two ends, the task's two, then the cutoffs (twice) and the end.
    QVariantList columnValues{end, end, end, end};
    columnValues << cutoffValues << cutoffValues;
    if (!cutoff.isEmpty())
        columnValues << end;
    const QString columns = u"%1 AS grp, l.stage_id, l.decision_date, l.currency, l.value, %2 AS no_owner, %3 AS no_task, %4 AS rots"_s.arg(
        groups.column, OpenLeadsThen::flag(noOwner), OpenLeadsThen::flag(OpenLeadsThen::NoTask), OpenLeadsThen::flag(rots));
    // Only the leads LeadFactsRepository::tally does not count from their summary: the
    // stay open then left since (a day a month back at 1M: 60,000 leads; a range of the
    // index of the stays by when they were left, which holds all they are read by), or
    // the owner changed since (theirs now not theirs then; their current stays, by lead).
    const auto openThen = [&](bool leftSince) {
        SqlWhere w = where(leads, leftSince ? u"stage_stays_since"_s : u"stage_stays_lead"_s);
        w.terms << u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(open));
        if (leftSince)
            w.terms << u"l.left_at IS NOT NULL"_s << u"l.left_at >= ?"_s;
        else
            w.terms << u"l.left_at IS NULL"_s << u"l.lead_id IN (SELECT o.lead_id FROM owner_changes o WHERE o.changed_at >= ?)"_s;
        w.terms << u"l.entered_at < ?"_s;
        w.values << end << end;
        return w;
    };
    const SqlWhere leftSince = openThen(true), ownedSince = openThen(false);
    const QVariantList selected = groups.valuesOf(groups.column) + columnValues;
    return OpenLeadsThen::sum(m_db, u"SELECT %1 %2 UNION ALL SELECT %1 %3"_s.arg(columns, leftSince.sql(), ownedSince.sql()),
                   selected + leftSince.values + selected + ownedSince.values, groups, tallies);
}

Result<QHash<qsizetype, qint64>> StageStayRepository::lengthsAt(const SqlWhere &w, qsizetype n, QList<qsizetype> ranks)
{
    // The index walks the stays by length, from whichever end is nearer; ranks side by
    // side (an even count's median) in one walk, not two of the same length.
    std::sort(ranks.begin(), ranks.end());
    QHash<qsizetype, qint64> at;
    for (qsizetype i = 0; i < ranks.size();) {
        qsizetype last = i;
        while (last + 1 < ranks.size() && ranks.at(last + 1) == ranks.at(last) + 1)
            ++last;
        const qsizetype low = ranks.at(i), high = ranks.at(last);
        const bool fromTop = n - 1 - high < low;
        // The offset bound, not written in: each would be a statement prepared anew (the
        // limit, 1 to 3, is: a few statements in all).
        auto q = m_db.exec(u"SELECT l.duration %1 ORDER BY l.duration %2 LIMIT %3 OFFSET CAST(? AS BIGINT)"_s.arg(
                               w.sql(), fromTop ? u"DESC"_s : u"ASC"_s, QString::number(high - low + 1)),
                           w.values + QVariantList{qint64(fromTop ? n - 1 - high : low)});
        if (!q)
            return std::unexpected(q.error());
        for (qsizetype rank = fromTop ? high : low; rank >= low && rank <= high; rank += fromTop ? -1 : 1) {
            if (!(*q)->next()) // the count read in the same snapshot (ReadSnapshot) has it
                return std::unexpected(stayMissing(rank, n));
            at.insert(rank, (*q)->value(0).toLongLong());
        }
        (*q)->finish();
        i = last + 1;
    }
    return at;
}

Result<Durations> StageStayRepository::durations(const SqlWhere &w, qsizetype n)
{
    auto at = lengthsAt(w, n, Durations::ranks(n));
    if (!at)
        return std::unexpected(at.error());
    return Durations::atRanks(n, [&at](qsizetype rank) { return at->value(rank); });
}

Result<Durations> StageStayRepository::durationsByLength(const SqlWhere &w, const Pipeline &pipeline, const Period &period, qint64 stageId,
                                                         qsizetype n)
{
    auto buckets = ReportDayRepository(m_db).stayLengths(pipeline, stageId, period);
    if (!buckets)
        return std::unexpected(buckets.error());
    // Each rank lies in the bucket where the buckets' running sum passes it: only that
    // bucket's stays are walked, ranked among themselves.
    const QList<qsizetype> ranks = Durations::ranks(n);
    Q_ASSERT(std::is_sorted(ranks.cbegin(), ranks.cend())); // as the buckets are walked
    auto rank = ranks.cbegin();
    QHash<qsizetype, qint64> at;
    qsizetype below = 0;
    for (const auto &[bucket, stays] : std::as_const(*buckets)) {
        QList<qsizetype> inside;
        for (; rank != ranks.cend() && *rank < below + stays; ++rank)
            inside.append(*rank - below);
        if (!inside.isEmpty()) {
            SqlWhere among = w;
            const auto [low, high] = ReportDayRepository::lengthBounds(bucket);
            if (low) {
                among.terms.append(u"l.duration >= ?"_s);
                among.values.append(*low);
            }
            among.terms.append(u"l.duration < ?"_s);
            among.values.append(high);
            auto found = lengthsAt(among, stays, inside);
            if (!found)
                return std::unexpected(found.error());
            for (auto it = found->cbegin(); it != found->cend(); ++it)
                at.insert(below + it.key(), it.value());
        }
        below += stays;
    }
    if (below != n) // counted in the same snapshot as `n` (stay_days): they agree
        return std::unexpected(Error::storage(
            QCoreApplication::translate("lejek::StageStayRepository", "the stays' counts disagree: %1 by length, %2 by day").arg(below).arg(n)));
    return Durations::atRanks(n, [&at](qsizetype r) { return at.value(r); });
}

Result<void> StageStayRepository::tallyHandoffs(const Leads &leads, const Period &period, const ReportGrouping &groups, qint64 handoffStageId,
                                                const QHash<qint64, LeadPathRepository::Person> &people,
                                                QMap<QString, ReportTally> &tallies, const HandoffRead &part)
{
    // Each lead's first entry into the handoff stage in the period: the last before it,
    // if any, was before the period. The deciding entry is mostly the next one; else
    // (the lead went back first) a look at the lead's later stays.
    const QString deciding = SqlValue::idList(Handoff::decidingStages(leads.pipeline, handoffStageId));
    SqlWhere w = where(leads, part.index);
    w.terms << u"l.stage_id = ?"_s << u"l.entered_at >= ?"_s << u"l.entered_at < ?"_s
            << u"(l.prior_entered_at IS NULL OR l.prior_entered_at < ?)"_s;
    w.values << handoffStageId << fromTime(std::max(part.entered.from, period.from))
             << fromTime(std::min(part.entered.to, period.to).addDays(1)) << fromTime(period.from);
    if (!part.term.isEmpty()) {
        w.terms << part.term;
        w.values << part.values;
    }
    // As of a past day, only what came before its end: a stay left after it was still
    // open, later stays and contacts had not happened, and the owner was the one then.
    // Each ? in the columns is that end, bound (SQL text that changed with the day
    // would be a statement prepared anew and kept).
    const bool asOf = leads.asOf.isValid();
    const QString leftAt = asOf ? u"CASE WHEN l.left_at < ? THEN l.left_at END"_s : u"l.left_at"_s;
    const QString nextStage = asOf ? u"CASE WHEN l.left_at < ? THEN l.next_stage_id END"_s : u"l.next_stage_id"_s;
    const QString later = u"(d.entered_at > l.entered_at OR (d.entered_at = l.entered_at AND d.change_id > l.change_id))"_s
                          + (asOf ? u" AND d.entered_at < ?"_s : QString());
    const QString decided = u"CASE WHEN %2 IS NULL THEN NULL WHEN %2 IN (%1) THEN %3 "
                            "ELSE (SELECT MIN(d.entered_at) FROM stage_stays d WHERE d.lead_id = l.lead_id AND d.stage_id IN (%1) "
                            "AND %4) END"_s.arg(deciding, nextStage, leftAt, later);
    // The next stage another one (the handoff stage entered again is no move): mostly
    // the next stay's, else a look at the later ones.
    const QString next = u"CASE WHEN %1 IS NULL OR %1 <> l.stage_id THEN %1 "
                         "ELSE (SELECT d.stage_id FROM stage_stays d WHERE d.lead_id = l.lead_id AND d.stage_id <> l.stage_id "
                         "AND %2 ORDER BY d.entered_at, d.change_id LIMIT 1) END"_s.arg(nextStage, later);
    const QString contacted = asOf ? u"CASE WHEN l.first_contact_at < ? THEN l.first_contact_at END"_s : u"l.first_contact_at"_s;
    // As of a past day, the owner then (the team's calendar, and the group by owner or
    // team): the leads handed on since read once, not looked up handoff by handoff.
    QHash<qint64, qint64> ownersThen;
    if (asOf) {
        auto read = HistoryRepository(m_db).ownersBefore(leads.asOf);
        if (!read)
            return std::unexpected(read.error());
        ownersThen = std::move(*read);
    }
    const bool byOwner = groups.byOwner();
    const QString columns = u"%1, l.lead_id, l.entered_at, %2, %3, %4, l.owner_id, l.lost_reason"_s.arg(
        byOwner ? u"NULL"_s : groups.column, next, decided, contacted);
    const QVariantList ends(columns.count(u'?'), SqlValue::fromTime(leads.asOf));
    // Each group's list found once, by the owner's id or the column's value, not by its
    // name made and looked up row after row (452,000 handoffs, all time at 1M).
    QHash<qint64, QList<Handoff> *> listById;
    QHash<QString, QList<Handoff> *> listByText;
    const auto listOf = [&](const QVariant &key) -> QList<Handoff> & {
        QList<Handoff> *&list = key.typeId() == QMetaType::QString ? listByText[key.toString()]
                                                                   : listById[key.isNull() ? -1 : key.toLongLong()];
        if (!list)
            list = &tallies[groups.name(key)].handoffs; // a node of the map: it stays where it is
        return *list;
    };
    // Unsorted: SQLite's sort of a quarter's handoffs at 1M (133,000) took longer than
    // reading them; SpeedToLead puts the leads it lists in order.
    return RowReader::each(m_db, u"SELECT %1 %2"_s.arg(columns, w.sql()), ends + w.values, [&](const RowReader &r) {
        Handoff h;
        h.leadId = r.integer(1);
        h.at = r.time(2);
        h.nextStageId = r.integer(3);
        h.decidedAt = r.time(4);
        h.contactedAt = r.time(5);
        const qint64 owner = ownersThen.value(h.leadId, r.integer(6));
        const auto person = people.constFind(owner); // not a copy of their names per handoff
        h.teamId = person == people.cend() ? 0 : person->teamId;
        // The lost reason only of those disqualified, its one use (HandoffQuality): not a
        // string made for each of the 200,000 lost leads handed off at 1M.
        if (const Stage *then = leads.pipeline.stage(h.nextStageId); then && then->kind == StageKind::Lost)
            h.lostReason = r.text(7);
        listOf(byOwner ? QVariant(owner) : r.value(0)).append(std::move(h));
    });
}

void StageStayRepository::ownedAt(const LeadFilter &filter, const QDateTime &end, SqlWhere &w)
{
    const QVariant at = SqlValue::fromTime(end);
    // Owned by one of `owners` then: theirs now and no change since; or the first change
    // since took it from them. Both subqueries are read once, not per stay: a team
    // changes few owners. The owner and the team, when both are named, each.
    const auto owned = [&](const QString &owners, const QVariant &owner) {
        w.terms << u"((l.owner_id IN (%1) AND l.lead_id NOT IN (SELECT o.lead_id FROM owner_changes o WHERE o.changed_at >= ?)) "
                   "OR l.lead_id IN (SELECT o.lead_id FROM owner_changes o WHERE o.changed_at >= ? AND o.from_user_id IN (%1) "
                   "AND NOT EXISTS (SELECT 1 FROM owner_changes p WHERE p.lead_id = o.lead_id AND p.changed_at >= ? "
                   "AND (p.changed_at < o.changed_at OR (p.changed_at = o.changed_at AND p.id < o.id)))))"_s.arg(owners);
        w.values << owner << at << at << owner << at;
    };
    if (filter.ownerId != 0)
        owned(u"?"_s, filter.ownerId);
    if (filter.teamId != 0)
        owned(u"SELECT u.id FROM users u WHERE u.team_id = ?"_s, filter.teamId);
}

Result<QHash<qint64, StageTotals>> StageStayRepository::board(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                              const QDateTime &end, const QList<qint64> &stageIds)
{
    const QVariant at = SqlValue::fromTime(end);
    QHash<qint64, StageTotals> totals;
    // Two ranges of the index per stage: the stays still open, and those that ended
    // after the day; each entered before its end.
    for (const bool stillOpen : {true, false}) {
        SqlWhere w = where(Leads{pipeline, filter, scope, end, end}, u"stage_stays_board"_s);
        w.terms << u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(stageIds));
        if (stillOpen) {
            w.terms << u"l.left_at IS NULL"_s;
        } else {
            w.terms << u"l.left_at >= ?"_s;
            w.values << at;
        }
        w.terms << u"l.entered_at < ?"_s;
        w.values << at;
        auto q = m_db.exec(u"SELECT l.stage_id, COUNT(*), CAST(COALESCE(SUM(l.value), 0) AS BIGINT) %1 GROUP BY l.stage_id"_s.arg(w.sql()),
                           w.values);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            StageTotals &t = totals[(*q)->value(0).toLongLong()];
            t.stageId = (*q)->value(0).toLongLong();
            t.count += (*q)->value(1).toLongLong();
            t.valueMinor += (*q)->value(2).toLongLong();
        }
        (*q)->finish();
    }
    return totals;
}

Result<void> StageStayRepository::cohortMovedSince(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                   const Period &period, const QDateTime &asOf, const ReportGrouping &groups,
                                                   QMap<QString, ReportTally> &tallies)
{
    // A lead moved since the day's end left the stay it was in then since, and came in
    // before that stay began: one range of the index, by when the stays were left.
    const QVariant end = SqlValue::fromTime(asOf);
    SqlWhere w = where(Leads{pipeline, filter, scope, asOf, asOf}, u"stage_stays_since"_s);
    w.terms << u"l.left_at IS NOT NULL"_s << u"l.left_at >= ?"_s << u"l.entered_at < ?"_s << u"l.lead_entered_at >= ?"_s
            << u"l.lead_entered_at < ?"_s;
    w.values << end << end << fromTime(period.from) << fromTime(period.to.addDays(1));
    auto q = m_db.exec(u"SELECT %1, l.furthest_stage_id, COUNT(*) %2 GROUP BY 1, 2"_s.arg(groups.column, w.sql()),
                       groups.valuesOf(groups.column) + w.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        tallies[groups.name((*q)->value(0))].addCohort((*q)->value(1).toLongLong(), (*q)->value(2).toInt());
    (*q)->finish();
    return ok();
}

Result<QList<qint64>> StageStayRepository::waiting(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                   const QDateTime &now, qint64 stageId, const QDateTime &asOf)
{
    SqlWhere w = where(Leads{pipeline, filter, scope, now, asOf}, asOf.isValid() ? u"stage_stays_board"_s : u"stage_stays_open"_s);
    w.terms << u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(timedStages(pipeline))) << u"l.stage_id = ?"_s;
    w.values << stageId;
    if (asOf.isValid()) {
        w.terms << u"(l.left_at IS NULL OR l.left_at >= ?)"_s << u"l.entered_at < ?"_s;
        w.values << SqlValue::fromTime(asOf) << SqlValue::fromTime(asOf);
    } else {
        w.terms << u"l.left_at IS NULL"_s;
    }
    return m_db.ids(u"SELECT l.lead_id %1 ORDER BY l.entered_at, l.lead_id"_s.arg(w.sql()), w.values);
}

} // namespace lejek
