// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadWrites.h"

#include "BoardReads.h"
#include "CustomerRepository.h"
#include "HistoryRepository.h"
#include "LeadFields.h"
#include "LeadMatchRepository.h"
#include "LeadRepository.h"
#include "StageGate.h"
#include "UserRepository.h"
#include "ValueParser.h"
#include "Visibility.h"

#include <QCoreApplication>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::LeadWrites", text); }

const QString kOwner = u"owner"_s;
const QString kStage = u"stage"_s;
const QString kLostReason = u"lost_reason"_s;
// Not a field of the card: the words given with a lost reason, kept beside it.
const QString kLostComment = u"lost_comment"_s;

// Keys the services keep and a user cannot write through field input.
bool isStateKey(const QString &key)
{
    static const QStringList keys{u"id"_s, u"version"_s, u"pipeline"_s, u"created_at"_s, u"updated_at"_s,
                                  u"stage_entered_at"_s, u"last_activity_at"_s, u"closed_at"_s};
    return keys.contains(key);
}

QString valueText(const Pipeline &pipeline, const QString &key, const Lead &lead)
{
    if (key == kOwner)
        return lead.ownerName;
    const auto field = pipeline.field(key);
    return field ? ValueParser::toText(*field, lead.value(key)) : lead.value(key).toString();
}

} // namespace

LeadWrites::LeadWrites(UnitOfWork &work) : m_work(work) {}

Result<QStringList> LeadWrites::applyInput(const Pipeline &pipeline, const FieldInput &input, Lead &lead)
{
    QList<FieldError> errors;
    QStringList changed;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString key = it.key().trimmed().toLower();
        if (key == kOwner) {
            const QString who = it.value().trimmed();
            qint64 ownerId = 0;
            QString ownerName;
            if (!who.isEmpty()) {
                auto user = m_work.findUser(who);
                if (!user)
                    return std::unexpected(user.error());
                if (!*user && !m_work.createOwnersInTeam.isEmpty()) {
                    // Adding people is an admin's, through an import as anywhere else.
                    if (auto allowed = Visibility::checkAdmin(m_work.principal(), tr("add the owner \"%1\"").arg(who.simplified())); !allowed)
                        return std::unexpected(allowed.error());
                    UserRepository users(m_work.db());
                    auto team = users.ensureTeam(m_work.createOwnersInTeam);
                    if (!team)
                        return std::unexpected(team.error());
                    User created;
                    created.name = who.simplified();
                    created.teamId = *team;
                    if (ValueParser::isValidEmail(who))
                        created.email = who.toLower();
                    auto id = users.insert(created, m_work.now());
                    if (!id)
                        return std::unexpected(id.error());
                    created.id = *id;
                    *user = created; // not kept: the row's savepoint may take it back
                }
                if (!*user) {
                    errors.append({key, tr("no user named \"%1\"").arg(who)});
                    continue;
                }
                ownerId = (*user)->id;
                ownerName = (*user)->name;
            }
            if (ownerId != lead.ownerId) {
                lead.ownerId = ownerId;
                lead.ownerName = ownerName;
                changed.append(key);
            }
            continue;
        }
        if (isStateKey(key) || key == kStage) {
            errors.append({key, key == kStage ? tr("is changed by moving the lead, not by editing it")
                                              : tr("is kept by Lejek and cannot be set")});
            continue;
        }
        const auto field = pipeline.field(key);
        if (!field) {
            errors.append({key, tr("is not a field of the pipeline \"%1\"").arg(pipeline.name)});
            continue;
        }
        auto parsed = ValueParser::parse(*field, it.value());
        if (!parsed) {
            errors.append({key, parsed.error()});
            continue;
        }
        // The store keeps "no deal value" as 0 (LeadRepository), so a value of 0 is no
        // value here too: else it would count as an edit each time and read back empty.
        if (key == u"value"_s && !parsed->isNull() && parsed->toLongLong() == 0)
            *parsed = QVariant();
        if (key == u"lost_reason"_s && !parsed->isNull()) {
            auto lostReasons = m_work.lostReasons();
            if (!lostReasons)
                return std::unexpected(lostReasons.error());
            const QList<LostReason> *reasons = *lostReasons;
            const QString code = parsed->toString().toLower();
            const bool known = std::any_of(reasons->begin(), reasons->end(), [&](const LostReason &r) { return r.code == code; });
            if (!known) {
                QStringList codes;
                for (const LostReason &r : *reasons)
                    codes.append(r.code);
                errors.append({key, tr("must be one of %1: %2").arg(codes.join(u", "_s), parsed->toString())});
                continue;
            }
            *parsed = code;
        }
        if (lead.value(key) != *parsed) {
            if (parsed->isNull())
                lead.values.remove(key);
            else
                lead.values.insert(key, *parsed);
            changed.append(key);
        }
    }
    if (!errors.isEmpty()) {
        // Named as the card (and a spreadsheet's header) names the field, with the key
        // lejek-cli and --map use: "Deal value (value) is not an amount".
        QStringList parts;
        for (const FieldError &e : errors) {
            const QString label = pipeline.labelOf(e.field);
            const QString name = label.compare(e.field, Qt::CaseInsensitive) == 0 ? label : u"%1 (%2)"_s.arg(label, e.field);
            parts.append(u"%1 %2"_s.arg(name, e.reason));
        }
        return std::unexpected(Error::invalid(parts.join(u"; "_s), errors));
    }
    return changed;
}

