// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadEngine.h"

#include "Activity.h"
#include "BehaviourEventRepository.h"
#include "HistoryRepository.h"
#include "LeadRepository.h"
#include "LeadWrites.h"
#include "SlaPolicy.h"
#include "TeamRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::LeadEngine", text); }

QString reasonsJson(const Score &score)
{
    QJsonArray list;
    for (const ScoreReason &r : score.reasons)
        list.append(QJsonObject{{u"rule"_s, r.rule}, {u"points"_s, r.points}, {u"times"_s, r.times}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

bool runsSla(const Stage &stage) { return stage.slaFirstContactMinutes > 0 || stage.slaDecisionMinutes > 0; }

} // namespace

LeadEngine::LeadEngine(UnitOfWork &work, UnitOfWork &asRule, const Pipeline &pipeline, const EngineSetup &setup,
                       std::optional<RoutingRoster> &roster)
    : m_work(work), m_asRule(asRule), m_pipeline(pipeline), m_setup(setup), m_roster(roster)
{
}

Result<void> LeadEngine::run(qint64 leadId, const DomainEvents &events, const Lead *lead)
{
    using Kind = DomainEvent::Kind;
    bool created = false;
    bool behaviour = false;
    bool byHand = false;
    QSet<QString> changed;
    QList<Entry> entries;
    QList<const DomainEvent *> contacts;
    for (const DomainEvent &e : events) {
        if (isOwnRule(e.rule))
            continue;
        switch (e.kind) {
        case Kind::LeadCreated:
            created = true;
            // A person who creates a lead with an owner has chosen that owner.
            byHand = byHand || (e.userId != 0 && e.rule.isEmpty() && e.newOwnerId != 0);
            break;
        case Kind::FieldChanged: changed.insert(e.field); break;
        case Kind::OwnerChanged:
            changed.insert(u"owner"_s);
            // A person's choice (not an import's or a rule's): routing leaves it from now on.
            byHand = byHand || (e.userId != 0 && e.rule.isEmpty());
            break;
        case Kind::StageEntered:
            changed.insert(u"stage"_s);
            if (const Stage *stage = m_pipeline.stage(e.toStageId))
                entries.append(Entry{stage, e.at});
            break;
        case Kind::ActivityLogged:
            behaviour = behaviour || BehaviourEvent::types().contains(e.activityKind);
            if (Activity::contactKinds().contains(e.activityKind))
                contacts.append(&e);
            break;
        default: break;
        }
    }
    m_leadId = leadId;
    // Without routing or scoring, a write needs the lead only to start an SLA or meet
    // its first tier; a decision needs the lead's engine values alone. Imports into a
    // pipeline without a configuration stay as fast as they were.
    const bool startsSla = std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return runsSla(*e.stage); });
    if (m_setup.isEmpty() && !startsSla && contacts.isEmpty() && !byHand) {
        if (entries.isEmpty())
            return ok();
        auto values = EngineValueRepository(m_work.db()).read(leadId);
        if (!values)
            return std::unexpected(values.error());
        if (!values->slaStartedAt.isValid() || values->slaDecidedAt.isValid())
            return ok();
        for (const Entry &entry : std::as_const(entries))
            if (isDecision(*entry.stage)) {
                values->slaDecidedAt = entry.at;
                return EngineValueRepository(m_work.db()).write(leadId, *values);
            }
        return ok();
    }
    if (lead)
        m_lead = *lead;
    else if (auto r = reload(); !r)
        return r;
    if (m_lead.mergedInto)
        return ok();
    // A lead this write created has the engine's starting values (its score as given):
    // no need to read them back (an import of thousands saves a query a row).
    if (created) {
        m_values = {};
        m_values.score = m_lead.value(u"score"_s).toInt();
    } else {
        auto values = EngineValueRepository(m_work.db()).read(leadId);
        if (!values)
            return std::unexpected(values.error());
        m_values = *values;
    }
    const EngineValueRepository::Values before = m_values;
    m_values.ownerByHand = m_values.ownerByHand || byHand;

    const Stage *stage = m_pipeline.stage(m_lead.stageId);
    Facts facts = m_setup.schema.factsOf(m_lead, stage ? stage->name : QString(), m_work.now(), m_work.now().date(), changed);
    bool crossed = false;
    if (m_setup.scorer) {
        auto c = score(facts, created, behaviour);
        if (!c)
            return std::unexpected(c.error());
        crossed = *c;
    }
    if (crossed) {
        auto entered = handOff();
        if (!entered)
            return std::unexpected(entered.error());
        crossed = *entered != nullptr;
        if (*entered) {
            entries.append(Entry{*entered, m_work.now()});
            facts = m_setup.schema.factsOf(m_lead, (*entered)->name, m_work.now(), m_work.now().date(), changed);
        }
    }
    if (m_setup.router && !m_values.ownerByHand) {
        auto r = roster();
        if (!r)
            return std::unexpected(r.error());
        if (crossed || m_lead.ownerId == 0) {
            if (auto routed = route(m_setup.router->route(facts, **r, m_work.now().date()), created || crossed); !routed)
                return routed;
        } else {
            for (const Entry &entry : std::as_const(entries)) {
                const RoutingDecision later = m_setup.router->routeAtStage(facts, entry.stage->name, **r, m_work.now().date());
                if (later.row)
                    if (auto routed = route(later, true); !routed)
                        return routed;
            }
        }
    }
    // The SLA clock: (re)started by entering a stage that has one, stopped by a decision,
    // its first tier met by the owner's first contact.
    for (const Entry &entry : std::as_const(entries)) {
        if (runsSla(*entry.stage)) {
            if (auto r = startSla(*entry.stage, entry.at); !r)
                return r;
        } else if (m_values.slaStartedAt.isValid() && !m_values.slaDecidedAt.isValid() && isDecision(*entry.stage)) {
            m_values.slaDecidedAt = entry.at;
        }
    }
    // A lead imported with its history brings its calls and e-mails as rows, not as
    // events: its first contact is read from them.
    if (created && m_values.slaStartedAt.isValid() && !m_values.slaFirstContactAt.isValid()) {
        auto first = HistoryRepository(m_work.db()).firstContactSince(m_lead.id, m_lead.ownerId, m_values.slaStartedAt);
        if (!first)
            return std::unexpected(first.error());
        m_values.slaFirstContactAt = *first;
    }
    for (const DomainEvent *contact : std::as_const(contacts)) {
        const bool byOwner = contact->userId == 0 || m_lead.ownerId == 0 || contact->userId == m_lead.ownerId;
        if (byOwner && m_values.slaStartedAt.isValid() && !m_values.slaFirstContactAt.isValid() && contact->at >= m_values.slaStartedAt)
            m_values.slaFirstContactAt = contact->at;
    }
    if (m_values == before)
        return ok();
    return EngineValueRepository(m_work.db()).write(leadId, m_values);
}

