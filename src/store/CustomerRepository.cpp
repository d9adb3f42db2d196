// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRepository.h"

#include "SqlValue.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<qint64> CustomerRepository::findOrCreate(const Lead &lead, const QDateTime &now, bool *created)
{
    if (created)
        *created = false;
    const QString nip = lead.value(u"nip"_s).toString();
    const QString company = lead.value(u"company"_s).toString();
    if (!nip.isEmpty()) {
        auto id = m_db.scalar(u"SELECT id FROM customers WHERE nip = ? ORDER BY id LIMIT 1"_s, {nip});
        if (!id)
            return std::unexpected(id.error());
        if (!id->isNull())
            return id->toLongLong();
    }
    if (!company.isEmpty()) {
        auto id = m_db.scalar(u"SELECT id FROM customers WHERE company = ? ORDER BY id LIMIT 1"_s, {company});
        if (!id)
            return std::unexpected(id.error());
        if (!id->isNull())
            return id->toLongLong();
    }
    auto text = [&](const char *key) {
        const QString v = lead.value(QString::fromLatin1(key)).toString();
        return v.isEmpty() ? SqlValue::nullText() : QVariant(v);
    };
    auto id = m_db.scalar(u"INSERT INTO customers (company, nip, email, website, country, city, created_at, first_lead_id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {company.isEmpty() ? QVariant(lead.displayName()) : QVariant(company), text("nip"), text("email"),
                           text("website"), text("country"), text("city"), SqlValue::fromTime(now),
                           lead.id ? QVariant(lead.id) : SqlValue::nullInt()});
    if (!id)
        return std::unexpected(id.error());
    if (created)
        *created = true;
    return id->toLongLong();
}

Result<void> CustomerRepository::nameFirstLead(qint64 customerId, qint64 leadId)
{
    auto r = m_db.exec(u"UPDATE customers SET first_lead_id = ? WHERE id = ? AND first_lead_id IS NULL"_s, {leadId, customerId});
    if (!r)
        return std::unexpected(r.error());
    return ok();
}

} // namespace lejek
