// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadFactsRepository.h"

#include "LeadPathRepository.h"
#include "LeadRepository.h"
#include "OpenLeadsThen.h"
#include "ReportDayRepository.h"
#include "ReportGrouping.h"
#include "SqlValue.h"
#include "StageStayRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

// A period's bounds as stored: [from 00:00, to + 1 day 00:00) UTC.
QVariantList boundsOf(const Period &period)
{
    return {SqlValue::fromTime(QDateTime(period.from, QTime(0, 0), Qt::UTC)),
            SqlValue::fromTime(QDateTime(period.to.addDays(1), QTime(0, 0), Qt::UTC))};
}

const QString EnteredIn = u"l.entered_at >= ? AND l.entered_at < ?"_s;
const QString ClosedIn = u"l.closed_at >= ? AND l.closed_at < ?"_s;

QList<qint64> stagesWhere(const Pipeline &pipeline, const std::function<bool(const Stage &)> &keep)
{
    QList<qint64> ids;
    for (const Stage &stage : pipeline.stages)
        if (keep(stage))
            ids.append(stage.id);
    return ids;
}

// The three leaks of an open lead on `l` (Leakage): nobody owns it, no open task (the
// summary counts them, migration 15), and its stage's rotting days passed since its
// last activity (a stage with none never rots).
const QString NoOwner = u"COALESCE(l.owner_id, 0) = 0"_s;
const QString NoNextTask = u"l.open_tasks = 0"_s;
// Rotting at `now`: `since` (the lead's last activity) before its stage's cutoff.
// The cutoffs are bound, appended to `values` in the order of the term's ?s: they
// change with the clock, and SQL text that changed each time would be prepared anew.
QString rotting(const Pipeline &pipeline, const QDateTime &now, QVariantList &values, const QString &since = u"l.last_activity_at"_s)
{
    const QString cutoff = LeadFactsRepository::rottingCutoff(pipeline, now, values);
    return cutoff.isEmpty() ? u"1 = 0"_s : since + u" < "_s + cutoff;
}
// As of a past day's end, for a lead with no activity and no move since: its last
// activity or move, the later of the two (Leakage, on the paths then).
const QString ActiveThen = u"(CASE WHEN l.activity_at > l.stage_entered_at THEN l.activity_at ELSE l.stage_entered_at END)"_s;
QString counted(const QString &term) { return u"SUM(CASE WHEN %1 THEN 1 ELSE 0 END)"_s.arg(term); }
// Open leads' sums by stage, decision date and currency, as OpenLeadsThen::add reads
// them: the count, the value, and those with no owner, no task, rotting (`rots`, whose
// ?s come twice), and any of the three.
QString openSums(const QString &rots)
{
    return u"l.stage_id, l.decision_date, l.currency, COUNT(*), CAST(SUM(l.value) AS BIGINT), %1, %2, %3, %4"_s.arg(
        counted(NoOwner), counted(NoNextTask), counted(rots), counted(u"%1 OR %2 OR %3"_s.arg(NoOwner, NoNextTask, rots)));
}
// As of a past day's end (each ? is it), a lead's furthest stage then: its summary's if
// it has not moved since, else read from its stays in the pipeline, in the funnel's
// order as the summary's (won, then the open stages by position; the caller sees that
// the stages' order and kinds are today's). By rank, one walk of the lead's stays with
// no sort: each stage's rank, the highest, and its stage.
QString furthestThen(const Pipeline &pipeline)
{
    QString ranks, stages;
    for (const Stage &stage : pipeline.stages) {
        if (stage.kind != StageKind::Open && stage.kind != StageKind::Won)
            continue;
        const qint64 rank = (stage.kind == StageKind::Won ? 1'000'000 : 0) + stage.position;
        ranks += u" WHEN %1 THEN %2"_s.arg(stage.id).arg(rank);
        stages += u" WHEN %1 THEN %2"_s.arg(rank).arg(stage.id);
    }
    if (ranks.isEmpty()) // no stage in the funnel
        return u"CASE WHEN l.stage_entered_at < ? THEN l.furthest_stage_id END"_s;
    return u"CASE WHEN l.stage_entered_at < ? THEN l.furthest_stage_id ELSE CASE (SELECT MAX(CASE x.stage_id%1 END) "
           "FROM stage_stays x WHERE x.lead_id = l.lead_id AND x.entered_at < ?)%2 END END"_s.arg(ranks, stages);
}

} // namespace

