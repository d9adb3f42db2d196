// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayCounts.h"

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

} // namespace lejek::test
