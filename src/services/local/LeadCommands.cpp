// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadCommands.h"

#include "CustomerRepository.h"
#include "DryRunKeyRepository.h"
#include "HistoryRepository.h"
#include "LeadFields.h"
#include "LeadRepository.h"
#include "PipelineRepository.h"
#include "StageGate.h"
#include "TaskRepository.h"
#include "UserRepository.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <optional>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::LeadCommands", text); }

const QString kOwner = u"owner"_s;
const QString kStage = u"stage"_s;

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

// Duplicates are matched on the stored (normalised) form: "526-000-12-46" is 5260001246.
QString duplicateKey(const Pipeline &pipeline, const ImportRow &row, const QString &key)
{
    const QString text = row.fields.value(key);
    const auto field = pipeline.field(key);
    const auto parsed = field && !text.trimmed().isEmpty() ? ValueParser::parse(*field, text) : std::expected<QVariant, QString>();
    return parsed && parsed->isValid() ? parsed->toString() : QString();
}

// The keys of LeadRepository::findDuplicate(), in its order.
const std::array<QString, 3> kDuplicateKeys{u"external_id"_s, u"email"_s, u"nip"_s};

// Whether a row is looked up by this key. A NIP names a company, not a person: a row
// with an e-mail is another contact at that company unless the e-mail (or the external
// id) matches; only a row without an e-mail is the company's lead again by its NIP.
bool looksUpBy(std::size_t key, const std::array<QString, 3> &rowKeys)
{
    return !rowKeys[key].isEmpty() && (key != 2 || rowKeys[1].isEmpty());
}

} // namespace

// One batch of an import in progress. Duplicates are found as findDuplicate() would
// find them, without a query per row: the stored leads matching the batch's keys are
// read once per key kind, and the rows the batch writes or queues are added as it goes.
struct LeadCommands::ImportState {
    struct Queued {
        Lead lead;
        qint64 stageId = 0;
        qsizetype row = 0;
        qsizetype outcome = 0;
        bool history = false; // created, entered and closed at the lead's own dates
    };

    ImportState(const Pipeline &p, const ImportBatch &b) : pipeline(p), batch(b), done{LeadChange::Kind::Created, p.id, {}, {}, {}}
    {
        rowKeys.reserve(b.rows.size());
        for (const ImportRow &row : b.rows)
            rowKeys.append({duplicateKey(p, row, kDuplicateKeys[0]), duplicateKey(p, row, kDuplicateKeys[1]),
                            duplicateKey(p, row, kDuplicateKeys[2])});
    }

    // The stored leads matching the keys of rows from `fromRow` on (again after an update,
    // which may have changed a lead's keys).
    Result<void> load(Database &db, qsizetype fromRow)
    {
        LeadRepository leads(db);
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k) {
            QStringList values;
            QSet<QString> seen;
            for (qsizetype row = fromRow; row < rowKeys.size(); ++row)
                if (const QString &v = rowKeys[row][k]; !v.isEmpty() && !seen.contains(v)) {
                    seen.insert(v);
                    values.append(v);
                }
            auto found = leads.firstIds(pipeline.id, kDuplicateKeys[k], values);
            if (!found)
                return std::unexpected(found.error());
            ids[k] = *found;
            if (batch.options.dryRun && batch.continuesRun) {
                auto lines = DryRunKeyRepository(db).lines(static_cast<int>(k), values);
                if (!lines)
                    return std::unexpected(lines.error());
                earlier[k] = *lines;
            }
        }
        return ok();
    }
    // A stored lead (leadId > 0), a queued row (leadId < 0: flush, then ask again) or,
    // in a dry run, the line of an earlier batch's row.
    struct Duplicate {
        qint64 leadId = 0;
        int line = 0;
    };
    // The duplicate of `row`, in findDuplicate()'s order of keys. Under one key a stored
    // lead comes first: an earlier batch's row would have been written after it.
    Duplicate find(qsizetype row) const
    {
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
            if (const QString &v = rowKeys[row][k]; looksUpBy(k, rowKeys[row])) {
                if (const auto it = ids[k].constFind(v); it != ids[k].cend())
                    return {*it, 0};
                if (const auto it = earlier[k].constFind(v); it != earlier[k].cend())
                    return {0, *it};
            }
        return {};
    }
    Duplicate findExternalId(const QString &externalId) const { return {ids[0].value(externalId), 0}; }
    // The keys of the rows the batch wrote or changed, with their lines: what a dry run
    // keeps for its later batches. One outcome per row, in the rows' order.
    QList<DryRunKeyRepository::Key> writtenKeys() const
    {
        Q_ASSERT(report.outcomes.size() == rowKeys.size());
        QList<DryRunKeyRepository::Key> keys;
        for (qsizetype row = 0; row < report.outcomes.size(); ++row) {
            const ImportOutcome::Status status = report.outcomes[row].status;
            if (status != ImportOutcome::Status::Imported && status != ImportOutcome::Status::Updated)
                continue;
            for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
                if (const QString &value = rowKeys[row][k]; !value.isEmpty())
                    keys.append({static_cast<int>(k), value, batch.rows[row].line});
        }
        return keys;
    }
    // In a dry run, the line of an earlier batch's row with `row`'s external id; 0 none.
    int earlierExternalIdLine(qsizetype row) const { return rowKeys[row][0].isEmpty() ? 0 : earlier[0].value(rowKeys[row][0]); }
    // Only the first lead with a value counts, as findDuplicate()'s ORDER BY id.
    // `id` < 0 is a queued row's; a written one's also names the lead by its line.
    void remember(qsizetype row, qint64 id)
    {
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
            if (const QString &v = rowKeys[row][k]; !v.isEmpty() && !ids[k].contains(v))
                ids[k].insert(v, id);
        if (id > 0)
            lineOfLead.insert(id, batch.rows[row].line);
    }
    void forget(qsizetype row, qint64 id)
    {
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
            if (const auto it = ids[k].find(rowKeys[row][k]); it != ids[k].end() && *it == id)
                ids[k].erase(it);
    }

    const Pipeline &pipeline;
    const ImportBatch &batch;
    ImportReport report;
    LeadChange done;
    QList<std::array<QString, 3>> rowKeys;     // normalised external id, e-mail, NIP of every row
    std::array<QHash<QString, qint64>, 3> ids; // value -> lead id; -(n + 1): the n-th queued row
    std::array<QHash<QString, int>, 3> earlier; // a dry run's earlier batches: value -> line
    // The leads this batch made -> their rows' lines: a duplicate of one is named by its
    // line, since a dry run (or an all-or-nothing import that fails) never keeps it.
    QHash<qint64, int> lineOfLead;
    QList<Queued> queued;
    LeadCommands::ImportWrites writes = LeadCommands::ImportWrites::MultiRow;
    bool multiRowWriteFailed = false;
};

