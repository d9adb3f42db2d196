// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataMigrations.h"

#include "CustomerRepository.h"
#include "HandoffStayRepository.h"
#include "HistoryRepository.h"
#include "LeadRepository.h"
#include "PhoneNumber.h"
#include "SqlValue.h"
#include "StageGuidance.h"
#include "WebDomain.h"
#include "WorkingHoursRepository.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<void> DataMigrations::after(Database &db, int version)
{
    switch (version) {
    case 6:
        return templateGuidance(db);
    case 7:
        return phonesInE164(db);
    case 9:
        return webDomains(db);
    case 10:
        return customersOfWonLeads(db);
    case 32:
        return WorkingHoursRepository(db).fillAll();
    case 33:
        return HandoffStayRepository(db).refreshAll();
    default:
        return ok();
    }
}

Result<void> DataMigrations::templateGuidance(Database &db)
{
    struct Row {
        qint64 stageId;
        QString json;
    };
    QList<Row> rows;
    auto q = db.exec(u"SELECT s.id, p.template, s.name FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                     "WHERE p.template IS NOT NULL ORDER BY s.id"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QMap<QString, QString> texts = StageGuidance::ofTemplate((*q)->value(1).toString(), (*q)->value(2).toString());
        if (texts.isEmpty())
            continue;
        QJsonObject o;
        for (auto it = texts.begin(); it != texts.end(); ++it)
            o.insert(it.key(), it.value());
        rows.append({(*q)->value(0).toLongLong(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    }
    (*q)->finish();
    for (const Row &row : rows) {
        if (auto r = db.exec(u"UPDATE stages SET guidance = ? WHERE id = ? AND guidance = '{}'"_s, {row.json, row.stageId}); !r)
            return std::unexpected(r.error());
        if (auto r = db.exec(u"UPDATE stage_versions SET guidance = ? WHERE stage_id = ? AND guidance = '{}'"_s, {row.json, row.stageId}); !r)
            return std::unexpected(r.error());
    }
    return ok();
}

Result<void> DataMigrations::phonesInE164(Database &db)
{
    struct Row {
        Lead lead;
        QString phone;
    };
    QList<Row> rewrite;
    QList<Activity> history;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString rule = u"schema 7"_s;
    auto q = db.exec(u"SELECT id, version, company, first_name, last_name, email, nip, phone FROM leads "
                     "WHERE phone IS NOT NULL ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    int unreadable = 0;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        const QString phone = r.value(7).toString();
        const auto e164 = PhoneNumber::toE164(phone);
        if (e164 && *e164 == phone)
            continue;
        Activity a;
        a.leadId = r.value(0).toLongLong();
        a.occurredAt = now;
        a.rule = rule;
        a.field = u"phone"_s;
        a.oldValue = phone;
        if (!e164) {
            a.kind = u"data_note"_s;
            ++unreadable;
        } else {
            a.kind = u"field_edit"_s;
            a.newValue = *e164;
            Lead lead;
            lead.id = a.leadId;
            const char *keys[] = {"company", "first_name", "last_name", "email", "nip"};
            for (int i = 0; i < 5; ++i)
                if (!r.value(2 + i).isNull())
                    lead.values.insert(QString::fromLatin1(keys[i]), r.value(2 + i));
            lead.values.insert(u"phone"_s, *e164);
            rewrite.append({lead, *e164});
        }
        history.append(a);
    }
    (*q)->finish();
    for (const Row &row : std::as_const(rewrite))
        if (auto r = db.exec(u"UPDATE leads SET phone = ?, search_text = ? WHERE id = ?"_s,
                             {row.phone, LeadRepository::searchTextOf(row.lead), row.lead.id});
            !r)
            return std::unexpected(r.error());
    if (auto r = HistoryRepository(db).appendActivities(history); !r)
        return r;
    if (!history.isEmpty())
        qInfo().noquote() << QStringLiteral("Lejek schema 7: %1 phone numbers rewritten in E.164, %2 could not be read "
                                            "and were kept as they were (each lead's timeline says so)")
                                 .arg(rewrite.size())
                                 .arg(unreadable);
    return ok();
}

Result<void> DataMigrations::webDomains(Database &db)
{
    QList<std::pair<qint64, QString>> domains;
    auto q = db.exec(u"SELECT id, website, email FROM leads WHERE website IS NOT NULL OR email IS NOT NULL ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        if (QString domain = WebDomain::of((*q)->value(1).toString(), (*q)->value(2).toString()); !domain.isEmpty())
            domains.append({(*q)->value(0).toLongLong(), std::move(domain)});
    }
    (*q)->finish();
    for (const auto &[id, domain] : domains)
        if (auto r = db.exec(u"UPDATE leads SET web_domain = ? WHERE id = ?"_s, {domain, id}); !r)
            return std::unexpected(r.error());
    return ok();
}

Result<void> DataMigrations::customersOfWonLeads(Database &db)
{
    QList<Lead> won;
    auto q = db.exec(u"SELECT l.id, l.company, l.nip, l.email, l.website, l.country, l.city, l.first_name, l.last_name, l.closed_at, "
                     "l.created_at FROM leads l JOIN stages s ON s.id = l.stage_id "
                     "WHERE s.kind = 'won' AND l.customer_id IS NULL ORDER BY l.closed_at, l.id"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        Lead lead;
        lead.id = (*q)->value(0).toLongLong();
        const char *keys[] = {"company", "nip", "email", "website", "country", "city", "first_name", "last_name"};
        for (int i = 0; i < 8; ++i)
            if (!(*q)->value(i + 1).isNull())
                lead.values.insert(QString::fromLatin1(keys[i]), (*q)->value(i + 1));
        lead.closedAt = SqlValue::toTime((*q)->value(9));
        if (!lead.closedAt.isValid())
            lead.closedAt = SqlValue::toTime((*q)->value(10));
        won.append(lead);
    }
    (*q)->finish();
    CustomerRepository customers(db);
    for (const Lead &lead : won) {
        // Oldest win first: the customer is as old as its first deal.
        auto customer = customers.findOrCreate(lead, lead.closedAt);
        if (!customer)
            return std::unexpected(customer.error());
        if (auto r = db.exec(u"UPDATE leads SET customer_id = ? WHERE id = ?"_s, {*customer, lead.id}); !r)
            return std::unexpected(r.error());
        if (auto r = customers.nameFirstLead(*customer, lead.id); !r)
            return std::unexpected(r.error());
    }
    if (!won.isEmpty())
        qInfo().noquote() << QStringLiteral("Lejek schema 10: %1 won leads linked to their customer").arg(won.size());
    return ok();
}

} // namespace lejek