Result<void> LeadWrites::recordFieldEdits(const Pipeline &pipeline, const Lead &before, const Lead &after,
                                            const QStringList &keys, const QString &rule)
{
    HistoryRepository history(m_work.db());
    for (const QString &key : keys) {
        Activity a = m_work.activity(after.id, u"field_edit"_s, rule);
        a.leadVersion = after.version;
        a.field = key;
        a.oldValue = valueText(pipeline, key, before);
        a.newValue = valueText(pipeline, key, after);
        if (auto r = history.appendActivity(a); !r)
            return std::unexpected(r.error());
        if (key == kOwner) {
            const HistoryRepository::OwnerChange change{after.id, before.ownerId, after.ownerId, a.occurredAt, a.userId, rule};
            if (auto r = history.appendOwnerChange(change); !r)
                return std::unexpected(r.error());
            DomainEvent e = m_work.event(DomainEvent::Kind::OwnerChanged, after.id, pipeline.id, rule);
            e.oldOwnerId = before.ownerId;
            e.newOwnerId = after.ownerId;
            m_work.record(e);
        } else {
            DomainEvent e = m_work.event(DomainEvent::Kind::FieldChanged, after.id, pipeline.id, rule);
            e.field = key;
            e.oldValue = before.value(key);
            e.newValue = after.value(key);
            m_work.record(e);
        }
    }
    return ok();
}

Result<void> LeadWrites::writeLostComment(const Lead &lead, const QString &comment, const QString &rule)
{
    auto was = m_work.db().scalar(u"SELECT lost_comment FROM leads WHERE id = ?"_s, {lead.id});
    if (!was)
        return std::unexpected(was.error());
    if (was->toString() == comment)
        return ok();
    if (auto r = m_work.db().exec(u"UPDATE leads SET lost_comment = ? WHERE id = ?"_s, {comment, lead.id}); !r)
        return std::unexpected(r.error());
    Activity a = m_work.activity(lead.id, u"field_edit"_s, rule);
    a.leadVersion = lead.version;
    a.field = kLostComment;
    a.oldValue = was->toString();
    a.newValue = comment;
    if (auto r = HistoryRepository(m_work.db()).appendActivity(a); !r)
        return std::unexpected(r.error());
    DomainEvent e = m_work.event(DomainEvent::Kind::FieldChanged, lead.id, lead.pipelineId, rule);
    e.field = kLostComment;
    e.oldValue = was->isNull() ? QVariant() : *was;
    e.newValue = comment;
    m_work.record(e);
    return ok();
}

Result<void> LeadWrites::enterStage(const Pipeline &pipeline, Lead &lead, const Stage &target)
{
    lead.stageId = target.id;
    lead.stageEnteredAt = m_work.now();
    lead.lastActivityAt = m_work.now();
    lead.closedAt = target.isClosed() ? m_work.now() : QDateTime();
    if (target.kind != StageKind::Lost)
        lead.values.remove(u"lost_reason"_s);
    if (target.kind == StageKind::Won && !lead.customerId) {
        auto customer = CustomerRepository(m_work.db()).findOrCreate(lead, m_work.now());
        if (!customer)
            return std::unexpected(customer.error());
        lead.customerId = *customer;
    }
    Q_UNUSED(pipeline);
    return ok();
}

