// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayCounts.h"

#include "ReportDayRepository.h"

#include <QSqlQuery>

#include <limits>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

QString dayCountsOff(Database &db, const QString &table, const QString &keys, const QString &count, const QString &source,
                     const QString &grouped, const QString &term)
{
    const QString counts = u"SELECT %1, %2 FROM %3 WHERE %2 <> 0"_s.arg(keys, count, table);
    const QString rows = u"SELECT %1, COUNT(*) FROM %2 WHERE %3 GROUP BY %1"_s.arg(grouped, source, term);
    auto off = db.scalar(u"SELECT COUNT(*) FROM (%1 EXCEPT %2) x"_s.arg(counts, rows));
    auto missing = db.scalar(u"SELECT COUNT(*) FROM (%1 EXCEPT %2) x"_s.arg(rows, counts));
    if (!off || !missing)
        return (off ? missing : off).error().message;
    if (off->toLongLong() == 0 && missing->toLongLong() == 0)
        return {};
    return u"%1 counts off in %2, %3 missing"_s.arg(off->toLongLong()).arg(table).arg(missing->toLongLong());
}

QString lengthCountsOff(Database &db)
{
    const QString ended = u"merged_into IS NULL AND left_at IS NOT NULL"_s;
    auto total = db.scalar(u"SELECT COUNT(*) FROM stage_stays WHERE %1"_s.arg(ended));
    auto counts = db.exec(u"SELECT pipeline_id, stage_id, day, bucket, stays FROM stay_lengths WHERE stays <> 0"_s);
    if (!total || !counts)
        return (total ? counts.error() : total.error()).message;
    struct Count {
        QVariantList keys;
        qint64 bucket = 0;
        qint64 stays = 0;
    };
    QList<Count> rows;
    qint64 counted = 0;
    while ((*counts)->next()) {
        rows.append({{(*counts)->value(0), (*counts)->value(1), (*counts)->value(2)}, (*counts)->value(3).toLongLong(),
                     (*counts)->value(4).toLongLong()});
        counted += rows.last().stays;
    }
    (*counts)->finish();
    if (counted != total->toLongLong())
        return u"stay_lengths counts %1 stays of %2 ended"_s.arg(counted).arg(total->toLongLong());
    for (const Count &row : std::as_const(rows)) {
        const auto [low, high] = ReportDayRepository::lengthBounds(row.bucket);
        auto stays = db.scalar(u"SELECT COUNT(*) FROM stage_stays WHERE %1 AND pipeline_id = ? AND stage_id = ? AND left_at / 86400000 = ? "
                               "AND duration >= ? AND duration < ?"_s.arg(ended),
                               row.keys + QVariantList{low.value_or(std::numeric_limits<qint64>::min()), high});
        if (!stays)
            return stays.error().message;
        if (stays->toLongLong() != row.stays)
            return u"stay_lengths counts %1 stays of stage %2, day %3, bucket %4; %5 are its"_s.arg(row.stays)
                .arg(row.keys.at(1).toLongLong())
                .arg(row.keys.at(2).toLongLong())
                .arg(row.bucket)
                .arg(stays->toLongLong());
    }
    return {};
}

QString handoffStaysOff(Database &db)
{
    auto stale = db.scalar(u"SELECT COUNT(*) FROM (SELECT * FROM handoff_stays EXCEPT SELECT * FROM handoff_stays_now) x"_s);
    auto missing = db.scalar(u"SELECT COUNT(*) FROM (SELECT * FROM handoff_stays_now EXCEPT SELECT * FROM handoff_stays) x"_s);
    if (!stale || !missing)
        return (stale ? missing : stale).error().message;
    if (stale->toLongLong() != 0 || missing->toLongLong() != 0)
        return u"handoff_stays: %1 stale rows, %2 missing"_s.arg(stale->toLongLong()).arg(missing->toLongLong());
    const QString key = u"pipeline_id, stage_id, month, owner_id"_s;
    for (const QString &off :
         {dayCountsOff(db, u"handoff_contacts"_s, key + u", bucket"_s, u"handoffs"_s, u"handoff_stays"_s, key + u", contact_bucket"_s, u"1 = 1"_s),
          dayCountsOff(db, u"handoff_moves"_s, key + u", next_stage_id, bucket"_s, u"handoffs"_s, u"handoff_stays"_s,
                       key + u", next_stage_id, move_bucket"_s, u"1 = 1"_s),
          dayCountsOff(db, u"handoff_reasons"_s, key + u", next_stage_id, lost_reason"_s, u"handoffs"_s, u"handoff_stays"_s,
                       key + u", next_stage_id, lost_reason"_s, u"lost_reason <> ''"_s)})
        if (!off.isEmpty())
            return off;
    return {};
}

} // namespace lejek::test