QString LeadFactsRepository::rottingCutoff(const Pipeline &pipeline, const QDateTime &now, QVariantList &values)
{
    QString cases;
    for (const Stage &stage : pipeline.stages)
        if (const QDateTime before = Leakage::rottingBefore(stage, now); before.isValid() && !stage.isClosed()) {
            cases += u" WHEN %1 THEN CAST(? AS BIGINT)"_s.arg(stage.id); // typed: PostgreSQL infers none
            values.append(SqlValue::fromTime(before));
        }
    return cases.isEmpty() ? QString() : u"CASE l.stage_id%1 END"_s.arg(cases);
}

SqlWhere LeadFactsRepository::where(const Pipeline &pipeline, const LeadFilter &asked, const LeadScope &scope, const QDateTime &now,
                                   const QDateTime &asOf) const
{
    LeadFilter filter = asked;
    QStringList ownedThen;
    QVariantList ownersThen;
    if (asOf.isValid()) {
        SqlWhere owned;
        StageStayRepository::ownedAt(filter, asOf, owned); // not the terms below, which read today's owner
        ownedThen = owned.terms;
        ownersThen = owned.values;
        filter.ownerId = 0;
        filter.teamId = 0;
    }
    // lead_facts holds every column the filter's terms name but the search text; with
    // a text search, each lead's own row too. Each section's index (migration 17) holds
    // the owner, source and campaign, which the scope and the dashboard's filters and
    // breakdowns read, but not the score or, for the cohort and the outcomes, the
    // activity the "rotting only" filter reads: with those, SQLite (which has no
    // statistics to weigh them by) would walk the index and look each lead up in turn,
    // slower than one scan of the table (1M leads: 3.8 s against 1.4 s).
    QString from = u"lead_facts l"_s;
    if (!filter.text.trimmed().isEmpty())
        from = u"(SELECT f.*, s.search_text FROM lead_facts f JOIN leads s ON s.id = f.lead_id) l"_s;
    else if (m_db.dialect().kind() == SqlDialect::Kind::SQLite && (filter.minScore || filter.maxScore || filter.rottingOnly))
        from = u"lead_facts l NOT INDEXED"_s;
    else if (m_db.dialect().kind() == SqlDialect::Kind::SQLite && asOf.isValid())
        from = u"lead_facts l INDEXED BY lead_facts_then"_s; // a past day's cohort (tally takes others for the other sections)
    SqlWhere w{from, {u"l.pipeline_id = ?"_s}, {pipeline.id}};
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, w.terms, w.values);
    w.terms.append(ownedThen);
    w.values.append(ownersThen);
    return w;
}