LeadCommands::LeadCommands(Database &db, QDateTime now, qint64 actingUserId)
    : m_db(db), m_now(std::move(now)), m_userId(actingUserId)
{
}

Activity LeadCommands::activity(qint64 leadId, const QString &kind, const QString &rule) const
{
    Activity a;
    a.leadId = leadId;
    a.kind = kind;
    a.occurredAt = m_now;
    a.userId = m_userId;
    a.rule = rule;
    return a;
}

Result<void> LeadCommands::touch(qint64 leadId, const QDateTime &at)
{
    // Activity keeps a lead from rotting; it does not change the card, so no new version.
    if (auto r = m_db.exec(u"UPDATE leads SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?"_s,
                           {at.toMSecsSinceEpoch(), leadId, at.toMSecsSinceEpoch()});
        !r)
        return std::unexpected(r.error());
    return ok();
}

Result<Pipeline> LeadCommands::pipelineOf(qint64 leadId)
{
    auto pipelineId = LeadRepository(m_db).pipelineOf(leadId);
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    return PipelineRepository(m_db).load(*pipelineId);
}

Result<std::optional<User>> LeadCommands::findUser(const QString &nameOrEmail)
{
    if (const auto known = m_users.constFind(nameOrEmail); known != m_users.cend())
        return *known;
    auto user = UserRepository(m_db).find(nameOrEmail);
    if (user && *user)
        m_users.insert(nameOrEmail, **user);
    return user;
}