Error LeadWrites::refusal(const QList<GateRefusal> &refusals) const
{
    QStringList parts;
    for (const GateRefusal &r : refusals) {
        QStringList why;
        if (!r.missingFields.isEmpty())
            why.append(tr("missing %1").arg(r.missingFields.join(u", "_s)));
        if (!r.failedCriteria.isEmpty())
            why.append(tr("not met: %1").arg(r.failedCriteria.join(u", "_s)));
        parts.append(r.leadId ? tr("lead %1 cannot enter %2: %3").arg(r.leadId).arg(r.stage, why.join(u"; "_s))
                              : tr("the lead cannot enter %1: %2").arg(r.stage, why.join(u"; "_s)));
    }
    Error e{Error::Code::Refused, parts.join(u" | "_s), {}, refusals, {}, 0};
    return e;
}

Result<Lead> LeadWrites::create(const NewLead &request, LeadChange *change)
{
    auto pipeline = m_work.pipeline(request.pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto id = createIn(*pipeline, request, change);
    if (!id)
        return std::unexpected(id.error());
    return LeadRepository(m_work.db()).load(*pipeline, *id);
}

Error LeadWrites::noSuchStage(const Pipeline &pipeline, const QString &stageName)
{
    return Error::invalid(tr("the pipeline \"%1\" has no stage \"%2\"").arg(pipeline.name, stageName),
                          {{kStage, tr("no such stage: %1").arg(stageName)}});
}

Result<Lead> LeadWrites::prepareNew(const Pipeline &pipeline, const NewLead &request, const Stage **stageOut)
{
    FieldInput input = request.fields;
    QString stageName = request.stage;
    if (input.contains(kStage))
        stageName = input.take(kStage);
    const Stage *stage = stageName.isEmpty() ? pipeline.firstStage() : pipeline.stageByName(stageName);
    if (!stage)
        return std::unexpected(noSuchStage(pipeline, stageName));
    Lead lead;
    lead.pipelineId = pipeline.id;
    lead.version = 1;
    lead.createdAt = lead.updatedAt = m_work.now();
    lead.customerId = request.customerId;
    auto changed = applyInput(pipeline, input, lead);
    if (!changed)
        return std::unexpected(changed.error());
    if (auto allowed = Visibility(m_work).checkOwner(lead.pipelineId, lead.ownerId); !allowed)
        return std::unexpected(allowed.error());
    if (!lead.isNameable())
        return std::unexpected(Error::invalid(LeadFields::unnamedReason(),
                                              {{u"company"_s, tr("is empty, and so are the name, e-mail and external id")}}));
    GateRefusal gate = StageGate::check(pipeline, lead, *stage, m_work.now().date());
    if (!gate.missingFields.isEmpty() || !gate.failedCriteria.isEmpty())
        return std::unexpected(refusal({gate}));

    *stageOut = stage;
    return lead;
}

Result<qint64> LeadWrites::createIn(const Pipeline &pipeline, const NewLead &request, LeadChange *change)
{
    const Stage *stage = nullptr;
    auto prepared = prepareNew(pipeline, request, &stage);
    if (!prepared)
        return std::unexpected(prepared.error());
    Lead lead = *prepared;

    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (!lead.value(u"external_id"_s).toString().isEmpty()) {
        auto dup = LeadMatchRepository(m_work.db()).findDuplicate(pipeline.id, lead.value(u"external_id"_s).toString(), {}, {});
        if (!dup)
            return std::unexpected(dup.error());
        if (*dup)
            return std::unexpected(Error::invalid(tr("lead %1 already has the external id %2").arg(**dup).arg(lead.value(u"external_id"_s).toString()),
                                                  {{u"external_id"_s, tr("is already used by lead %1").arg(**dup)}}));
    }
    if (auto r = enterStage(pipeline, lead, *stage); !r)
        return std::unexpected(r.error());
    auto id = LeadRepository(m_work.db()).insert(pipeline, lead);
    if (!id)
        return std::unexpected(id.error());
    lead.id = *id;
    if (stage->kind == StageKind::Won) {
        // The customer was created before the lead had an id.
        if (auto r = CustomerRepository(m_work.db()).nameFirstLead(lead.customerId, lead.id); !r)
            return std::unexpected(r.error());
    }
    if (auto r = HistoryRepository(m_work.db()).appendCreations(pipeline.id, {{lead.id, stage->id}}, m_work.now(), m_work.userId(), request.rule); !r)
        return std::unexpected(r.error());
    m_work.recordCreation(pipeline, lead, *stage, request.rule, m_work.now());
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Created, pipeline.id, {lead.id}, {}, {stage->id}};
    return lead.id;
}

