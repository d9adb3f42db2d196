// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourEventCommands.h"

#include "ActivityCommands.h"
#include "DuplicateRepository.h"
#include "LeadMatchRepository.h"
#include "LeadWrites.h"
#include "ScoringModel.h"
#include "ValueParser.h"
#include "WebDomain.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::BehaviourEventCommands", text); }

} // namespace

QString BehaviourEventCommands::eventKey(const BehaviourEventRequest &event)
{
    if (!event.externalId.trimmed().isEmpty())
        return u"id:"_s + event.externalId.trimmed();
    const QString key = u"k:%1|%2|%3|%4"_s.arg(event.email.trimmed().toLower(), BehaviourEvent::kindOf(event.type), event.detail.trimmed())
                            .arg(event.at.toMSecsSinceEpoch());
    // Without an e-mail, the NIP or web domain says whose event it is: two companies'
    // demo requests of one instant are two events, not one seen twice.
    if (!event.email.trimmed().isEmpty())
        return key;
    return key + u"|%1|%2"_s.arg(event.nip.trimmed(), event.website.trimmed().toLower());
}

Result<void> BehaviourEventCommands::check(const BehaviourEventRequest &event, int place) const
{
    const auto invalid = [place](const QString &field, const QString &why) {
        return std::unexpected(Error::invalid(tr("event %1: %2: %3").arg(place).arg(field, why), {{field, why}}));
    };
    if (!BehaviourEvent::types().contains(BehaviourEvent::kindOf(event.type)))
        return invalid(u"type"_s, tr("unknown type \"%1\" (one of %2, form)").arg(event.type, BehaviourEvent::types().join(u", "_s)));
    if (event.email.trimmed().isEmpty() && event.nip.trimmed().isEmpty() && event.website.trimmed().isEmpty())
        return invalid(u"email"_s, tr("an event needs an e-mail, a NIP or a website to find its lead by"));
    if (!event.email.trimmed().isEmpty() && !ValueParser::isValidEmail(event.email.trimmed()))
        return invalid(u"email"_s, tr("\"%1\" is not an e-mail address").arg(event.email));
    if (event.externalId.size() > ValueParser::MaxTextLength)
        return invalid(u"id"_s, tr("is longer than %1 characters").arg(ValueParser::MaxTextLength));
    if (event.detail.size() > ValueParser::MaxTextLength)
        return invalid(u"detail"_s, tr("is longer than %1 characters").arg(ValueParser::MaxTextLength));
    return ok();
}

Result<qint64> BehaviourEventCommands::match(const BehaviourEventRequest &event)
{
    // E-mail, then NIP (LeadMatchRepository's order), then the company's web domain.
    auto found = LeadMatchRepository(m_work.db()).findDuplicate(event.pipelineId, {}, event.email.trimmed(), event.nip.trimmed());
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return **found;
    const QString domain = WebDomain::of(event.website.trimmed(), event.email.trimmed());
    if (domain.isEmpty())
        return 0;
    auto byDomain = DuplicateRepository(m_work.db()).firstByWebDomain(event.pipelineId, {domain}, LeadScope{});
    if (!byDomain)
        return std::unexpected(byDomain.error());
    return byDomain->value(domain, 0);
}

Result<QList<BehaviourEventResult>> BehaviourEventCommands::record(const QList<BehaviourEventRequest> &events, LeadChange *change)
{
    for (qsizetype i = 0; i < events.size(); ++i)
        if (auto r = check(events.at(i), int(i + 1)); !r)
            return std::unexpected(r.error());
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    QList<BehaviourEventResult> results;
    QList<qint64> leadIds;
    qint64 pipelineId = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        BehaviourEventRequest event = events.at(i);
        if (!event.at.isValid())
            event.at = m_work.now();
        event.at = event.at.toUTC();
        const QString key = eventKey(event);
        auto seen = m_work.db().scalar(u"SELECT lead_id FROM activities WHERE event_key = ?"_s, {key});
        if (!seen)
            return std::unexpected(seen.error());
        if (!seen->isNull()) {
            results.append(BehaviourEventResult{seen->toLongLong(), false, true});
            continue;
        }
        auto pipeline = m_work.pipeline(event.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        pipelineId = pipeline->id;
        auto leadId = match(event);
        if (!leadId)
            return std::unexpected(leadId.error());
        BehaviourEventResult result{*leadId, false, false};
        if (!result.leadId) {
            FieldInput fields;
            for (const auto &[key2, value] : {std::pair{u"email"_s, event.email}, std::pair{u"nip"_s, event.nip},
                                              std::pair{u"website"_s, event.website}})
                if (!value.trimmed().isEmpty())
                    fields.insert(key2, value.trimmed());
            LeadChange created;
            auto id = LeadWrites(m_work).createIn(*pipeline, NewLead{pipeline->id, {}, fields, u"event"_s, 0}, &created);
            if (!id) {
                Error e = id.error();
                e.message = tr("event %1: %2").arg(i + 1).arg(e.message);
                return std::unexpected(e);
            }
            result.leadId = *id;
            result.createdLead = true;
        }
        LeadChange logged;
        auto activity = ActivityCommands(m_work).logActivity(
            NewActivity{result.leadId, BehaviourEvent::kindOf(event.type), event.detail.trimmed(), {}, event.at, u"event"_s}, &logged);
        if (!activity) {
            Error e = activity.error();
            e.message = tr("event %1: %2").arg(i + 1).arg(e.message);
            return std::unexpected(e);
        }
        if (auto r = m_work.db().exec(u"UPDATE activities SET event_key = ? WHERE id = ?"_s, {key, activity->id}); !r)
            return std::unexpected(r.error());
        results.append(result);
        if (!leadIds.contains(result.leadId))
            leadIds.append(result.leadId);
    }
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    if (!leadIds.isEmpty()) {
        *change = LeadChange{LeadChange::Kind::Updated, pipelineId, leadIds, {}, {}};
        change->everything = true; // new leads and handoffs may touch any column
    }
    return results;
}

} // namespace lejek
