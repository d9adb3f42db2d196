// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Pipeline.h"

#include <QDate>

namespace lejek::test {

// What a test writes after a past day, straight into the tables as an SQL client would,
// so that what the leads were then is not what they are now: a report as of the day
// that took today's would count them wrong (tst_stagestays).
class PastDayEdits
{
public:
    PastDayEdits(Database &sql, const Pipeline &pipeline);

    // A lead moves at exactly the end of `day` (midnight after it): on the day's board
    // and in its figures, it is still where it was.
    void moveAtTheEndOf(const QDate &day);
    // After `day`, leads in the same open stay since before it touched as a rep would:
    // one whose open task then was done since, one given its first task since (in
    // another stage), three rotting then that a call since woke, two called the day
    // before the end and since (one of these and one of those twice since), and a lead
    // lost and one won then, taken back up since.
    void touchAfterTheEndOf(const QDate &day);

private:
    qint64 count(const QString &sql, const QVariantList &values = {});
    void exec(const QString &sql, const QVariantList &values = {});

    Database &m_sql;
    const Pipeline &m_pipeline;
};

} // namespace lejek::test