Result<Lead> LeadWrites::update(const LeadEdit &request, LeadChange *change)
{
    auto pipeline = m_work.pipelineOf(request.leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    // Inside the transaction: the owner it checks is the one the write changes.
    if (auto allowed = Visibility(m_work).checkWritable(request.leadId, tr("change")); !allowed)
        return std::unexpected(allowed.error());
    if (auto locked = LeadRepository(m_work.db()).lockForWrite(request.leadId); !locked)
        return std::unexpected(locked.error());
    auto before = LeadRepository(m_work.db()).load(*pipeline, request.leadId);
    if (!before)
        return std::unexpected(before.error());
    if (request.expectedVersion && before->version != request.expectedVersion) {
        auto fields = HistoryRepository(m_work.db()).fieldsChangedSince(request.leadId, request.expectedVersion);
        if (!fields)
            return std::unexpected(fields.error());
        Error e{Error::Code::Conflict,
                tr("lead %1 was changed by someone else (version %2, you had %3); changed meanwhile: %4")
                    .arg(request.leadId)
                    .arg(before->version)
                    .arg(request.expectedVersion)
                    .arg(fields->join(u", "_s)),
                {}, {}, *fields, before->version};
        return std::unexpected(e);
    }
    Lead after = *before;
    auto changed = applyInput(*pipeline, request.fields, after);
    if (!changed)
        return std::unexpected(changed.error());
    if (after.ownerId != before->ownerId)
        if (auto allowed = Visibility(m_work).checkOwner(after.pipelineId, after.ownerId, after.id); !allowed)
            return std::unexpected(allowed.error());
    if (changed->isEmpty()) {
        // Nothing to write, but the unit still ends as a success: left to roll back, it
        // would doom a transaction it joined (a row of an import updating nothing).
        if (auto r = m_work.commit(tx); !r)
            return std::unexpected(r.error());
        return after;
    }
    const Stage *stage = pipeline->stage(after.stageId);
    // An edit may not take away what the current stage requires.
    if (stage) {
        const GateRefusal was = StageGate::check(*pipeline, *before, *stage, m_work.now().date());
        GateRefusal now = StageGate::check(*pipeline, after, *stage, m_work.now().date());
        now.missingFields.removeIf([&](const QString &f) { return was.missingFields.contains(f); });
        now.failedCriteria.removeIf([&](const QString &c) { return was.failedCriteria.contains(c); });
        if (!now.missingFields.isEmpty() || !now.failedCriteria.isEmpty()) {
            Error e = refusal({now});
            e.message = tr("lead %1 is in %2, which needs what this edit removes: %3")
                            .arg(after.id)
                            .arg(stage->displayName(), (now.missingFields + now.failedCriteria).join(u", "_s));
            return std::unexpected(e);
        }
    }
    after.version = before->version + 1;
    after.updatedAt = m_work.now();
    auto written = LeadRepository(m_work.db()).update(*pipeline, after, before->version);
    if (!written)
        return std::unexpected(written.error());
    if (!*written)
        return std::unexpected(Error{Error::Code::Conflict, tr("lead %1 was changed by someone else while saving").arg(after.id), {}, {}, {}, 0});
    if (auto r = recordFieldEdits(*pipeline, *before, after, *changed, request.rule); !r)
        return std::unexpected(r.error());
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, pipeline->id, {after.id}, {after.stageId}, {after.stageId}};
    return BoardReads(m_work).load(after.id);
}

