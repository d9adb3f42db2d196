// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlTiming.h"

#include <QThread>

namespace lejek {

Q_LOGGING_CATEGORY(lcSqlTiming, "lejek.store.sql.timing", QtWarningMsg)

SqlTiming::SqlTiming(const QString &sql)
{
    if (!lcSqlTiming().isDebugEnabled())
        return;
    m_sql = &sql;
    m_clock.start();
}

SqlTiming::~SqlTiming()
{
    if (!m_sql)
        return;
    // One line a statement, its whitespace folded, so the log sorts and greps.
    qCDebug(lcSqlTiming).noquote() << QString::number(m_clock.nsecsElapsed() / 1e6, 'f', 1) << "ms"
                                   << m_rows << "rows" << QThread::currentThread()->objectName()
                                   << m_sql->simplified();
}

} // namespace lejek