Result<bool> LeadEngine::score(Facts &facts, bool created, bool behaviourLogged)
{
    const Scorer &scorer = *m_setup.scorer;
    QList<BehaviourEvent> events;
    // A lead just created has none, unless the write logged one (an event for a new lead).
    if (!created || behaviourLogged) {
        auto read = BehaviourEventRepository(m_work.db()).forLead(m_lead.id);
        if (!read)
            return std::unexpected(read.error());
        events = std::move(*read);
    }
    const Score score = scorer.score(facts, events, m_lead.lastActivityAt);
    const QString reasons = reasonsJson(score);
    if (score.total != m_values.score && !created)
        if (auto r = note(u"scored"_s, ScoringRule, tr("%1 → %2").arg(m_values.score).arg(score.total), score.explain()); !r)
            return std::unexpected(r.error());
    m_values.score = score.total;
    m_values.scoreReasons = reasons;
    if (const auto slot = m_setup.schema.slot(u"score"_s))
        m_setup.schema.set(facts, *slot, qlonglong(score.total));
    const bool met = scorer.meetsHandoff(score);
    const bool crossed = met && !m_values.handoffMet;
    m_values.handoffMet = met;
    if (crossed)
        if (auto r = note(u"handoff"_s, HandoffRule,
                          (scorer.model().highIntentTypes.isEmpty() ? tr("score %1 ≥ %2") : tr("score %1 ≥ %2 with a high-intent event"))
                              .arg(score.total)
                              .arg(scorer.model().handoffThreshold),
                          score.explain());
            !r)
            return std::unexpected(r.error());
    return crossed;
}

