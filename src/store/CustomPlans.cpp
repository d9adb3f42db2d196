// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomPlans.h"

namespace lejek {

CustomPlans::CustomPlans(Database &db) : m_db(db), m_sql(db.dialect().customPlans(false))
{
    if (const QString on = db.dialect().customPlans(true); !on.isEmpty()) {
        if (auto q = db.exec(on))
            (*q)->finish();
        else
            m_started = std::unexpected(q.error());
    }
}

CustomPlans::~CustomPlans()
{
    if (!m_sql.isEmpty() && m_started)
        if (auto q = m_db.exec(m_sql))
            (*q)->finish();
}

} // namespace lejek
