// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customer.h"
#include "Database.h"
#include "Lead.h"

#include <optional>

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

    // Customers whose company or NIP contains `search` (empty: all), by company, at most
    // `limit`, with their won and open deals counted (merged leads not).
    Result<QList<Customer>> list(const QString &search, int limit);
    Result<std::optional<Customer>> find(qint64 customerId);
    // The people of its leads, each once (by e-mail, else by name), latest lead first.
    Result<QList<CustomerContact>> contacts(qint64 customerId);
    // Its leads (won deals and upsells), newest first; merged ones left out.
    Result<QList<qint64>> leadIds(qint64 customerId);

private:
    Database &m_db;
};

} // namespace lejek
