// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PastDayEdits.h"

#include <QTest>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

PastDayEdits::PastDayEdits(Database &sql, const Pipeline &pipeline) : m_sql(sql), m_pipeline(pipeline) {}

qint64 PastDayEdits::count(const QString &sql, const QVariantList &values)
{
    auto v = m_sql.scalar(sql, values);
    if (!v)
        qFatal("%s", qPrintable(v.error().message));
    return v->toLongLong();
}

void PastDayEdits::exec(const QString &sql, const QVariantList &values)
{
    if (auto r = m_sql.exec(sql, values); !r)
        qFatal("%s", qPrintable(r.error().message));
}

void PastDayEdits::moveAtTheEndOf(const QDate &day)
{
    const QDateTime end(day.addDays(1), QTime(0, 0), Qt::UTC);
    const qint64 lead = count(u"SELECT MIN(lead_id) FROM stage_stays WHERE stage_id = ? AND entered_at < ? AND left_at IS NULL"_s,
                              {m_pipeline.stageByName(u"SQL"_s)->id, end.toMSecsSinceEpoch()});
    QVERIFY(lead > 0);
    const qint64 to = m_pipeline.stageByName(u"Opportunity"_s)->id;
    exec(u"INSERT INTO stage_changes (lead_id, pipeline_id, from_stage_id, to_stage_id, changed_at) VALUES (?, ?, ?, ?, ?)"_s,
         {lead, m_pipeline.id, m_pipeline.stageByName(u"SQL"_s)->id, to, end.toMSecsSinceEpoch()});
    exec(u"UPDATE leads SET stage_id = ? WHERE id = ?"_s, {to, lead});
}

void PastDayEdits::touchAfterTheEndOf(const QDate &day)
{
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), hour = 3600 * 1000;
    // In an open or parked stay since before the end, no task open now.
    const QString untouched = u"SELECT f.lead_id FROM lead_facts f JOIN stages s ON s.id = f.stage_id "
                              "WHERE f.pipeline_id = %4 AND s.kind IN ('open', 'parked') AND f.merged_into IS NULL AND f.stage_entered_at < %1 "
                              "AND f.open_tasks = 0 AND f.lead_id NOT IN (SELECT lead_id FROM owner_changes) %2 "
                              "ORDER BY f.lead_id LIMIT %3"_s;
    const auto leads = [&](const QString &more, int n) {
        auto ids = m_sql.ids(untouched.arg(end).arg(more).arg(n).arg(m_pipeline.id));
        if (!ids || ids->size() < n)
            qFatal("no %d leads to touch", n);
        return *ids;
    };
    // In two stages: the two leaks, one fewer then and one more, must not cancel out.
    QList<qint64> tasked = leads({}, 1);
    tasked += leads(u"AND f.stage_id <> (SELECT stage_id FROM lead_facts WHERE lead_id = %1)"_s.arg(tasked.at(0)), 1);
    exec(u"INSERT INTO tasks (lead_id, title, created_at, done_at) VALUES (?, 'Send the offer', ?, ?)"_s,
         {tasked.at(0), end - 24 * hour, end + hour});
    exec(u"INSERT INTO tasks (lead_id, title, created_at) VALUES (?, 'Call back', ?)"_s, {tasked.at(1), end + hour});
    const QList<qint64> woken = leads(u"AND f.lead_id NOT IN (%1, %2) AND f.stage_entered_at < %3 AND COALESCE(f.activity_at, 0) < %3"_s
                                          .arg(tasked.at(0))
                                          .arg(tasked.at(1))
                                          .arg(end - 100 * 24 * hour),
                                      3);
    for (const qint64 lead : woken)
        exec(u"INSERT INTO activities (lead_id, kind, occurred_at, subject) VALUES (?, 'call', ?, 'Back in touch')"_s, {lead, end + hour});
    // Two more in a stay that long, in a stage that rots, not rotting then: called the
    // day before the end, and since. Their last activity then is the one before their
    // last.
    const QList<qint64> warm = leads(u"AND f.lead_id NOT IN (%1, %2, %3, %4, %5) AND f.stage_entered_at < %6 AND s.rotting_days > 1"_s
                                         .arg(tasked.at(0))
                                         .arg(tasked.at(1))
                                         .arg(woken.at(0))
                                         .arg(woken.at(1))
                                         .arg(woken.at(2))
                                         .arg(end - 100 * 24 * hour),
                                     2);
    for (const qint64 lead : warm) {
        exec(u"INSERT INTO activities (lead_id, kind, occurred_at, subject) VALUES (?, 'call', ?, 'Checking in')"_s, {lead, end - 24 * hour});
        exec(u"INSERT INTO activities (lead_id, kind, occurred_at, subject) VALUES (?, 'call', ?, 'Back in touch')"_s, {lead, end + hour});
    }
    // One of each called once more since: their last activity then is neither of their
    // last two (one rotting then, one not).
    for (const qint64 lead : {woken.at(0), warm.at(1)})
        exec(u"INSERT INTO activities (lead_id, kind, occurred_at, subject) VALUES (?, 'call', ?, 'Once more')"_s, {lead, end + 2 * hour});
    // And the last lead lost and the last won before the end, taken back up since:
    // closed then, open now.
    const qint64 qualification = m_pipeline.stageByName(u"Qualification"_s)->id;
    for (const char *kind : {"lost", "won"}) {
        const qint64 lead = count(u"SELECT f.lead_id FROM lead_facts f JOIN stages s ON s.id = f.stage_id WHERE f.pipeline_id = ? "
                                  "AND s.kind = '%1' AND f.merged_into IS NULL AND f.stage_entered_at < ? "
                                  "ORDER BY f.stage_entered_at DESC, f.lead_id LIMIT 1"_s.arg(QLatin1StringView(kind)),
                                  {m_pipeline.id, end});
        QVERIFY(lead > 0);
        exec(u"INSERT INTO stage_changes (lead_id, pipeline_id, from_stage_id, to_stage_id, changed_at) "
             "SELECT id, pipeline_id, stage_id, ?, ? FROM leads WHERE id = ?"_s,
             {qualification, end + 2 * hour, lead});
        exec(u"UPDATE leads SET stage_id = ? WHERE id = ?"_s, {qualification, lead});
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM lead_facts WHERE lead_id IN (%1, %2) AND open_tasks = %3"_s.arg(tasked.at(0)).arg(tasked.at(1)).arg(1)), 1);
}

} // namespace lejek::test
