// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerCommands.h"

#include "BoardReads.h"
#include "CustomerRepository.h"
#include "LeadWrites.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("lejek::CustomerCommands", text); }
} // namespace

Result<QList<Customer>> CustomerCommands::customers(const QString &search, int limit)
{
    if (limit < 1 || limit > 1000)
        return std::unexpected(Error::invalid(tr("list 1 to 1,000 customers, not %1").arg(limit)));
    return CustomerRepository(m_work.db()).list(search, limit);
}

Result<Customer> CustomerCommands::find(qint64 customerId)
{
    auto found = CustomerRepository(m_work.db()).find(customerId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(Error::notFound(tr("there is no customer %1").arg(customerId)));
    return **found;
}

Result<Customer> CustomerCommands::customer(qint64 customerId)
{
    auto c = find(customerId);
    if (!c)
        return c;
    CustomerRepository customers(m_work.db());
    auto contacts = customers.contacts(customerId);
    if (!contacts)
        return std::unexpected(contacts.error());
    c->contacts = *contacts;
    auto ids = customers.leadIds(customerId);
    if (!ids)
        return std::unexpected(ids.error());
    BoardReads reads(m_work);
    for (const qint64 id : *ids) {
        auto lead = reads.load(id);
        if (lead)
            c->deals.append(*lead);
        else if (lead.error().code == Error::Code::Forbidden)
            ++c->hiddenDeals; // another owner's deal: counted, not shown
        else
            return std::unexpected(lead.error());
    }
    return c;
}

Result<Lead> CustomerCommands::upsell(const UpsellRequest &request, LeadChange *change)
{
    // The company and its people; its deals are not needed to open a new one.
    auto c = find(request.customerId);
    if (!c)
        return std::unexpected(c.error());
    auto contacts = CustomerRepository(m_work.db()).contacts(c->id);
    if (!contacts)
        return std::unexpected(contacts.error());
    c->contacts = *contacts;
    FieldInput fields{{u"company"_s, c->company}, {u"source"_s, u"existing_customer"_s}};
    const std::pair<QString, QString> company[] = {{u"nip"_s, c->nip}, {u"email"_s, c->email}, {u"website"_s, c->website},
                                                   {u"country"_s, c->country}, {u"city"_s, c->city}};
    for (const auto &[key, value] : company)
        if (!value.isEmpty())
            fields.insert(key, value);
    // The person the customer was last sold to: the one a rep calls first.
    if (!c->contacts.isEmpty()) {
        const CustomerContact &person = c->contacts.first();
        const qsizetype space = person.name.indexOf(u' ');
        const std::pair<QString, QString> contact[] = {
            {u"first_name"_s, space < 0 ? person.name : person.name.left(space)},
            {u"last_name"_s, space < 0 ? QString() : person.name.mid(space + 1)},
            {u"job_title"_s, person.jobTitle}, {u"email"_s, person.email}, {u"phone"_s, person.phone}};
        for (const auto &[key, value] : contact)
            if (!value.isEmpty())
                fields.insert(key, value);
    }
    for (auto it = request.fields.begin(); it != request.fields.end(); ++it)
        fields.insert(it.key().trimmed().toLower(), it.value());
    NewLead lead{request.pipelineId, request.stage, fields, request.rule, c->id};
    return LeadWrites(m_work).create(lead, change);
}

} // namespace lejek