Result<QMap<QString, ReportTally>> LeadFactsRepository::tally(const Pipeline &pipeline, const LeadFilter &filter,
                                                              const LeadScope &scope, const QDateTime &now, const Period &period,
                                                              ReportSections sections, Breakdown by, const QDateTime &asOf)
{
    Q_ASSERT(!asOf.isValid() || !(sections & ~(ReportSection::Cohort | ReportSection::Outcomes | ReportSection::OpenLeads)));
    auto people = LeadPathRepository(m_db).people();
    if (!people)
        return std::unexpected(people.error());
    // As of a past day, the cohort's and the outcomes' owners and teams by the owner
    // then; the open leads read here have had the same owner since, so owned as now (and
    // today's, of course).
    const ReportGrouping asNow = ReportGrouping::of(by, *people), then = ReportGrouping::of(by, *people, asOf);
    // The breakdown last: the section's own columns lead its index, which then gives
    // the rows in the order of the groups' first part (1M leads by owner: 0.7 s, where
    // the owner first took 2.5 s). By its place: its ?s are bound once, in the SELECT.
    const QString groupBy = by == Breakdown::None ? QString() : u", 1"_s;
    QMap<QString, ReportTally> tallies;
    // SELECT `columns` of the leads that also meet `term` (with `bounds`), grouped by
    // `groups` and then the breakdown (no `groups`: not grouped), each row into its
    // group's tally.
    // `columnValues`: those of the ?s in `columns`, which come before the WHERE's.
    // `g`: the breakdown, its column first.
    const auto read = [&](const ReportGrouping &g, const QString &columns, const QVariantList &columnValues, const QString &term,
                          const QVariantList &bounds, const QString &groups,
                          const std::function<void(const QSqlQuery &, ReportTally &)> &add) -> Result<void> {
        SqlWhere w = where(pipeline, filter, scope, now, asOf);
        // Today's cohort through its own index: SQLite, which has no statistics, would
        // take a past day's (lead_facts_then) for its range and sort (0.4 -> 1 s at 1M).
        if (term == EnteredIn && w.from == u"lead_facts l"_s && m_db.dialect().kind() == SqlDialect::Kind::SQLite)
            w.from += u" INDEXED BY lead_facts_cohort"_s;
        // A past day's outcomes through theirs, not the past day's cohort's.
        if (term != EnteredIn && w.from == u"lead_facts l INDEXED BY lead_facts_then"_s)
            w.from = u"lead_facts l INDEXED BY lead_facts_outcomes"_s;
        w.terms.append(term);
        w.values.append(bounds);
        QString sql = u"SELECT %1, %2 %3"_s.arg(g.column, columns, w.sql());
        if (!groups.isEmpty())
            sql += u" GROUP BY "_s + groups + groupBy;
        auto q = m_db.exec(sql, g.valuesOf(g.column) + columnValues + w.values);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next())
            add(**q, tallies[g.name((*q)->value(0))]);
        (*q)->finish();
        return ok();
    };
    const QVariantList bounds = boundsOf(period);
    // The cohort and outcomes counted by day (a past day's from today's), when the
    // counts hold what is asked.
    ReportSections byDay;
    if (ReportDayRepository::serves(filter, by)) {
        byDay = sections & (ReportSection::Cohort | ReportSection::Outcomes);
        auto r = asOf.isValid() ? countsAsOfByDay(pipeline, filter, scope, now, period, byDay, asOf, asNow, then, tallies)
                                : ReportDayRepository(m_db).tally(pipeline, filter, scope, period, byDay, asNow, tallies);
        if (!r)
            return std::unexpected(r.error());
    }
    if (sections.testFlag(ReportSection::Cohort) && !byDay.testFlag(ReportSection::Cohort)) {
        const QString furthest = asOf.isValid() ? furthestThen(pipeline) : u"l.furthest_stage_id"_s;
        const QVariantList ends(furthest.count(u'?'), SqlValue::fromTime(asOf));
        // Grouped by the column's place: its ?s are bound once, in the SELECT.
        auto cohort = read(then, furthest + u", COUNT(*)"_s, ends, EnteredIn, bounds, u"2"_s,
                           [](const QSqlQuery &row, ReportTally &t) { t.addCohort(row.value(1).toLongLong(), row.value(2).toInt()); });
        if (!cohort)
            return std::unexpected(cohort.error());
    }
    if (sections.testFlag(ReportSection::Outcomes)) {
        // As of a past day, the leads closed in the period and still so (with the owner
        // then); StageStayRepository::tally adds those closed then and reopened since.
        if (!byDay.testFlag(ReportSection::Outcomes)) {
            auto closed = read(then, u"l.stage_id, l.lost_reason, COUNT(*)"_s, {}, ClosedIn, bounds, u"l.stage_id, l.lost_reason"_s,
                               [&pipeline](const QSqlQuery &row, ReportTally &t) {
                                   t.outcomes.addClosed(pipeline, row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toInt());
                               });
            if (!closed)
                return std::unexpected(closed.error());
        }
        // The cycle's median and p90 need every won lead's length: the one list read.
        const QList<qint64> won = stagesWhere(pipeline, [](const Stage &s) { return s.kind == StageKind::Won; });
        auto cycles = read(then, u"l.closed_at - l.entered_at"_s, {},
                           ClosedIn + u" AND l.stage_id IN (%1)"_s.arg(SqlValue::idList(won)), bounds, {},
                           [](const QSqlQuery &row, ReportTally &t) { t.outcomes.cycles.append(row.value(1).toLongLong()); });
        if (!cycles)
            return std::unexpected(cycles.error());
    }
    if (sections.testFlag(ReportSection::OpenLeads) && asOf.isValid()) {
        if (auto r = tallyOpenAsOf(pipeline, filter, scope, now, asOf, asNow, by, tallies); !r)
            return std::unexpected(r.error());
    } else if (sections.testFlag(ReportSection::OpenLeads)) {
        QVariantList cutoffs; // twice: the rotting count, then the leaking one
        const QString rots = rotting(pipeline, now, cutoffs);
        const QVariantList once = cutoffs;
        cutoffs.append(once);
        // By day, as the index has them (no sort without a breakdown); the forecast takes the month.
        auto tallied = read(asNow, openSums(rots), cutoffs, u"l.closed_at IS NULL"_s, {}, u"l.stage_id, l.decision_date, l.currency"_s,
                            OpenLeadsThen::add);
        if (!tallied)
            return std::unexpected(tallied.error());
    }
    return tallies;
}

