// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadFactsRepository.h"

#include "LeadPathRepository.h"
#include "LeadRepository.h"
#include "SqlValue.h"

#include <QHash>
#include <QSet>
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

// What the filter's terms (LeadRepository::filterTerms, on `l`) read: lead_facts alone,
// which holds every column they name but the search text; with a text search, each
// lead's own row too.
QString facts(const LeadFilter &filter)
{
    if (filter.text.trimmed().isEmpty())
        return u"lead_facts"_s;
    return u"(SELECT f.*, s.search_text FROM lead_facts f JOIN leads s ON s.id = f.lead_id)"_s;
}

} // namespace

Result<QList<LeadPath>> LeadFactsRepository::cohort(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                    const QDateTime &now, const Period &period, Breakdown by)
{
    return read(pipeline, filter, scope, now, u"l.entered_at >= ? AND l.entered_at < ?"_s, boundsOf(period), Shape::Cohort, by);
}

Result<QList<LeadPath>> LeadFactsRepository::closed(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                    const QDateTime &now, const Period &period, Breakdown by)
{
    return read(pipeline, filter, scope, now, u"l.closed_at >= ? AND l.closed_at < ?"_s, boundsOf(period), Shape::Closed, by);
}

Result<QList<LeadPath>> LeadFactsRepository::open(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now, Breakdown by)
{
    return read(pipeline, filter, scope, now, u"l.closed_at IS NULL"_s, {}, Shape::Open, by);
}

Result<QDateTime> LeadFactsRepository::firstEntry(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now)
{
    QStringList where{u"l.pipeline_id = ?"_s};
    QVariantList values{pipeline.id};
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, where, values);
    auto first = m_db.scalar(u"SELECT MIN(l.entered_at) FROM %1 l WHERE %2"_s.arg(facts(filter), where.join(u" AND "_s)), values);
    if (!first)
        return std::unexpected(first.error());
    return first->isNull() ? QDateTime() : SqlValue::toTime(*first);
}

Result<QList<LeadPath>> LeadFactsRepository::read(const Pipeline &pipeline, const LeadFilter &filter, const LeadScope &scope,
                                                  const QDateTime &now, const QString &range, const QVariantList &bounds, Shape shape,
                                                  Breakdown by)
{
    LeadPathRepository paths(m_db);
    QSet<qint64> withTask; // open leads with a next step planned
    if (shape == Shape::Open) {
        auto tasks = paths.leadsWithOpenTask(pipeline.id);
        if (!tasks)
            return std::unexpected(tasks.error());
        withTask = std::move(*tasks);
    }
    // The people, once: each path shares its owner's and team's names (no copy per lead).
    auto people = paths.people();
    if (!people)
        return std::unexpected(people.error());
    // Texts repeated across leads (sources, campaigns, currencies, reasons), kept once.
    QSet<QString> texts;
    const auto shared = [&texts](const QVariant &v) { return *texts.insert(v.toString()); };

    QStringList where{u"l.pipeline_id = ?"_s, range};
    QVariantList values{pipeline.id};
    values.append(bounds);
    LeadRepository::filterTerms(filter, scope, pipeline.stages, now, where, values);
    // Only the columns the shape reads: the driver converts every column of every row.
    QString columns = u"l.lead_id, l.owner_id, "_s;
    switch (shape) {
    case Shape::Cohort: columns += u"l.entered_at, l.furthest_stage_id"_s; break;
    case Shape::Closed: columns += u"l.entered_at, l.stage_id, l.stage_entered_at, l.lost_reason"_s; break;
    case Shape::Open:
        columns += u"l.stage_id, l.stage_entered_at, l.value, l.currency, l.decision_date, l.last_activity_at"_s;
        break;
    }
    const int group = int(columns.count(u',')) + 1; // the breakdown's column, when it is one of the lead's own
    if (by == Breakdown::Source)
        columns += u", l.source"_s;
    else if (by == Breakdown::Campaign)
        columns += u", l.campaign"_s;
    // In lead id order, as LeadPathRepository gives them, so that the lists a report
    // keeps (a funnel step's leads, a reason's) come out the same; on SQLite the id is
    // the table's own order, which a whole scan reads at no cost.
    auto q = m_db.exec(u"SELECT %1 FROM %2 l WHERE %3 ORDER BY l.lead_id"_s.arg(columns, facts(filter), where.join(u" AND "_s)), values);
    if (!q)
        return std::unexpected(q.error());
    QList<LeadPath> leads;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        LeadPath path;
        path.leadId = r.value(0).toLongLong();
        path.ownerId = r.value(1).toLongLong();
        if (path.ownerId != 0) {
            const LeadPathRepository::Person &person = (*people)[path.ownerId];
            path.owner = person.name;
            path.teamId = person.teamId;
            path.team = person.team;
        }
        if (by == Breakdown::Source)
            path.source = shared(r.value(group));
        else if (by == Breakdown::Campaign)
            path.campaign = shared(r.value(group));
        switch (shape) {
        case Shape::Cohort:
            // The funnel reads only how far a lead went: its furthest stage stands for
            // every entry up to it.
            path.createdAt = SqlValue::toTime(r.value(2));
            if (!r.value(3).isNull())
                path.entries.append(LeadPath::Entry{r.value(3).toLongLong(), path.createdAt});
            break;
        case Shape::Closed:
            path.createdAt = SqlValue::toTime(r.value(2));
            path.entries.append(LeadPath::Entry{r.value(3).toLongLong(), SqlValue::toTime(r.value(4))});
            path.lostReason = shared(r.value(5));
            break;
        case Shape::Open:
            path.entries.append(LeadPath::Entry{r.value(2).toLongLong(), SqlValue::toTime(r.value(3))});
            if (!r.value(4).isNull())
                path.value = r.value(4).toLongLong();
            path.currency = shared(r.value(5));
            path.expectedClose = QDate::fromString(r.value(6).toString(), Qt::ISODate);
            path.lastActivityAt = SqlValue::toTime(r.value(7));
            path.hasOpenTask = withTask.contains(path.leadId);
            break;
        }
        leads.append(std::move(path));
    }
    (*q)->finish();
    return leads;
}

} // namespace lejek
