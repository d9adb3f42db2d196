// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRepository.h"

#include "SqlValue.h"

#include <QSet>
#include <QSqlQuery>

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

namespace {

// A customer's columns and its deals counted by kind of stage.
const QString kCustomerSelect =
    u"SELECT c.id, c.company, c.nip, c.email, c.website, c.country, c.city, c.created_at, "
    "(SELECT COUNT(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.customer_id = c.id AND s.kind = 'won' AND l.merged_into IS NULL), "
    "(SELECT COALESCE(SUM(l.value), 0) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.customer_id = c.id AND s.kind = 'won' AND l.merged_into IS NULL), "
    "(SELECT COUNT(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.customer_id = c.id AND s.kind IN ('open', 'parked') AND l.merged_into IS NULL) "
    "FROM customers c"_s;

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.company = q.value(1).toString();
    c.nip = q.value(2).toString();
    c.email = q.value(3).toString();
    c.website = q.value(4).toString();
    c.country = q.value(5).toString();
    c.city = q.value(6).toString();
    c.createdAt = SqlValue::toTime(q.value(7));
    c.wonDeals = q.value(8).toInt();
    c.wonValueMinor = q.value(9).toLongLong();
    c.openDeals = q.value(10).toInt();
    return c;
}

} // namespace

Result<QList<Customer>> CustomerRepository::list(const QString &search, int limit)
{
    QString sql = kCustomerSelect;
    QVariantList values;
    const QString text = search.trimmed().toLower();
    if (!text.isEmpty()) {
        sql += u" WHERE LOWER(c.company) LIKE ? ESCAPE '\\' OR c.nip LIKE ? ESCAPE '\\'"_s;
        values << SqlValue::likePattern(text) << SqlValue::likePattern(text);
    }
    sql += u" ORDER BY LOWER(c.company), c.id LIMIT ?"_s;
    values << limit;
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<Customer> customers;
    while ((*q)->next())
        customers.append(readCustomer(**q));
    (*q)->finish();
    return customers;
}

Result<std::optional<Customer>> CustomerRepository::find(qint64 customerId)
{
    auto q = m_db.exec(kCustomerSelect + u" WHERE c.id = ?"_s, {customerId});
    if (!q)
        return std::unexpected(q.error());
    std::optional<Customer> found;
    if ((*q)->next())
        found = readCustomer(**q);
    (*q)->finish();
    return found;
}

Result<QList<CustomerContact>> CustomerRepository::contacts(qint64 customerId)
{
    auto q = m_db.exec(u"SELECT first_name, last_name, job_title, email, phone, id FROM leads "
                       "WHERE customer_id = ? AND merged_into IS NULL ORDER BY id DESC"_s,
                       {customerId});
    if (!q)
        return std::unexpected(q.error());
    QList<CustomerContact> contacts;
    QSet<QString> seen;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        CustomerContact c;
        c.name = QStringList{r.value(0).toString(), r.value(1).toString()}.join(u' ').trimmed();
        c.jobTitle = r.value(2).toString();
        c.email = r.value(3).toString();
        c.phone = r.value(4).toString();
        c.leadId = r.value(5).toLongLong();
        const QString key = c.email.isEmpty() ? c.name.toLower() : c.email.toLower();
        if (key.isEmpty() || seen.contains(key))
            continue; // no person on that lead, or one named already
        seen.insert(key);
        contacts.append(c);
    }
    (*q)->finish();
    return contacts;
}

Result<QList<qint64>> CustomerRepository::leadIds(qint64 customerId)
{
    return m_db.ids(u"SELECT id FROM leads WHERE customer_id = ? AND merged_into IS NULL ORDER BY id DESC"_s, {customerId});
}

} // namespace lejek