Result<void> LeadFactsRepository::tallyOpenAsOf(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                const QDateTime &now, const QDateTime &asOf, const ReportGrouping &asNow, Breakdown by,
                                                QMap<QString, ReportTally> &tallies)
{
    // Only the leads in the same open stay since before the day's end, whose owner has
    // not changed since: open then as now, owned as now (the others are
    // StageStayRepository::tallyOpenAsOf's). Two reads of them:
    const QVariant end = SqlValue::fromTime(asOf);
    const auto openSince = [&](const QString &touched) {
        SqlWhere w = where(pipeline, filter, scope, now, asOf);
        if (w.from == u"lead_facts l INDEXED BY lead_facts_then"_s)
            w.from = u"lead_facts l INDEXED BY lead_facts_open"_s;
        w.terms << u"l.closed_at IS NULL"_s << u"l.stage_entered_at < ?"_s << touched;
        w.values << end << end;
        return w;
    };
    // - untouched since (touched_at: no move, owner change, task made or done, or
    //   activity since; a day a month back at 1M, 214,000 of 278,000), as they are now:
    //   their leaks then are their summary's columns, rotting from their last activity
    //   or move. Summed in SQL in the index's order, as today's are: no look-up, no
    //   row sent, and without a breakdown no sort (0.15 s in sqlite3 at 1M);
    QVariantList cutoffs; // twice: the rotting count, then the leaking one
    const QString rotsAsNow = rotting(pipeline, now, cutoffs, ActiveThen);
    const QVariantList once = cutoffs;
    cutoffs.append(once);
    const SqlWhere untouched = openSince(u"l.touched_at < ?"_s);
    auto q = m_db.exec(u"SELECT %1, %2 %3 GROUP BY l.stage_id, l.decision_date, l.currency%4"_s.arg(
                           asNow.column, openSums(rotsAsNow), untouched.sql(), by == Breakdown::None ? QString() : u", 1"_s),
                       asNow.valuesOf(asNow.column) + cutoffs + untouched.values);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        OpenLeadsThen::add(**q, tallies[asNow.name((*q)->value(0))]);
    (*q)->finish();
    // - touched since, with no owner change since (owner_at), a range of their own index
    //   by when (lead_facts_open_touched, migrations 28 and 30). Each lead's leaks
    //   worked out once, then summed. What touched them tells what to look up
    //   (migration 29): a task open then only when one was made or done since
    //   (tasks_at; else those open then are those open now), and their last activity or
    //   move then (rotting) only when their last two activities both came since (else
    //   it is their summary's, or the one before their last: prior_activity_at). A month
    //   back at 1M, of 64,000: their tasks looked up for 54,000 (64,000 before), their
    //   activities for none (23,000 before).
    const QString noTask = u"(CASE WHEN l.tasks_at IS NULL OR l.tasks_at < ? THEN %1 ELSE %2 END)"_s.arg(NoNextTask, OpenLeadsThen::NoTask);
    QVariantList values(6, end); // in the columns' order: the task's three, the last activity's three
    const QString since = u"(CASE WHEN l.activity_at IS NULL OR l.activity_at < ? THEN %1 "
                          "WHEN l.prior_activity_at IS NULL OR l.prior_activity_at < ? "
                          "THEN (CASE WHEN l.prior_activity_at > l.stage_entered_at THEN l.prior_activity_at ELSE l.stage_entered_at END) "
                          "ELSE COALESCE((SELECT MAX(a.occurred_at) FROM activities a WHERE a.lead_id = l.lead_id "
                          "AND a.occurred_at >= l.stage_entered_at AND a.occurred_at < ?), l.stage_entered_at) END)"_s.arg(ActiveThen);
    const QString rots = rotting(pipeline, now, values, since);
    if (rots == u"1 = 0"_s)
        values.resize(3); // no stage rots: the term binds nothing
    SqlWhere touched = openSince(u"l.touched_at >= ?"_s);
    if (touched.from == u"lead_facts l INDEXED BY lead_facts_open"_s)
        touched.from = u"lead_facts l INDEXED BY lead_facts_open_touched"_s;
    touched.terms << u"(l.owner_at IS NULL OR l.owner_at < ?)"_s;
    touched.values << end;
    const auto flag = OpenLeadsThen::flag;
    const QString leads = u"SELECT %1 AS grp, l.stage_id, l.decision_date, l.currency, l.value, %2 AS no_owner, %3 AS no_task, %4 AS rots %5"_s.arg(
        asNow.column, flag(NoOwner), flag(noTask), flag(rots), touched.sql());
    return OpenLeadsThen::sum(m_db, leads, asNow.valuesOf(asNow.column) + values + touched.values, asNow, tallies);
}

