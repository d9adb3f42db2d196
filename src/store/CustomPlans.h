// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace lejek {

// Custom plans for the look-ups of one call, inside a transaction
// (SqlDialect::customPlans()): a prepared look-up whose table grows as an import goes on
// would otherwise keep the plan PostgreSQL cached while the table was small.
class CustomPlans
{
public:
    explicit CustomPlans(Database &db);
    ~CustomPlans();
    CustomPlans(const CustomPlans &) = delete;
    CustomPlans &operator=(const CustomPlans &) = delete;

    const Result<void> &started() const { return m_started; }

private:
    Database &m_db;
    QString m_sql;
    Result<void> m_started;
};

} // namespace lejek
