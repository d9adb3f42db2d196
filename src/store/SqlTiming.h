// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QString>

namespace lejek {

Q_DECLARE_LOGGING_CATEGORY(lcSqlTiming)

// How long one statement took, written to the log when the category is on
// (QT_LOGGING_RULES="lejek.store.sql.timing.debug=true"): the reports' reads are tuned by
// these figures, statement by statement, on the big demos. Off, it costs one check.
class SqlTiming
{
public:
    explicit SqlTiming(const QString &sql);
    ~SqlTiming();
    SqlTiming(const SqlTiming &) = delete;
    SqlTiming &operator=(const SqlTiming &) = delete;

    void countRow() { ++m_rows; }

private:
    const QString *m_sql = nullptr; // null when the category is off
    QElapsedTimer m_clock;
    qint64 m_rows = 0;
};

} // namespace lejek