Result<void> LeadFactsRepository::countsAsOfByDay(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now, const Period &period, ReportSections sections,
                                                  const QDateTime &asOf, const ReportGrouping &asNow, const ReportGrouping &then,
                                                  QMap<QString, ReportTally> &tallies)
{
    // The period ends by the day's end (LocalReportService): all it counts had happened then.
    Q_ASSERT(QDateTime(period.to.addDays(1), QTime(0, 0), Qt::UTC) <= asOf);
    // Today's counts: the period's leads by their furthest stage, and those closed in it
    // and still closed by how, by their owner now.
    QMap<QString, ReportTally> net;
    if (auto r = ReportDayRepository(m_db).tally(pipeline, filter, scope, period, sections, asNow, net); !r)
        return r;
    // The leads moved since, or handed on since, the counts have as they are now: taken
    // out as now (the filter's owner now), put back as they were then (its owner then).
    // Where neither the filter nor the breakdown reads the owner, a lead handed on since
    // counts alike both ways: only those moved since differ.
    const bool byOwner = asNow.byOwner() || filter.ownerId || filter.teamId;
    const QVariant end = SqlValue::fromTime(asOf);
    const QString handedOn = u"l.lead_id IN (SELECT o.lead_id FROM owner_changes o WHERE o.changed_at >= ?)"_s;
    struct Changed {
        ReportSection section;
        QString term;
        QVariantList values;
        bool byLead; // handed on since: read lead by lead; else moved since
    };
    QList<Changed> changed;
    // On SQLite, the leads moved since through the shorter of two ranges: the period's
    // (lead_facts_then), or from the day to the last move (lead_facts_moved, by when each
    // lead entered its stage; its last entry one probe). SQLite, with no statistics of
    // ranges, cannot weigh them; leads come in and move about evenly enough for their
    // lengths to.
    QString movedIndex = u"lead_facts_then"_s;
    if (m_db.dialect().kind() == SqlDialect::Kind::SQLite && sections.testFlag(ReportSection::Cohort)) {
        auto last = m_db.scalar(u"SELECT MAX(l.stage_entered_at) FROM lead_facts l INDEXED BY lead_facts_moved "
                                "WHERE l.pipeline_id = ? AND l.merged_into IS NULL"_s,
                                {pipeline.id});
        if (!last)
            return std::unexpected(last.error());
        const QVariantList bounds = boundsOf(period);
        if (last->toLongLong() - asOf.toMSecsSinceEpoch() < bounds.at(1).toLongLong() - bounds.at(0).toLongLong())
            movedIndex = u"lead_facts_moved"_s;
    }
    // The cohort: the two sets apart: moved since; not moved, handed on since (an IN as a
    // term of its own: PostgreSQL joins it, where under an OR it rescans a list too big
    // to hash).
    if (sections.testFlag(ReportSection::Cohort)) {
        changed.append({ReportSection::Cohort, EnteredIn + u" AND l.stage_entered_at >= ?"_s, boundsOf(period) << end, false});
        if (byOwner)
            changed.append({ReportSection::Cohort, EnteredIn + u" AND l.stage_entered_at < ? AND "_s + handedOn, boundsOf(period) << end << end,
                            true});
    }
    // The outcomes: a lead closed in the period (before the day's end) and still closed
    // has not moved since; handed on since, only its owner was another.
    if (sections.testFlag(ReportSection::Outcomes) && byOwner)
        changed.append({ReportSection::Outcomes, ClosedIn + u" AND "_s + handedOn, boundsOf(period) << end, true});
    const auto changedSince = [&](const ReportGrouping &g, const QString &furthest, const QDateTime &ownedAt, int sign) -> Result<void> {
        for (const Changed &c : std::as_const(changed)) {
            const bool cohort = c.section == ReportSection::Cohort;
            // Those moved since, put back as they were then: from the stays then, each
            // with its lead's furthest stage then (no look-up of each one's stays).
            if (cohort && !c.byLead && sign > 0) {
                if (auto r = StageStayRepository(m_db).cohortMovedSince(pipeline, filter, scope, period, asOf, g, net); !r)
                    return r;
                continue;
            }
            SqlWhere w = where(pipeline, filter, scope, now, ownedAt);
            // On SQLite, the moved through the shorter range (above); the handed on by key,
            // from the leads handed on since (a few; SQLite, which has no statistics, else
            // walked the period's range: 0.47 s at 1M for none).
            if (m_db.dialect().kind() == SqlDialect::Kind::SQLite)
                w.from = c.byLead ? u"lead_facts l NOT INDEXED"_s : u"lead_facts l INDEXED BY "_s + movedIndex;
            w.terms << c.term;
            w.values << c.values;
            // Grouped by the columns' places: their ?s are bound once, in the SELECT.
            const QString columns = cohort ? furthest + u", NULL"_s : u"l.stage_id, l.lost_reason"_s;
            auto q = m_db.exec(u"SELECT %1, %2, COUNT(*) %3 GROUP BY %4"_s.arg(g.column, columns, w.sql(), cohort ? u"1, 2"_s : u"1, 2, 3"_s),
                               g.valuesOf(g.column) + QVariantList(cohort ? furthest.count(u'?') : 0, end) + w.values);
            if (!q)
                return std::unexpected(q.error());
            while ((*q)->next()) {
                ReportTally &t = net[g.name((*q)->value(0))];
                const int n = sign * (*q)->value(3).toInt();
                if (cohort)
                    t.addCohort((*q)->value(1).toLongLong(), n);
                else
                    t.outcomes.addClosed(pipeline, (*q)->value(1).toLongLong(), (*q)->value(2).toString(), n);
            }
            (*q)->finish();
        }
        return ok();
    };
    if (auto r = changedSince(asNow, u"l.furthest_stage_id"_s, {}, -1); !r)
        return r;
    if (auto r = changedSince(then, furthestThen(pipeline), asOf, 1); !r)
        return r;
    // A group (or a stage, or a reason) whose leads all moved out of it makes none.
    for (auto it = net.begin(); it != net.end(); ++it) {
        it->furthest.removeIf([](const auto &stage) { return stage.value() == 0; });
        it->outcomes.reasons.removeIf([](const auto &reason) { return reason.value() == 0; });
        if (it->cohort != 0 || it->outcomes.won != 0 || it->outcomes.lost != 0)
            tallies[it.key()].add(*it);
    }
    return ok();
}