Result<QStringList> LeadCommands::applyInput(const Pipeline &pipeline, const FieldInput &input, Lead &lead)
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
                auto user = findUser(who);
                if (!user)
                    return std::unexpected(user.error());
                if (!*user && !m_createOwnersInTeam.isEmpty()) {
                    UserRepository users(m_db);
                    auto team = users.ensureTeam(m_createOwnersInTeam);
                    if (!team)
                        return std::unexpected(team.error());
                    User created;
                    created.name = who.simplified();
                    created.teamId = *team;
                    if (ValueParser::isValidEmail(who))
                        created.email = who.toLower();
                    auto id = users.insert(created, m_now);
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
            if (!m_lostReasons) {
                auto loaded = PipelineRepository(m_db).lostReasons();
                if (!loaded)
                    return std::unexpected(loaded.error());
                m_lostReasons = *loaded;
            }
            const QList<LostReason> *reasons = &*m_lostReasons;
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

Result<void> LeadCommands::recordFieldEdits(const Pipeline &pipeline, const Lead &before, const Lead &after,
                                            const QStringList &keys, const QString &rule)
{
    HistoryRepository history(m_db);
    for (const QString &key : keys) {
        Activity a = activity(after.id, u"field_edit"_s, rule);
        a.leadVersion = after.version;
        a.field = key;
        a.oldValue = valueText(pipeline, key, before);
        a.newValue = valueText(pipeline, key, after);
        if (auto r = history.appendActivity(a); !r)
            return std::unexpected(r.error());
    }
    return ok();
}

Result<void> LeadCommands::enterStage(const Pipeline &pipeline, Lead &lead, const Stage &target)
{
    lead.stageId = target.id;
    lead.stageEnteredAt = m_now;
    lead.lastActivityAt = m_now;
    lead.closedAt = target.isClosed() ? m_now : QDateTime();
    if (target.kind != StageKind::Lost)
        lead.values.remove(u"lost_reason"_s);
    if (target.kind == StageKind::Won && !lead.customerId) {
        auto customer = CustomerRepository(m_db).findOrCreate(lead, m_now);
        if (!customer)
            return std::unexpected(customer.error());
        lead.customerId = *customer;
    }
    Q_UNUSED(pipeline);
    return ok();
}

Error LeadCommands::refusal(const QList<GateRefusal> &refusals) const
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

Result<Lead> LeadCommands::create(const NewLead &request, LeadChange *change)
{
    auto pipeline = PipelineRepository(m_db).load(request.pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto id = createIn(*pipeline, request, change);
    if (!id)
        return std::unexpected(id.error());
    return LeadRepository(m_db).load(*pipeline, *id);
}

Error LeadCommands::noSuchStage(const Pipeline &pipeline, const QString &stageName)
{
    return Error::invalid(tr("the pipeline \"%1\" has no stage \"%2\"").arg(pipeline.name, stageName),
                          {{kStage, tr("no such stage: %1").arg(stageName)}});
}

Result<Lead> LeadCommands::prepareNew(const Pipeline &pipeline, const NewLead &request, const Stage **stageOut)
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
    lead.createdAt = lead.updatedAt = m_now;
    auto changed = applyInput(pipeline, input, lead);
    if (!changed)
        return std::unexpected(changed.error());
    const bool nameable = std::any_of(LeadFields::identityKeys().begin(), LeadFields::identityKeys().end(),
                                      [&](const QString &k) { return lead.isFilled(k); });
    if (!nameable)
        return std::unexpected(Error::invalid(tr("a lead needs a company, a person's name, an e-mail or an external id"),
                                              {{u"company"_s, tr("is empty, and so are the name, e-mail and external id")}}));
    GateRefusal gate = StageGate::check(pipeline, lead, *stage, m_now.date());
    if (!gate.missingFields.isEmpty() || !gate.failedCriteria.isEmpty())
        return std::unexpected(refusal({gate}));

    *stageOut = stage;
    return lead;
}

Result<qint64> LeadCommands::createIn(const Pipeline &pipeline, const NewLead &request, LeadChange *change)
{
    const Stage *stage = nullptr;
    auto prepared = prepareNew(pipeline, request, &stage);
    if (!prepared)
        return std::unexpected(prepared.error());
    Lead lead = *prepared;

    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (!lead.value(u"external_id"_s).toString().isEmpty()) {
        auto dup = LeadRepository(m_db).findDuplicate(pipeline.id, lead.value(u"external_id"_s).toString(), {}, {});
        if (!dup)
            return std::unexpected(dup.error());
        if (*dup)
            return std::unexpected(Error::invalid(tr("lead %1 already has the external id %2").arg(**dup).arg(lead.value(u"external_id"_s).toString()),
                                                  {{u"external_id"_s, tr("is already used by lead %1").arg(**dup)}}));
    }
    if (auto r = enterStage(pipeline, lead, *stage); !r)
        return std::unexpected(r.error());
    auto id = LeadRepository(m_db).insert(pipeline, lead);
    if (!id)
        return std::unexpected(id.error());
    lead.id = *id;
    if (stage->kind == StageKind::Won) {
        // The customer was created before the lead had an id.
        if (auto r = CustomerRepository(m_db).nameFirstLead(lead.customerId, lead.id); !r)
            return std::unexpected(r.error());
    }
    if (auto r = HistoryRepository(m_db).appendCreations(pipeline.id, {{lead.id, stage->id}}, m_now, m_userId, request.rule); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Created, pipeline.id, {lead.id}, {}, {stage->id}};
    return lead.id;
}

Result<Lead> LeadCommands::update(const LeadEdit &request, LeadChange *change)
{
    auto pipeline = pipelineOf(request.leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    auto before = LeadRepository(m_db).load(*pipeline, request.leadId);
    if (!before)
        return std::unexpected(before.error());
    if (request.expectedVersion && before->version != request.expectedVersion) {
        auto fields = HistoryRepository(m_db).fieldsChangedSince(request.leadId, request.expectedVersion);
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
    if (changed->isEmpty()) {
        // Nothing to write, but the unit still ends as a success: left to roll back, it
        // would doom a transaction it joined (a row of an import updating nothing).
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        return after;
    }
    const Stage *stage = pipeline->stage(after.stageId);
    // An edit may not take away what the current stage requires.
    if (stage) {
        const GateRefusal was = StageGate::check(*pipeline, *before, *stage, m_now.date());
        GateRefusal now = StageGate::check(*pipeline, after, *stage, m_now.date());
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
    after.updatedAt = m_now;
    auto written = LeadRepository(m_db).update(*pipeline, after, before->version);
    if (!written)
        return std::unexpected(written.error());
    if (!*written)
        return std::unexpected(Error{Error::Code::Conflict, tr("lead %1 was changed by someone else while saving").arg(after.id), {}, {}, {}, 0});
    if (auto r = recordFieldEdits(*pipeline, *before, after, *changed, request.rule); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, pipeline->id, {after.id}, {after.stageId}, {after.stageId}};
    return load(after.id);
}

Result<QList<Lead>> LeadCommands::move(const MoveRequest &request, LeadChange *change)
{
    if (request.leadIds.isEmpty())
        return std::unexpected(Error::invalid(tr("no leads to move")));
    auto pipelineId = m_db.scalar(u"SELECT pipeline_id FROM stages WHERE id = ?"_s, {request.stageId});
    if (!pipelineId)
        return std::unexpected(pipelineId.error());
    if (pipelineId->isNull())
        return std::unexpected(Error::notFound(tr("no stage with id %1").arg(request.stageId)));
    auto pipeline = PipelineRepository(m_db).load(pipelineId->toLongLong());
    if (!pipeline)
        return std::unexpected(pipeline.error());
    const Stage &target = *pipeline->stage(request.stageId);

    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    LeadRepository leads(m_db);
    QList<Lead> befores;
    QList<Lead> afters;
    QList<QStringList> changedKeys;
    QList<GateRefusal> refusals;
    for (const qint64 id : request.leadIds) {
        auto before = leads.load(*pipeline, id);
        if (!before)
            return std::unexpected(before.error());
        if (before->pipelineId != pipeline->id)
            return std::unexpected(Error::invalid(tr("lead %1 is not in the pipeline \"%2\"").arg(id).arg(pipeline->name)));
        const int expected = request.expectedVersions.value(id, 0);
        if (expected && expected != before->version) {
            auto fields = HistoryRepository(m_db).fieldsChangedSince(id, expected);
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
        GateRefusal gate = StageGate::check(*pipeline, after, target, m_now.date());
        if (!gate.missingFields.isEmpty() || !gate.failedCriteria.isEmpty())
            refusals.append(gate);
        befores.append(*before);
        afters.append(after);
        changedKeys.append(*changed);
    }
    if (!refusals.isEmpty())
        return std::unexpected(refusal(refusals));

    HistoryRepository history(m_db);
    QList<Lead> result;
    LeadChange done{LeadChange::Kind::Moved, pipeline->id, {}, {}, {}};
    for (qsizetype i = 0; i < afters.size(); ++i) {
        Lead &after = afters[i];
        const Lead &before = befores[i];
        if (before.stageId == target.id && changedKeys[i].isEmpty())
            continue; // already there: nothing to write
        after.version = before.version + 1;
        after.updatedAt = m_now;
        if (before.stageId != target.id)
            if (auto r = enterStage(*pipeline, after, target); !r)
                return std::unexpected(r.error());
        auto written = leads.update(*pipeline, after, before.version);
        if (!written)
            return std::unexpected(written.error());
        if (!*written)
            return std::unexpected(Error{Error::Code::Conflict, tr("lead %1 was changed by someone else while moving").arg(after.id), {}, {}, {}, 0});
        if (target.kind == StageKind::Lost && !request.note.isEmpty())
            if (auto r = m_db.exec(u"UPDATE leads SET lost_comment = ? WHERE id = ?"_s, {request.note, after.id}); !r)
                return std::unexpected(r.error());
        if (auto r = recordFieldEdits(*pipeline, before, after, changedKeys[i], request.rule); !r)
            return std::unexpected(r.error());
        if (before.stageId != target.id) {
            if (auto r = history.appendStageChange({after.id, pipeline->id, before.stageId, target.id, m_now, m_userId,
                                                    request.rule, request.note, false});
                !r)
                return std::unexpected(r.error());
            // The version a move produced names "stage" in a later conflict.
            Activity moved = activity(after.id, u"stage_change"_s, request.rule);
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
    if (auto r = tx.commit(); !r)
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

Result<Lead> LeadCommands::load(qint64 leadId)
{
    auto pipeline = pipelineOf(leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return LeadRepository(m_db).load(*pipeline, leadId);
}

Result<QList<TimelineEntry>> LeadCommands::timeline(qint64 leadId)
{
    auto pipeline = pipelineOf(leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return HistoryRepository(m_db).timeline(*pipeline, leadId);
}

Result<Activity> LeadCommands::logActivity(const NewActivity &request, LeadChange *change)
{
    if (!Activity::loggableKinds().contains(request.kind))
        return std::unexpected(Error::invalid(tr("\"%1\" is not an activity type (one of %2)")
                                                  .arg(request.kind, Activity::loggableKinds().join(u", "_s)),
                                              {{u"kind"_s, tr("unknown activity type")}}));
    if (request.subject.size() > ValueParser::MaxTextLength || request.body.size() > ValueParser::MaxLongTextLength)
        return std::unexpected(Error::invalid(tr("the activity text is too long"), {{u"subject"_s, tr("is too long")}}));
    auto pipeline = pipelineOf(request.leadId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    Activity a = activity(request.leadId, request.kind, request.rule);
    if (request.occurredAt.isValid())
        a.occurredAt = request.occurredAt.toUTC();
    a.subject = request.subject.trimmed();
    a.body = request.body.trimmed();
    auto id = HistoryRepository(m_db).appendActivity(a);
    if (!id)
        return std::unexpected(id.error());
    a.id = *id;
    if (auto r = touch(a.leadId, a.occurredAt); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, pipeline->id, {a.leadId}, {}, {}};
    return a;
}

Result<Task> LeadCommands::createTask(const NewTask &request, LeadChange *change)
{
    const QString title = request.title.simplified();
    if (title.isEmpty() || title.size() > ValueParser::MaxTextLength)
        return std::unexpected(Error::invalid(tr("a task needs a title of at most %1 characters").arg(ValueParser::MaxTextLength),
                                              {{u"title"_s, title.isEmpty() ? tr("is empty") : tr("is too long")}}));
    if (!request.dueAt.isValid())
        return std::unexpected(Error::invalid(tr("a task needs a due date"), {{u"due"_s, tr("is empty")}}));
    auto lead = load(request.leadId);
    if (!lead)
        return std::unexpected(lead.error());
    Task t;
    t.leadId = lead->id;
    t.title = title;
    t.dueAt = request.dueAt.toUTC();
    t.ownerId = lead->ownerId;
    t.createdAt = m_now;
    t.rule = request.rule;
    if (!request.owner.isEmpty()) {
        auto user = UserRepository(m_db).find(request.owner);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            return std::unexpected(Error::invalid(tr("no user named \"%1\"").arg(request.owner), {{u"owner"_s, tr("unknown user")}}));
        t.ownerId = (*user)->id;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    auto id = TaskRepository(m_db).insert(t);
    if (!id)
        return std::unexpected(id.error());
    t.id = *id;
    Activity a = activity(t.leadId, u"task_created"_s, request.rule);
    a.subject = t.title;
    a.body = t.dueAt.toString(Qt::ISODate);
    if (auto r = HistoryRepository(m_db).appendActivity(a); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    *change = LeadChange{LeadChange::Kind::Updated, lead->pipelineId, {lead->id}, {}, {}};
    return t;
}

Result<Task> LeadCommands::completeTask(qint64 taskId, LeadChange *change)
{
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    TaskRepository tasks(m_db);
    auto task = tasks.load(taskId);
    if (!task)
        return std::unexpected(task.error());
    if (task->isDone())
        return std::unexpected(Error::invalid(tr("task %1 is already done").arg(taskId)));
    if (auto r = tasks.setDone(taskId, m_now); !r)
        return std::unexpected(r.error());
    Activity a = activity(task->leadId, u"task_done"_s);
    a.subject = task->title;
    if (auto r = HistoryRepository(m_db).appendActivity(a); !r)
        return std::unexpected(r.error());
    if (auto r = touch(task->leadId, m_now); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    auto pipelineId = LeadRepository(m_db).pipelineOf(task->leadId);
    *change = LeadChange{LeadChange::Kind::Updated, pipelineId.value_or(0), {task->leadId}, {}, {}};
    task->doneAt = m_now;
    return *task;
}

Result<Task> LeadCommands::rescheduleTask(qint64 taskId, const QDateTime &dueAt, LeadChange *change)
{
    if (!dueAt.isValid())
        return std::unexpected(Error::invalid(tr("a task needs a due date"), {{u"due"_s, tr("is empty")}}));
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    TaskRepository tasks(m_db);
    auto task = tasks.load(taskId);
    if (!task)
        return std::unexpected(task.error());
    if (task->isDone())
        return std::unexpected(Error::invalid(tr("task %1 is done and cannot be rescheduled").arg(taskId)));
    if (auto r = tasks.setDue(taskId, dueAt.toUTC()); !r)
        return std::unexpected(r.error());
    Activity a = activity(task->leadId, u"task_rescheduled"_s);
    a.subject = task->title;
    a.oldValue = task->dueAt.toString(Qt::ISODate);
    a.newValue = dueAt.toUTC().toString(Qt::ISODate);
    if (auto r = HistoryRepository(m_db).appendActivity(a); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    auto pipelineId = LeadRepository(m_db).pipelineOf(task->leadId);
    *change = LeadChange{LeadChange::Kind::Updated, pipelineId.value_or(0), {task->leadId}, {}, {}};
    task->dueAt = dueAt.toUTC();
    return *task;
}

Result<QList<Task>> LeadCommands::tasks(qint64 leadId)
{
    if (auto p = LeadRepository(m_db).pipelineOf(leadId); !p)
        return std::unexpected(p.error());
    return TaskRepository(m_db).forLead(leadId);
}

Result<StagePage> LeadCommands::page(qint64 pipelineId, const PageRequest &request)
{
    if (auto r = checkFilter(request.filter); !r)
        return std::unexpected(r.error());
    auto pipeline = PipelineRepository(m_db).load(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return LeadRepository(m_db).page(*pipeline, request, m_now);
}

Result<QList<StageTotals>> LeadCommands::totals(qint64 pipelineId, const LeadFilter &filter)
{
    if (auto r = checkFilter(filter); !r)
        return std::unexpected(r.error());
    auto pipeline = PipelineRepository(m_db).load(pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return LeadRepository(m_db).totals(*pipeline, filter, m_now);
}

Result<void> LeadCommands::checkFilter(const LeadFilter &filter) const
{
    // An empty range would show an empty board with no hint why.
    if (filter.minScore && filter.maxScore && *filter.minScore > *filter.maxScore)
        return std::unexpected(Error::invalid(
            tr("the lowest score %1 is above the highest %2").arg(*filter.minScore).arg(*filter.maxScore)));
    return ok();
}

Result<int> LeadCommands::recordHistory(const QList<HistoricLead> &records)
{
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    PipelineRepository pipelines(m_db);
    auto all = pipelines.loadAll();
    if (!all)
        return std::unexpected(all.error());
    LeadRepository leads(m_db);
    HistoryRepository history(m_db);
    TaskRepository tasks(m_db);
    int written = 0;
    for (const HistoricLead &record : records) {
        const auto pipeline = std::find_if(all->begin(), all->end(), [&](const Pipeline &p) { return p.id == record.lead.pipelineId; });
        if (pipeline == all->end() || !pipeline->stage(record.lead.stageId))
            return std::unexpected(Error::invalid(tr("record %1 names a pipeline or stage that does not exist").arg(written + 1)));
        auto id = leads.insert(*pipeline, record.lead);
        if (!id)
            return std::unexpected(id.error());
        if (record.lead.stageId && pipeline->stage(record.lead.stageId)->kind == StageKind::Lost && !record.lostComment.isEmpty())
            if (auto r = m_db.exec(u"UPDATE leads SET lost_comment = ? WHERE id = ?"_s, {record.lostComment, *id}); !r)
                return std::unexpected(r.error());
        for (const HistoricLead::Move &m : record.moves)
            if (auto r = history.appendStageChange({*id, pipeline->id, m.fromStageId, m.toStageId, m.at, m.userId, {}, {}, true}); !r)
                return std::unexpected(r.error());
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
        ++written;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return written;
}

ImportOutcome LeadCommands::importRow(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                      LeadChange *change)
{
    ImportOutcome outcome;
    outcome.line = row.line;
    const auto reject = [&](const QString &reason) {
        outcome.status = ImportOutcome::Status::Rejected;
        outcome.reason = reason;
        return outcome;
    };
    const auto normalized = [&](const QString &key) { return duplicateKey(pipeline, row, key); };
    if (options.dedupe != ImportOptions::Dedupe::Allow) {
        const std::array<QString, 3> keys{normalized(kDuplicateKeys[0]), normalized(kDuplicateKeys[1]), normalized(kDuplicateKeys[2])};
        auto duplicate = LeadRepository(m_db).findDuplicate(pipeline.id, keys[0], keys[1], looksUpBy(2, keys) ? keys[2] : QString());
        if (!duplicate)
            return reject(duplicate.error().message);
        if (*duplicate) {
            outcome.leadId = **duplicate;
            if (options.dedupe == ImportOptions::Dedupe::Skip) {
                outcome.status = ImportOutcome::Status::Skipped;
                outcome.reason = tr("duplicate of lead %1 (same external id, e-mail or NIP)").arg(**duplicate);
                return outcome;
            }
            // Fill and change: an empty cell does not clear what the lead has.
            FieldInput fields;
            for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
                if (!it.value().trimmed().isEmpty())
                    fields.insert(it.key(), it.value());
            // A stage column moves the lead, through its gate, after the fields are in:
            // the row's values can be what the stage asks for.
            QString stageName = row.stage.trimmed();
            if (fields.contains(kStage))
                stageName = fields.take(kStage).trimmed();
            const Stage *target = stageName.isEmpty() ? nullptr : pipeline.stageByName(stageName);
            if (!stageName.isEmpty() && !target)
                return reject(noSuchStage(pipeline, stageName).message);
            FieldInput moveFields;
            if (target && target->kind == StageKind::Lost) {
                const QString reason = fields.take(u"lost_reason"_s).trimmed();
                moveFields.insert(u"lost_reason"_s, reason.isEmpty() ? options.defaultLostReason : reason);
            }
            LeadChange updatedChange;
            auto updated = update(LeadEdit{**duplicate, 0, fields, u"import"_s}, &updatedChange);
            if (!updated)
                return reject(updated.error().message);
            if (target && target->id != updated->stageId) {
                LeadChange movedChange;
                // Its own savepoint: a refused move must not undo the update it may keep.
                Savepoint moveUnit(m_db);
                if (!moveUnit.started())
                    return reject(moveUnit.started().error().message);
                auto moved = move(MoveRequest{{updated->id}, target->id, moveFields, {}, {}, u"import"_s}, &movedChange);
                if (moved)
                    if (auto r = moveUnit.release(); !r)
                        moved = std::unexpected(r.error());
                if (!moved && moved.error().code == Error::Code::Refused && options.gate == ImportOptions::Gate::FirstStage) {
                    // Keep the lead where it is (moving it back to the first stage would undo work).
                    const Stage *current = pipeline.stage(updated->stageId);
                    outcome.reason = tr("stays in %1: %2").arg(current ? current->name : QString(), moved.error().message);
                } else if (!moved) {
                    return reject(moved.error().message); // the row's savepoint undoes the update too
                } else {
                    if (updatedChange.leadIds.isEmpty())
                        updatedChange.leadIds = movedChange.leadIds; // moved, its fields unchanged
                    updatedChange.fromStageIds += movedChange.fromStageIds;
                    updatedChange.toStageIds += movedChange.toStageIds;
                }
            }
            if (updatedChange.leadIds.isEmpty()) {
                // Nothing in the row differs from the lead: nothing written, nothing recorded.
                outcome.status = ImportOutcome::Status::Skipped;
                outcome.reason = outcome.reason.isEmpty() ? tr("lead %1 already has these values").arg(updated->id)
                                                          : tr("lead %1 unchanged: %2").arg(updated->id).arg(outcome.reason);
                return outcome;
            }
            outcome.status = ImportOutcome::Status::Updated;
            change->leadIds += updatedChange.leadIds;
            change->fromStageIds += updatedChange.fromStageIds;
            change->toStageIds += updatedChange.toStageIds;
            return outcome;
        }
    }
    if (row.hasHistory() || (pipeline.stageByName(row.stage) && pipeline.stageByName(row.stage)->isClosed())) {
        auto id = importHistoric(pipeline, row, options, &outcome, change);
        if (!id)
            return reject(id.error().message);
        outcome.status = ImportOutcome::Status::Imported;
        outcome.leadId = *id;
        return outcome;
    }
    LeadChange createdChange;
    // The batch's pipeline, loaded once: a row costs its own statements only.
    auto created = createIn(pipeline, NewLead{pipeline.id, row.stage, row.fields, u"import"_s}, &createdChange);
    if (!created && created.error().code == Error::Code::Refused && options.gate == ImportOptions::Gate::FirstStage) {
        const Stage *wanted = pipeline.stageByName(row.stage);
        const Stage *first = pipeline.firstStage();
        // Only an open stage falls back: a won or lost row is history, not work to redo.
        if (wanted && first && wanted->kind == StageKind::Open && wanted->id != first->id) {
            const QString why = created.error().message;
            created = createIn(pipeline, NewLead{pipeline.id, first->name, row.fields, u"import"_s}, &createdChange);
            outcome.reason = tr("placed in %1 instead: %2").arg(first->name, why);
        }
    }
    if (!created)
        return reject(created.error().message);
    outcome.status = ImportOutcome::Status::Imported;
    outcome.leadId = *created;
    change->leadIds += createdChange.leadIds;
    change->toStageIds += createdChange.toStageIds;
    return outcome;
}

Result<ImportReport> LeadCommands::importRows(const ImportBatch &batch, LeadChange *change)
{
    auto pipeline = PipelineRepository(m_db).load(batch.pipelineId);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    const bool dryRun = batch.options.dryRun;
    DryRunKeyRepository dryRunKeys(m_db);
    if (dryRun && (batch.continuesRun || !batch.endsRun))
        if (auto r = dryRunKeys.open(!batch.continuesRun); !r)
            return std::unexpected(r.error());
    bool retryRowByRow = false;
    QList<DryRunKeyRepository::Key> wouldWrite;
    auto report = importBatch(*pipeline, batch, ImportWrites::MultiRow, change, &retryRowByRow, &wouldWrite);
    // A statement failed that the checks did not foresee: the batch again, each row on its
    // own, so each stands or falls alone with its own reason.
    if (retryRowByRow)
        report = importBatch(*pipeline, batch, ImportWrites::RowByRow, change, nullptr, &wouldWrite);
    if (!report || !dryRun)
        return report;
    // The batch is rolled back by now: what it would have written is kept for the rest
    // of the run, or, at its end, let go.
    if (!batch.endsRun) {
        if (auto r = dryRunKeys.add(wouldWrite); !r)
            return std::unexpected(r.error());
    } else if (batch.continuesRun) {
        if (auto r = dryRunKeys.close(); !r)
            return std::unexpected(r.error());
    }
    return report;
}

Result<void> LeadCommands::dryRunUpdate(ImportState &state, qsizetype rowIndex, int line)
{
    const ImportRow &row = state.batch.rows[rowIndex];
    ImportOutcome outcome;
    outcome.line = row.line;
    const auto done = [&](ImportOutcome::Status status, const QString &reason) {
        outcome.status = status;
        outcome.reason = reason;
        state.report.outcomes.append(outcome);
        return ok();
    };
    // As importRow() fills a lead: an empty cell changes nothing, a stage column moves.
    FieldInput fields;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
        if (!it.value().trimmed().isEmpty())
            fields.insert(it.key(), it.value());
    const QString stageName = fields.contains(kStage) ? fields.take(kStage).trimmed() : row.stage.trimmed();
    if (!stageName.isEmpty() && !state.pipeline.stageByName(stageName))
        return done(ImportOutcome::Status::Rejected, noSuchStage(state.pipeline, stageName).message);
    Lead probe;
    probe.pipelineId = state.pipeline.id;
    if (auto applied = applyInput(state.pipeline, fields, probe); !applied)
        return done(ImportOutcome::Status::Rejected, applied.error().message);
    return done(ImportOutcome::Status::Updated, tr("updates the lead of line %1").arg(line));
}

Result<ImportReport> LeadCommands::importBatch(const Pipeline &pipeline, const ImportBatch &batch, ImportWrites writes,
                                               LeadChange *change, bool *retryRowByRow,
                                               QList<DryRunKeyRepository::Key> *dryRunKeys)
{
    // Alone, the batch is one transaction. Inside an import's own transaction (all or
    // nothing, LocalImportTransaction) it is a savepoint of it, so that a multi-row
    // write that fails undoes this batch alone before the retry row by row.
    const bool insideImport = m_db.inTransaction();
    std::optional<Transaction> tx;
    std::optional<Savepoint> savepoint;
    if (insideImport)
        savepoint.emplace(m_db);
    else
        tx.emplace(m_db);
    if (const Result<void> &started = insideImport ? savepoint->started() : tx->started(); !started)
        return std::unexpected(started.error());
    m_createOwnersInTeam = batch.options.createOwnersInTeam.simplified();
    // A batch run again (row by row) may have lost the owners and customers it made.
    m_users.clear();
    m_customers.clear();
    ImportState state(pipeline, batch);
    state.writes = writes;
    const auto failed = [&](const Error &error) -> Result<ImportReport> {
        if (state.multiRowWriteFailed && retryRowByRow)
            *retryRowByRow = true;
        return std::unexpected(error); // `tx` or `savepoint` rolls the batch back
    };
    if (auto r = state.load(m_db, 0); !r)
        return std::unexpected(r.error());
    for (qsizetype i = 0; i < batch.rows.size(); ++i)
        if (auto r = importInBatch(state, i); !r)
            return failed(r.error());
    if (auto r = flushQueued(state); !r)
        return failed(r.error());
    if (batch.options.dryRun) {
        *dryRunKeys = state.writtenKeys();
        return state.report; // the unit of work rolls back: nothing written
    }
    if (auto r = insideImport ? savepoint->release() : tx->commit(); !r)
        return std::unexpected(r.error());
    *change = state.done;
    return state.report;
}

Result<ImportOutcome> LeadCommands::importRowAlone(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                                   LeadChange *change)
{
    Savepoint savepoint(m_db);
    if (!savepoint.started())
        return std::unexpected(savepoint.started().error());
    ImportOutcome outcome = importRow(pipeline, row, options, change);
    const bool wrote = outcome.status == ImportOutcome::Status::Imported || outcome.status == ImportOutcome::Status::Updated;
    if (wrote) {
        if (auto r = savepoint.release(); !r) {
            outcome.status = ImportOutcome::Status::Rejected;
            outcome.reason = r.error().message;
        }
    }
    return outcome;
}

Result<void> LeadCommands::importInBatch(ImportState &state, qsizetype rowIndex)
{
    const ImportRow &row = state.batch.rows[rowIndex];
    const ImportOptions &options = state.batch.options;
    const Pipeline &pipeline = state.pipeline;
    ImportOutcome outcome;
    outcome.line = row.line;
    const auto alone = [&]() -> Result<void> {
        if (auto r = flushQueued(state); !r) // earlier rows first: this one may be their duplicate
            return r;
        auto done = importRowAlone(pipeline, row, options, &state.done);
        if (!done)
            return std::unexpected(done.error());
        state.report.outcomes.append(*done);
        if (done->status == ImportOutcome::Status::Imported)
            state.remember(rowIndex, done->leadId);
        else if (done->status == ImportOutcome::Status::Updated)
            return state.load(m_db, rowIndex + 1);
        return ok();
    };
    const auto reject = [&](const QString &reason) {
        outcome.status = ImportOutcome::Status::Rejected;
        outcome.reason = reason;
        state.report.outcomes.append(outcome);
        return ok();
    };
    // A duplicate of a queued row needs its id: write the queue, then ask again.
    const auto duplicate = [&](auto find) -> Result<ImportState::Duplicate> {
        ImportState::Duplicate found = find();
        if (found.leadId < 0) {
            if (auto r = flushQueued(state); !r)
                return std::unexpected(r.error());
            found = find();
        }
        return found;
    };

    const bool rowByRow = state.writes == ImportWrites::RowByRow;
    if (options.dedupe != ImportOptions::Dedupe::Allow) {
        // Row by row, importRow() finds stored duplicates itself: only a dry run's
        // earlier rows are looked up here.
        auto found = rowByRow ? Result<ImportState::Duplicate>(state.find(rowIndex))
                              : duplicate([&] { return state.find(rowIndex); });
        if (!found)
            return std::unexpected(found.error());
        if (found->line > 0 && options.dedupe == ImportOptions::Dedupe::Update)
            return dryRunUpdate(state, rowIndex, found->line);
        if (found->line > 0 || (found->leadId > 0 && !rowByRow && options.dedupe == ImportOptions::Dedupe::Skip)) {
            const int line = found->line > 0 ? found->line : state.lineOfLead.value(found->leadId);
            outcome.status = ImportOutcome::Status::Skipped;
            outcome.leadId = options.dryRun ? 0 : found->leadId; // a dry run's leads are gone
            outcome.reason = line > 0 ? tr("duplicate of the row on line %1 (same external id, e-mail or NIP)").arg(line)
                                      : tr("duplicate of lead %1 (same external id, e-mail or NIP)").arg(found->leadId);
            state.report.outcomes.append(outcome);
            return ok();
        }
        if (found->leadId > 0)
            return alone(); // fills and changes the stored lead, or (row by row) finds it again
    }
    // With --dedupe allow an external id still names one lead: in a dry run, an earlier
    // batch's row may hold it.
    if (const int line = state.earlierExternalIdLine(rowIndex))
        return reject(tr("the row on line %1 already has the external id %2").arg(line).arg(state.rowKeys[rowIndex][0]));
    if (rowByRow)
        return alone();
    const Stage *wanted = pipeline.stageByName(row.stage);
    // A row that creates its owner goes alone, so that a rejection takes the new user
    // back; once the owner exists, the owner's other rows join the batch.
    if (!m_createOwnersInTeam.isEmpty()) {
        for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
            if (it.key().trimmed().toLower() != kOwner || it.value().trimmed().isEmpty())
                continue;
            auto owner = findUser(it.value().trimmed());
            if (!owner)
                return std::unexpected(owner.error());
            if (!*owner)
                return alone();
        }
    }
    // True when no lead has the row's external id; otherwise the row is rejected.
    const auto externalIdFree = [&](const Lead &lead) -> Result<bool> {
        const QString externalId = lead.value(u"external_id"_s).toString();
        if (externalId.isEmpty())
            return true;
        auto found = duplicate([&] { return state.findExternalId(externalId); });
        if (!found)
            return std::unexpected(found.error());
        if (found->leadId <= 0)
            return true;
        if (const int line = state.lineOfLead.value(found->leadId))
            (void)reject(tr("the row on line %1 already has the external id %2").arg(line).arg(externalId));
        else
            (void)reject(tr("lead %1 already has the external id %2").arg(found->leadId).arg(externalId));
        return false;
    };
    const auto queue = [&](const Lead &lead, bool history) {
        outcome.status = ImportOutcome::Status::Imported; // the id comes with flushQueued()
        state.queued.append({lead, lead.stageId, rowIndex, state.report.outcomes.size(), history});
        state.report.outcomes.append(outcome);
        state.remember(rowIndex, -state.queued.size());
        return ok();
    };
    if (row.hasHistory() || (wanted && wanted->isClosed())) {
        auto lead = prepareHistoric(pipeline, row, options, &outcome);
        if (!lead)
            return reject(lead.error().message);
        auto free = externalIdFree(*lead);
        if (!free || !*free)
            return free ? ok() : Result<void>(std::unexpected(free.error()));
        if (auto r = attachCustomer(pipeline, *lead); !r)
            return reject(r.error().message);
        return queue(*lead, true);
    }

    const Stage *stage = nullptr;
    auto lead = prepareNew(pipeline, NewLead{pipeline.id, row.stage, row.fields, u"import"_s}, &stage);
    if (!lead && lead.error().code == Error::Code::Refused && options.gate == ImportOptions::Gate::FirstStage) {
        const Stage *first = pipeline.firstStage();
        // Only an open stage falls back: a won or lost row is history, not work to redo.
        if (wanted && first && wanted->kind == StageKind::Open && wanted->id != first->id) {
            const QString why = lead.error().message;
            lead = prepareNew(pipeline, NewLead{pipeline.id, first->name, row.fields, u"import"_s}, &stage);
            outcome.reason = tr("placed in %1 instead: %2").arg(first->name, why);
        }
    }
    if (!lead)
        return reject(lead.error().message);
    if (stage->kind != StageKind::Open) // a won or lost stage given in the fields: createIn()'s own path
        return alone();
    auto free = externalIdFree(*lead);
    if (!free || !*free)
        return free ? ok() : Result<void>(std::unexpected(free.error()));
    if (auto r = enterStage(pipeline, *lead, *stage); !r)
        return reject(r.error().message);
    return queue(*lead, false);
}

Result<void> LeadCommands::flushQueued(ImportState &state)
{
    if (state.queued.isEmpty())
        return ok();
    const QList<ImportState::Queued> queued = std::exchange(state.queued, {});
    QList<Lead> leads;
    leads.reserve(queued.size());
    for (const ImportState::Queued &q : queued)
        leads.append(q.lead);
    const auto failed = [&](const Error &error) -> Result<void> {
        state.multiRowWriteFailed = true;
        return std::unexpected(error);
    };
    LeadRepository repository(m_db);
    auto ids = repository.insertMany(state.pipeline, leads);
    if (!ids)
        return failed(ids.error());
    if (auto r = repository.refreshIdStatistics(leads.size()); !r)
        return failed(r.error());
    QList<HistoryRepository::Created> created;
    QList<Lead> historic;
    QList<qint64> historicIds;
    created.reserve(queued.size());
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (queued[i].history) {
            historic.append(queued[i].lead);
            historicIds.append((*ids)[i]);
        } else {
            created.append({(*ids)[i], queued[i].stageId});
        }
    }
    if (auto r = HistoryRepository(m_db).appendCreations(state.pipeline.id, created, m_now, m_userId, u"import"_s); !r)
        return failed(r.error());
    if (auto r = recordImportedHistory(state.pipeline, historic, historicIds); !r)
        return failed(r.error());
    for (qsizetype i = 0; i < queued.size(); ++i) {
        const ImportState::Queued &q = queued[i];
        const qint64 id = (*ids)[i];
        state.forget(q.row, -(i + 1));
        state.report.outcomes[q.outcome].leadId = id;
        state.done.leadIds.append(id);
        state.done.toStageIds.append(q.stageId);
        state.remember(q.row, id);
    }
    return ok();
}

Result<Lead> LeadCommands::prepareHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                           ImportOutcome *outcome)
{
    const Stage *stage = row.stage.isEmpty() ? pipeline.firstStage() : pipeline.stageByName(row.stage);
    if (!stage)
        return std::unexpected(noSuchStage(pipeline, row.stage));
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
        created = entered.isValid() ? entered : (closed.isValid() ? closed : (lastActivity.isValid() ? lastActivity : m_now));
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
    if (created > m_now)
        return std::unexpected(Error::invalid(tr("created_at is in the future: %1").arg(created.toString(Qt::ISODate))));
    if (lastActivity > m_now)
        return std::unexpected(Error::invalid(tr("last_activity_at is in the future: %1").arg(lastActivity.toString(Qt::ISODate))));

    Lead lead;
    lead.pipelineId = pipeline.id;
    lead.version = 1;
    auto applied = applyInput(pipeline, row.fields, lead);
    if (!applied)
        return std::unexpected(applied.error());
    const bool nameable = std::any_of(LeadFields::identityKeys().begin(), LeadFields::identityKeys().end(),
                                      [&](const QString &k) { return lead.isFilled(k); });
    if (!nameable)
        return std::unexpected(Error::invalid(tr("a lead needs a company, a person's name, an e-mail or an external id")));
    if (stage->kind == StageKind::Lost && !lead.isFilled(u"lost_reason"_s)) {
        if (options.defaultLostReason.isEmpty())
            return std::unexpected(Error::invalid(tr("a lost row needs a lost reason (or give one for all with --lost-reason)"),
                                                  {{u"lost_reason"_s, tr("is empty")}}));
        auto withReason = applyInput(pipeline, {{u"lost_reason"_s, options.defaultLostReason}}, lead);
        if (!withReason)
            return std::unexpected(withReason.error());
        outcome->lostReasonDefaulted = true;
    }
    // Closed history is recorded as it happened; an open lead still meets its stage's gate.
    if (!stage->isClosed()) {
        const GateRefusal gate = StageGate::check(pipeline, lead, *stage, m_now.date());
        if (!gate.missingFields.isEmpty() || !gate.failedCriteria.isEmpty())
            return std::unexpected(refusal({gate}));
    }
    lead.stageId = stage->id;
    lead.createdAt = created;
    lead.updatedAt = m_now;
    lead.stageEnteredAt = entered;
    // Entering the stage and closing are activity too: the last is the latest of them.
    lead.lastActivityAt = std::max({entered, closed.isValid() ? closed : entered, lastActivity.isValid() ? lastActivity : entered});
    lead.closedAt = closed;
    return lead;
}

Result<void> LeadCommands::attachCustomer(const Pipeline &pipeline, Lead &lead)
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
    if (const auto known = m_customers.constFind(key); !key.isEmpty() && known != m_customers.cend()) {
        lead.customerId = *known;
        return ok();
    }
    bool created = false;
    auto customer = CustomerRepository(m_db).findOrCreate(lead, lead.closedAt, &created);
    if (!customer)
        return std::unexpected(customer.error());
    if (!created && !key.isEmpty())
        m_customers.insert(key, *customer);
    lead.customerId = *customer;
    return ok();
}

Result<void> LeadCommands::recordImportedHistory(const Pipeline &pipeline, const QList<Lead> &leads, const QList<qint64> &ids)
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
        changes.append({id, pipeline.id, 0, first->id, lead.createdAt, m_userId, u"import"_s, {}, true});
        if (lead.stageId != first->id)
            changes.append({id, pipeline.id, first->id, lead.stageId, lead.stageEnteredAt, m_userId, u"import"_s, {}, true});
        Activity created = activity(id, u"created"_s, u"import"_s);
        created.occurredAt = lead.createdAt;
        created.leadVersion = 1;
        entries.append(created);
        // A customer made for this lead names it as its first.
        if (lead.customerId && !named.contains(lead.customerId)) {
            named.insert(lead.customerId);
            if (auto r = CustomerRepository(m_db).nameFirstLead(lead.customerId, id); !r)
                return std::unexpected(r.error());
        }
    }
    HistoryRepository history(m_db);
    if (auto r = history.appendStageChanges(changes); !r)
        return r;
    return history.appendActivities(entries);
}

Result<qint64> LeadCommands::importHistoric(const Pipeline &pipeline, const ImportRow &row, const ImportOptions &options,
                                            ImportOutcome *outcome, LeadChange *change)
{
    auto lead = prepareHistoric(pipeline, row, options, outcome);
    if (!lead)
        return std::unexpected(lead.error());
    if (const QString externalId = lead->value(u"external_id"_s).toString(); !externalId.isEmpty()) {
        auto dup = LeadRepository(m_db).findDuplicate(pipeline.id, externalId, {}, {});
        if (!dup)
            return std::unexpected(dup.error());
        if (*dup)
            return std::unexpected(Error::invalid(tr("lead %1 already has the external id %2").arg(**dup).arg(externalId)));
    }
    if (auto r = attachCustomer(pipeline, *lead); !r)
        return std::unexpected(r.error());
    auto id = LeadRepository(m_db).insert(pipeline, *lead);
    if (!id)
        return std::unexpected(id.error());
    if (auto r = recordImportedHistory(pipeline, {*lead}, {*id}); !r)
        return std::unexpected(r.error());
    change->leadIds.append(*id);
    change->toStageIds.append(lead->stageId);
    return *id;
}

} // namespace lejek