Result<QList<Lead>> LeadWrites::move(const MoveRequest &request, LeadChange *change)
{
    if (request.leadIds.isEmpty())
        return std::unexpected(Error::invalid(tr("no leads to move")));
    auto pipelineId = m_work.db().scalar(u"SELECT pipeline_id FROM stages WHERE id = ?"_s, {request.stageId});
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    if (pipelineId->isNull())
        return std::unexpected(Error::notFound(tr("no stage with id %1").arg(request.stageId)));
    auto pipeline = m_work.pipeline(pipelineId->toLongLong());
    if (!pipeline)
        return std::unexpected(pipeline.error());
    const Stage &target = *pipeline->stage(request.stageId);

    Transaction tx(m_work.db());
    if (!tx.started())
        return std::unexpected(tx.started().error());
    LeadRepository leads(m_work.db());
    QList<Lead> befores;
    QList<Lead> afters;
    QList<QStringList> changedKeys;
    QList<GateRefusal> refusals;
    Visibility visibility(m_work);
    for (const qint64 id : request.leadIds) {
        if (auto allowed = visibility.checkWritable(id, tr("move")); !allowed)
            return std::unexpected(allowed.error());
        if (auto locked = leads.lockForWrite(id); !locked)
            return std::unexpected(locked.error());
        auto before = leads.load(*pipeline, id);
        if (!before)
            return std::unexpected(before.error());
        if (before->pipelineId != pipeline->id)
            return std::unexpected(Error::invalid(tr("lead %1 is not in the pipeline \"%2\"").arg(id).arg(pipeline->name)));
        const int expected = request.expectedVersions.value(id, 0);
        if (expected && expected != before->version) {
            auto fields = HistoryRepository(m_work.db()).fieldsChangedSince(id, expected);
            if (!fields)
                return std::unexpected(fields.error());
            return std::unexpected(Error{Error::Code::Conflict,
                                         tr("lead %1 was changed by someone else; changed meanwhile: %2").arg(id).arg(fields->join(u", "_s)),
                                         {}, {}, *fields, before->version});
        }
        Lead after = *before;
        auto changed = applyInput(*pipeline, request.fields, after);
        if (!changed)
            return std::unexpected(changed.error());
        if (after.ownerId != before->ownerId)
            if (auto allowed = visibility.checkOwner(after.pipelineId, after.ownerId, id); !allowed)
                return std::unexpected(allowed.error());
        GateRefusal gate = StageGate::check(*pipeline, after, target, m_work.now().date());
        if (!gate.missingFields.isEmpty() || !gate.failedCriteria.isEmpty())
            refusals.append(gate);
        befores.append(*before);
        afters.append(after);
        changedKeys.append(*changed);
    }
    if (!refusals.isEmpty())
        return std::unexpected(refusal(refusals));

    HistoryRepository history(m_work.db());
    QList<Lead> result;
    LeadChange done{LeadChange::Kind::Moved, pipeline->id, {}, {}, {}};
    for (qsizetype i = 0; i < afters.size(); ++i) {
        Lead &after = afters[i];
        const Lead &before = befores[i];
        if (before.stageId == target.id && changedKeys[i].isEmpty())
            continue; // already there: nothing to write
        after.version = before.version + 1;
        after.updatedAt = m_work.now();
        if (before.stageId != target.id) {
            if (auto r = enterStage(*pipeline, after, target); !r)
                return std::unexpected(r.error());
            // Leaving a lost stage clears its reason: an edit like any other, so the
            // history can say what the reason was before.
            if (before.isFilled(kLostReason) && !after.isFilled(kLostReason) && !changedKeys[i].contains(kLostReason))
                changedKeys[i].append(kLostReason);
        }
        auto written = leads.update(*pipeline, after, before.version);
        if (!written)
            return std::unexpected(written.error());
        if (!*written)
            return std::unexpected(Error{Error::Code::Conflict, tr("lead %1 was changed by someone else while moving").arg(after.id), {}, {}, {}, 0});
        if (auto r = recordFieldEdits(*pipeline, before, after, changedKeys[i], request.rule); !r)
            return std::unexpected(r.error());
        if (target.kind == StageKind::Lost && !request.note.isEmpty())
            if (auto r = writeLostComment(after, request.note, request.rule); !r)
                return std::unexpected(r.error());
        if (before.stageId != target.id) {
            m_work.recordStageEntry(*pipeline, after, before.stageId, target, request.rule, m_work.now());
            if (auto r = history.appendStageChange({after.id, pipeline->id, before.stageId, target.id, m_work.now(), m_work.userId(),
                                                    request.rule, request.note, false});
                !r)
                return std::unexpected(r.error());
            // The version a move produced names "stage" in a later conflict.
            Activity moved = m_work.activity(after.id, u"stage_change"_s, request.rule);
            moved.leadVersion = after.version;
            moved.field = kStage;
            moved.oldValue = pipeline->stage(before.stageId) ? pipeline->stage(before.stageId)->name : QString();
            moved.newValue = target.name;
            if (auto r = history.appendActivity(moved); !r)
                return std::unexpected(r.error());
        }
        done.leadIds.append(after.id);
        done.fromStageIds.append(before.stageId);
        done.toStageIds.append(target.id);
    }
    if (auto r = m_work.commit(tx); !r)
        return std::unexpected(r.error());
    for (const qint64 id : request.leadIds) {
        auto lead = leads.load(*pipeline, id);
        if (!lead)
            return std::unexpected(lead.error());
        result.append(*lead);
    }
    *change = done;
    return result;
}

} // namespace lejek