Result<QList<qint64>> LeadFactsRepository::leadsOf(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                    const QDateTime &now, const Period &period, const ReportFigure &figure)
{
    SqlWhere w = where(pipeline, filter, scope, now);
    QString order = u"l.lead_id"_s;
    switch (figure.kind) {
    case ReportFigure::Kind::Reached: {
        // Reached a step: went as far as it or further.
        const QList<const Stage *> steps = Funnel::order(pipeline);
        QList<qint64> atOrPast;
        for (qsizetype i = steps.size() - 1; i >= 0 && (atOrPast.isEmpty() || atOrPast.last() != figure.stageId); --i)
            atOrPast.append(steps.at(i)->id);
        if (!atOrPast.contains(figure.stageId))
            return QList<qint64>();
        w.terms << EnteredIn << u"l.furthest_stage_id IN (%1)"_s.arg(SqlValue::idList(atOrPast));
        w.values.append(boundsOf(period));
        break;
    }
    case ReportFigure::Kind::Lost:
        w.terms << ClosedIn
                << u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(stagesWhere(pipeline, [](const Stage &s) { return s.kind == StageKind::Lost; })))
                << u"COALESCE(l.lost_reason, '') = ?"_s;
        w.values.append(boundsOf(period));
        w.values.append(figure.reason.isNull() ? u""_s : figure.reason); // never NULL: "" is no reason
        break;
    case ReportFigure::Kind::Leaking: {
        QVariantList cutoffs;
        const QString rots = rotting(pipeline, now, cutoffs);
        const QList<qint64> stages = stagesWhere(pipeline, [&figure](const Stage &s) {
            return !s.isClosed() && (figure.stageId == 0 || s.id == figure.stageId);
        });
        w.terms << u"l.closed_at IS NULL"_s << u"l.stage_id IN (%1)"_s.arg(SqlValue::idList(stages));
        switch (figure.leak) {
        case ReportFigure::Leak::Any:
            w.terms.append(u"(%1 OR %2 OR %3)"_s.arg(NoOwner, NoNextTask, rots));
            w.values.append(cutoffs);
            break;
        case ReportFigure::Leak::NoOwner: w.terms.append(NoOwner); break;
        case ReportFigure::Leak::NoNextTask: w.terms.append(NoNextTask); break;
        case ReportFigure::Leak::Rotting:
            w.terms.append(rots);
            w.values.append(cutoffs);
            break;
        }
        order = u"l.last_activity_at, l.lead_id"_s; // the oldest activity first
        break;
    }
    case ReportFigure::Kind::Waiting: return StageStayRepository(m_db).waiting(pipeline, filter, scope, now, figure.stageId);
    case ReportFigure::Kind::Handoffs: // not the summary's: LocalReportService reads the handoffs
        return std::unexpected(Error::invalid(QCoreApplication::translate("lejek::LeadFactsRepository", "the handoffs are not listed here")));
    }
    return m_db.ids(u"SELECT l.lead_id %1 ORDER BY %2"_s.arg(w.sql(), order), w.values);
}

Result<QDateTime> LeadFactsRepository::firstEntry(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now, const QDateTime &asOf)
{
    const SqlWhere w = where(pipeline, filter, scope, now, asOf);
    auto first = m_db.scalar(u"SELECT MIN(l.entered_at) %1"_s.arg(w.sql()), w.values);
    if (!first)
        return std::unexpected(first.error());
    return first->isNull() ? QDateTime() : SqlValue::toTime(*first);
}

} // namespace lejek
