// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryImport.h"

#include "CustomerRepository.h"
#include "HistoryRepository.h"
#include "LeadFields.h"
#include "LeadMatchRepository.h"
#include "LeadRepository.h"
#include "PipelineRepository.h"
#include "StageGate.h"
#include "TaskRepository.h"
#include "ValueParser.h"
#include "Visibility.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::HistoryImport", text); }

} // namespace

HistoryImport::HistoryImport(UnitOfWork &work) : m_work(work), m_writes(work) {}

Result<int> HistoryImport::recordHistory(const QList<HistoricLead> &records, LeadChange *change)
{
    if (auto allowed = Visibility::checkAdmin(m_work.principal(), tr("record leads with their past")); !allowed)
        return std::unexpected(allowed.error());
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    PipelineRepository pipelines(m_work.db());
    auto all = pipelines.loadAll();
    if (!all)
        return std::unexpected(all.error());
    LeadRepository leads(m_work.db());
    HistoryRepository history(m_work.db());
    TaskRepository tasks(m_work.db());
    int written = 0;
    for (const HistoricLead &record : records) {
        const auto pipeline = std::find_if(all->begin(), all->end(), [&](const Pipeline &p) { return p.id == record.lead.pipelineId; });
        if (pipeline == all->end() || !pipeline->stage(record.lead.stageId))
            return std::unexpected(Error::invalid(tr("record %1 names a pipeline or stage that does not exist").arg(written + 1)));
        // A won lead's company is a customer, whatever path wrote it (DOMAIN.md).
        Lead lead = record.lead;
        if (!lead.customerId)
            if (auto r = attachCustomer(*pipeline, lead); !r)
                return std::unexpected(r.error());
        auto id = leads.insert(*pipeline, lead);
        if (!id)
            return std::unexpected(id.error());
        if (lead.customerId)
            if (auto r = CustomerRepository(m_work.db()).nameFirstLead(lead.customerId, *id); !r)
                return std::unexpected(r.error());
        if (record.lead.stageId && pipeline->stage(record.lead.stageId)->kind == StageKind::Lost && !record.lostComment.isEmpty())
            if (auto r = m_work.db().exec(u"UPDATE leads SET lost_comment = ? WHERE id = ?"_s, {record.lostComment, *id}); !r)
                return std::unexpected(r.error());
        for (const HistoricLead::Move &m : record.moves)
            if (auto r = history.appendStageChange({*id, pipeline->id, m.fromStageId, m.toStageId, m.at, m.userId, {}, {}, true}); !r)
                return std::unexpected(r.error());
        recordEvents(*pipeline, record, *id);
        for (Activity a : record.activities) {
            a.leadId = *id;
            if (auto r = history.appendActivity(a); !r)
                return std::unexpected(r.error());
        }
        for (Task t : record.tasks) {
            t.leadId = *id;
            if (auto r = tasks.insert(t); !r)
                return std::unexpected(r.error());
        }
        if (change->pipelineId == 0 || change->pipelineId == pipeline->id) {
            change->pipelineId = pipeline->id;
            change->leadIds.append(*id);
            change->toStageIds.append(record.lead.stageId);
        } else {
            change->everything = true; // several pipelines: each view reloads its own
        }
        ++written;
    }
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    if (change->everything)
        *change = LeadChange{LeadChange::Kind::Created, 0, {}, {}, {}, true, {}};
    change->kind = LeadChange::Kind::Created;
    return written;
}

