// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customer.h"
#include "Error.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "UnitOfWork.h"

namespace lejek {

// Customers (DOMAIN.md, "Won, lost, customers"): the list, one customer with its contacts
// and the deals the user may see, and a new lead for it in another pipeline (upsell),
// created through LeadWrites like any other.
class CustomerCommands
{
public:
    explicit CustomerCommands(UnitOfWork &work) : m_work(work) {}

    Result<QList<Customer>> customers(const QString &search, int limit);
    Result<Customer> customer(qint64 customerId);
    Result<Lead> upsell(const UpsellRequest &request, LeadChange *change);

private:
    Result<Customer> find(qint64 customerId);

    UnitOfWork &m_work;
};

} // namespace lejek