Result<const Stage *> LeadEngine::handOff()
{
    const QString name = m_setup.scorer->model().handoffStage;
    const Stage *target = m_pipeline.stageByName(name);
    const Stage *current = m_pipeline.stage(m_lead.stageId);
    if (!target) {
        if (auto r = note(u"engine_note"_s, HandoffRule, tr("not handed off"), tr("the pipeline has no stage %1").arg(name)); !r)
            return std::unexpected(r.error());
        return nullptr;
    }
    // Only forward, from an open stage: a lead already at or past the handoff stays.
    if (!current || current->kind != StageKind::Open || current->position >= target->position)
        return nullptr;
    MoveRequest move;
    move.leadIds = {m_lead.id};
    move.stageId = target->id;
    move.rule = HandoffRule;
    LeadChange change;
    auto moved = LeadWrites(m_asRule).move(move, &change);
    if (!moved) {
        // A gate refuses a rule as it refuses a person: said on the timeline, not forced.
        if (moved.error().code != Error::Code::Refused)
            return std::unexpected(moved.error());
        if (auto r = note(u"engine_note"_s, HandoffRule, tr("not moved to %1").arg(target->displayName()), moved.error().message); !r)
            return std::unexpected(r.error());
        return nullptr;
    }
    if (moved->size() == 1)
        m_lead = moved->first(); // as the move left it
    else if (auto r = reload(); !r)
        return std::unexpected(r.error());
    return target;
}

Result<void> LeadEngine::route(const RoutingDecision &decision, bool always)
{
    if (decision.userId && decision.userId != m_lead.ownerId) {
        const TeamMember *user = nullptr;
        for (const TeamMember &u : std::as_const(m_roster->users))
            if (u.userId == decision.userId)
                user = &u;
        LeadEdit edit;
        edit.leadId = m_lead.id;
        edit.fields = {{u"owner"_s, user && !user->email.isEmpty() ? user->email : decision.user}};
        edit.rule = RoutingRule;
        LeadChange change;
        auto updated = LeadWrites(m_asRule).update(edit, &change);
        if (!updated) {
            if (updated.error().code != Error::Code::Refused && updated.error().code != Error::Code::Invalid
                && updated.error().code != Error::Code::Forbidden)
                return std::unexpected(updated.error());
            return note(u"engine_note"_s, RoutingRule, tr("not given to %1").arg(decision.user), updated.error().message);
        }
        m_lead = std::move(*updated); // as the write left it
        if (decision.teamId)
            if (auto r = TeamRepository(m_work.db()).saveCursor(decision.teamId, decision.userId); !r)
                return r;
    }
    const QString reason = decision.reason();
    if (!always && reason == m_values.routingReason)
        return ok();
    m_values.routingReason = reason;
    return note(u"routed"_s, RoutingRule, decision.userId ? decision.user : tr("the manager's queue"), reason);
}

Result<void> LeadEngine::startSla(const Stage &stage, const QDateTime &at)
{
    auto calendar = m_lead.ownerId ? TeamRepository(m_work.db()).calendarOfUser(m_lead.ownerId) : Result<WorkingCalendar>(WorkingCalendar());
    if (!calendar)
        return std::unexpected(calendar.error());
    const SlaDue due = SlaPolicy{stage.slaFirstContactMinutes, stage.slaDecisionMinutes}.dueTimes(at, *calendar);
    m_values.slaStartedAt = at;
    m_values.slaFirstContactDueAt = due.firstContact;
    m_values.slaDecisionDueAt = due.decision;
    m_values.slaFirstContactAt = {};
    m_values.slaDecidedAt = {};
    return ok();
}

bool LeadEngine::isDecision(const Stage &to) const
{
    // The clock runs from the first stage with an SLA (the handoff stage, as a rule).
    if (to.kind != StageKind::Open)
        return true;
    for (const Stage &s : m_pipeline.stages)
        if (runsSla(s))
            return m_pipeline.decidesSla(to, s);
    return m_pipeline.stageByName(u"SQL"_s) && m_pipeline.decidesSla(to, to);
}

Result<RoutingRoster *> LeadEngine::roster()
{
    if (!m_roster) {
        auto read = TeamRepository(m_work.db()).roster();
        if (!read)
            return std::unexpected(read.error());
        m_roster = std::move(*read);
    }
    return &*m_roster;
}

Result<void> LeadEngine::note(const QString &kind, const QString &rule, const QString &subject, const QString &body)
{
    Activity a = m_asRule.activity(m_lead.id, kind, rule);
    a.subject = subject.left(200);
    a.body = body;
    auto id = HistoryRepository(m_work.db()).appendActivity(a);
    if (!id)
        return std::unexpected(id.error());
    return ok();
}

Result<void> LeadEngine::reload()
{
    auto lead = LeadRepository(m_work.db()).load(m_pipeline, m_leadId);
    if (!lead)
        return std::unexpected(lead.error());
    m_lead = std::move(*lead);
    return ok();
}

} // namespace lejek
