// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingHoursRepository.h"

#include "TeamRepository.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

const QDate WorkingHoursRepository::First(2000, 1, 1);
const QDate WorkingHoursRepository::Last(2037, 12, 31);

namespace {

// Rows a statement: 4 values each, well under either database's limit of bound values.
constexpr qsizetype Batch = 250;

QString insertOf(qsizetype rows)
{
    QStringList tuples(rows, u"(?, ?, ?, ?)"_s);
    return u"INSERT INTO working_hours (team_id, opens_at, closes_at, before_ms) VALUES "_s + tuples.join(u", "_s);
}

} // namespace

Result<void> WorkingHoursRepository::fill(qint64 teamId, const WorkingCalendar &calendar)
{
    Transaction transaction(m_db); // the rows replaced whole, or not at all
    if (!transaction.started())
        return transaction.started();
    if (auto r = m_db.exec(u"DELETE FROM working_hours WHERE team_id = ?"_s, {teamId}); !r)
        return std::unexpected(r.error());
    // The days' hours in the calendar's zone, as WorkingClock builds its table (its
    // answers are what the table's must equal: tst_workinghours).
    QVariantList values;
    values.reserve(Batch * 4);
    const QString full = insertOf(Batch);
    qint64 before = 0;
    for (const auto &[open, close] : calendar.hoursOver(First, Last)) {
        if (close <= open)
            continue; // not worked: the day before's row counts on to the next opening
        values << teamId << open << close << before;
        before += close - open;
        if (values.size() == Batch * 4) {
            if (auto r = m_db.exec(full, values); !r)
                return std::unexpected(r.error());
            values.clear();
        }
    }
    if (!values.isEmpty())
        if (auto r = m_db.exec(insertOf(values.size() / 4), values); !r)
            return std::unexpected(r.error());
    return transaction.commit();
}

Result<void> WorkingHoursRepository::fillAll()
{
    if (auto r = fill(DefaultCalendar, WorkingCalendar()); !r)
        return r;
    auto calendars = TeamRepository(m_db).calendars();
    if (!calendars)
        return std::unexpected(calendars.error());
    for (auto it = calendars->cbegin(); it != calendars->cend(); ++it)
        if (auto r = fill(it.key(), it.value()); !r)
            return r;
    return ok();
}

Result<void> WorkingHoursRepository::fillTeam(qint64 teamId)
{
    auto calendar = TeamRepository(m_db).calendar(teamId);
    if (!calendar)
        return std::unexpected(calendar.error());
    return fill(teamId, *calendar);
}

} // namespace lejek