Result<Lead> HistoryImport::prepareHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                           ImportOutcome *outcome)
{
    const Stage *stage = row.stage.isEmpty() ? pipeline.firstStage() : pipeline.stageByName(row.stage);
    if (!stage)
        return std::unexpected(LeadWrites::noSuchStage(pipeline, row.stage));
    // Dates: ISO dates or date-times, or dd.mm.yyyy; a date alone is midnight UTC.
    QList<FieldError> errors;
    auto parseTime = [&](const QString &key, const QString &text) {
        if (text.trimmed().isEmpty())
            return QDateTime();
        QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        if (!t.isValid())
            if (const auto date = ValueParser::parseDate(text))
                t = QDateTime(*date, QTime(0, 0), Qt::UTC);
        if (!t.isValid())
            errors.append({key, tr("is not a date or time: %1").arg(text)});
        return t.toUTC();
    };
    QDateTime created = parseTime(u"created_at"_s, row.createdAt);
    QDateTime entered = parseTime(u"stage_entered_at"_s, row.stageEnteredAt);
    QDateTime closed = parseTime(u"closed_at"_s, row.closedAt);
    const QDateTime lastActivity = parseTime(u"last_activity_at"_s, row.lastActivityAt);
    if (!errors.isEmpty())
        return std::unexpected(Error::invalid(u"%1 %2"_s.arg(errors[0].field, errors[0].reason), errors));
    // Nothing given is dropped unsaid: an open lead has not closed, and a closed one
    // entered its stage when it closed.
    if (!stage->isClosed() && closed.isValid())
        return std::unexpected(Error::invalid(tr("closed_at is given, but %1 is an open stage: an open lead has not closed")
                                                  .arg(stage->name),
                                              {{u"closed_at"_s, tr("is for won or lost rows")}}));
    if (stage->isClosed() && closed.isValid() && entered.isValid() && entered != closed)
        return std::unexpected(Error::invalid(tr("a won or lost lead enters its stage when it closes, but stage_entered_at is %1 "
                                                 "and closed_at %2 (map an earlier date to created_at)")
                                                  .arg(entered.toString(Qt::ISODate), closed.toString(Qt::ISODate)),
                                              {{u"stage_entered_at"_s, tr("differs from closed_at")}}));
    if (!created.isValid())
        created = entered.isValid() ? entered : (closed.isValid() ? closed : (lastActivity.isValid() ? lastActivity : m_work.now()));
    if (!entered.isValid())
        entered = stage->isClosed() && closed.isValid() ? closed : created;
    if (stage->isClosed() && !closed.isValid())
        closed = entered;
    if (entered < created || (closed.isValid() && closed < created) || (lastActivity.isValid() && lastActivity < created))
        return std::unexpected(Error::invalid(tr("the dates are out of order: created %1, stage entered %2, closed %3")
                                                  .arg(created.toString(Qt::ISODate), entered.toString(Qt::ISODate),
                                                       closed.isValid() ? closed.toString(Qt::ISODate) : u"-"_s)
                                              + (lastActivity.isValid() ? tr(", last activity %1").arg(lastActivity.toString(Qt::ISODate))
                                                                        : QString())));
    if (created > m_work.now())
        return std::unexpected(Error::invalid(tr("created_at is in the future: %1").arg(created.toString(Qt::ISODate))));
    if (lastActivity > m_work.now())
        return std::unexpected(Error::invalid(tr("last_activity_at is in the future: %1").arg(lastActivity.toString(Qt::ISODate))));

    Lead lead;
    lead.pipelineId = pipeline.id;
    lead.version = 1;
    auto applied = m_writes.applyInput(pipeline, row.fields, lead);
    if (!applied)
        return std::unexpected(applied.error());
    if (auto allowed = Visibility(m_work).checkOwner(lead.pipelineId, lead.ownerId); !allowed)
        return std::unexpected(allowed.error());
    const bool nameable = std::any_of(LeadFields::identityKeys().begin(), LeadFields::identityKeys().end(),
                                      [&](const QString &k) { return lead.isFilled(k); });
    if (!nameable)
        return std::unexpected(Error::invalid(tr("a lead needs a company, a person's name, an e-mail or an external id")));
    if (stage->kind == StageKind::Lost && !lead.isFilled(u"lost_reason"_s)) {
        if (options.defaultLostReason.isEmpty())
            return std::unexpected(Error::invalid(tr("a lost row needs a lost reason (or give one for all with --lost-reason)"),
                                                  {{u"lost_reason"_s, tr("is empty")}}));
        auto withReason = m_writes.applyInput(pipeline, {{u"lost_reason"_s, options.defaultLostReason}}, lead);
        if (!withReason)
            return std::unexpected(withReason.error());
        outcome->lostReasonDefaulted = true;
    }
    // Closed history is recorded as it happened; an open lead still meets its stage's gate.
    if (!stage->isClosed()) {
        const GateRefusal gate = StageGate::check(pipeline, lead, *stage, m_work.now().date());
        if (!gate.missingFields.isEmpty() || !gate.failedCriteria.isEmpty())
            return std::unexpected(m_writes.refusal({gate}));
    }
    lead.stageId = stage->id;
    lead.createdAt = created;
    lead.updatedAt = m_work.now();
    lead.stageEnteredAt = entered;
    // Entering the stage and closing are activity too: the last is the latest of them.
    lead.lastActivityAt = std::max({entered, closed.isValid() ? closed : entered, lastActivity.isValid() ? lastActivity : entered});
    lead.closedAt = closed;
    return lead;
}

