// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Lead.h"

namespace lejek {

// Customer records: where a won lead's company goes (onboarding, billing, support).
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    // The customer with the lead's NIP, else its company name; a new one if none
    // (`*created` says which, when given).
    Result<qint64> findOrCreate(const Lead &lead, const QDateTime &now, bool *created = nullptr);
    // Names `leadId` the customer's first lead, unless it has one already.
    Result<void> nameFirstLead(qint64 customerId, qint64 leadId);

private:
    Database &m_db;
};

} // namespace lejek