Result<void> HistoryImport::attachCustomer(const Pipeline &pipeline, Lead &lead)
{
    const Stage *stage = pipeline.stage(lead.stageId);
    if (!stage || stage->kind != StageKind::Won)
        return ok();
    // An import names the same accounts again and again. Only customers found are kept:
    // one made here may be taken back with its row.
    // The key is what findOrCreate() looks by; a lead with neither always gets a new one.
    const QString nip = lead.value(u"nip"_s).toString();
    const QString company = lead.value(u"company"_s).toString();
    const QString key = nip.isEmpty() && company.isEmpty() ? QString() : nip + u'\x1f' + company;
    if (const auto known = m_work.foundCustomers().constFind(key); !key.isEmpty() && known != m_work.foundCustomers().cend()) {
        lead.customerId = *known;
        return ok();
    }
    bool created = false;
    // A customer since the deal closed; a record that leaves its close out, since it was won.
    const QDateTime since = lead.closedAt.isValid() ? lead.closedAt : lead.stageEnteredAt.isValid() ? lead.stageEnteredAt : m_work.now();
    auto customer = CustomerRepository(m_work.db()).findOrCreate(lead, since, &created);
    if (!customer)
        return std::unexpected(customer.error());
    if (!created && !key.isEmpty())
        m_work.foundCustomers().insert(key, *customer);
    lead.customerId = *customer;
    return ok();
}

void HistoryImport::recordEvents(const Pipeline &pipeline, const HistoricLead &record, qint64 leadId)
{
    Lead lead = record.lead;
    lead.id = leadId;
    const Stage *created = pipeline.stage(record.moves.isEmpty() || record.moves.first().fromStageId
                                              ? lead.stageId
                                              : record.moves.first().toStageId);
    if (!created)
        return;
    DomainEvent e = m_work.event(DomainEvent::Kind::LeadCreated, leadId, pipeline.id);
    e.at = lead.createdAt;
    e.toStageId = created->id;
    e.newOwnerId = lead.ownerId;
    m_work.record(e);
    if (record.moves.isEmpty())
        m_work.recordStageEntry(pipeline, lead, 0, *created, {}, lead.createdAt);
    for (const HistoricLead::Move &m : record.moves)
        if (const Stage *to = pipeline.stage(m.toStageId))
            m_work.recordStageEntry(pipeline, lead, m.fromStageId, *to, {}, m.at);
}

Result<void> HistoryImport::recordImportedHistory(const Pipeline &pipeline, const QList<Lead> &leads, const QList<qint64> &ids)
{
    const Stage *first = pipeline.firstStage();
    QList<HistoryRepository::StageChange> changes;
    QList<Activity> entries;
    changes.reserve(2 * leads.size());
    entries.reserve(leads.size());
    QSet<qint64> named; // customers whose first lead is settled by an earlier lead here
    for (qsizetype i = 0; i < leads.size(); ++i) {
        const Lead &lead = leads[i];
        const qint64 id = ids[i];
        // Created in the first stage, then moved to its own when it entered it.
        changes.append({id, pipeline.id, 0, first->id, lead.createdAt, m_work.userId(), u"import"_s, {}, true});
        if (lead.stageId != first->id)
            changes.append({id, pipeline.id, first->id, lead.stageId, lead.stageEnteredAt, m_work.userId(), u"import"_s, {}, true});
        Lead withId = lead;
        withId.id = id;
        m_work.recordCreation(pipeline, withId, *first, u"import"_s, lead.createdAt);
        if (const Stage *stage = pipeline.stage(lead.stageId); stage && stage->id != first->id)
            m_work.recordStageEntry(pipeline, withId, first->id, *stage, u"import"_s, lead.stageEnteredAt);
        Activity created = m_work.activity(id, u"created"_s, u"import"_s);
        created.occurredAt = lead.createdAt;
        created.leadVersion = 1;
        entries.append(created);
        // A customer made for this lead names it as its first.
        if (lead.customerId && !named.contains(lead.customerId)) {
            named.insert(lead.customerId);
            if (auto r = CustomerRepository(m_work.db()).nameFirstLead(lead.customerId, id); !r)
                return std::unexpected(r.error());
        }
    }
    HistoryRepository history(m_work.db());
    if (auto r = history.appendStageChanges(changes); !r)
        return r;
    return history.appendActivities(entries);
}

Result<qint64> HistoryImport::importHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                            ImportOutcome *outcome, LeadChange *change)
{
    auto lead = prepareHistoric(pipeline, row, options, outcome);
    if (!lead)
        return std::unexpected(lead.error());
    if (const QString externalId = lead->value(u"external_id"_s).toString(); !externalId.isEmpty()) {
        auto dup = LeadMatchRepository(m_work.db()).findDuplicate(pipeline.id, externalId, {}, {});
        if (!dup)
            return std::unexpected(dup.error());
        if (*dup)
            return std::unexpected(Error::invalid(tr("lead %1 already has the external id %2").arg(**dup).arg(externalId)));
    }
    if (auto r = attachCustomer(pipeline, *lead); !r)
        return std::unexpected(r.error());
    auto id = LeadRepository(m_work.db()).insert(pipeline, *lead);
    if (!id)
        return std::unexpected(id.error());
    if (auto r = recordImportedHistory(pipeline, {*lead}, {*id}); !r)
        return std::unexpected(r.error());
    change->leadIds.append(*id);
    change->toStageIds.append(lead->stageId);
    return *id;
}

} // namespace lejek
