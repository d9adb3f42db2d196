// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPipelineService.h"

#include "EngineConfigCommands.h"
#include "EngineReplay.h"

#include "LeadRepository.h"
#include "PipelineRepository.h"
#include "PipelineTemplate.h"
#include "StageVersionRepository.h"
#include "StoreThread.h"
#include "UserRepository.h"
#include "Visibility.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QFuture>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::LocalPipelineService", s); }
} // namespace

LocalPipelineService::LocalPipelineService(StoreThread &store, Clock clock) : m_store(store), m_clock(std::move(clock)) {}

QFuture<Result<QList<Pipeline>>> LocalPipelineService::pipelines(const Principal &by)
{
    Q_UNUSED(by); // every user reads the configuration
    return m_store.run([](Database &db) { return PipelineRepository(db).loadAll(); });
}

QFuture<Result<Pipeline>> LocalPipelineService::createFromTemplate(const Principal &by, const QString &templateKey, const QString &name)
{
    if (auto allowed = Visibility::checkAdmin(by, tr("create a pipeline")); !allowed)
        return QtFuture::makeReadyFuture(Result<Pipeline>(std::unexpected(allowed.error())));
    auto draft = PipelineTemplate::make(templateKey);
    if (!draft)
        return QtFuture::makeReadyFuture(Result<Pipeline>(std::unexpected(Error::invalid(
            tr("no template \"%1\" (one of %2)").arg(templateKey, PipelineTemplate::keys().join(u", "_s)),
            {{u"template"_s, tr("unknown template")}}))));
    if (!name.trimmed().isEmpty())
        draft->name = name.trimmed();
    return createPipeline(by, *draft);
}

QFuture<Result<Pipeline>> LocalPipelineService::createPipeline(const Principal &by, const Pipeline &draft)
{
    if (auto allowed = Visibility::checkAdmin(by, tr("create a pipeline")); !allowed)
        return QtFuture::makeReadyFuture(Result<Pipeline>(std::unexpected(allowed.error())));
    Pipeline clean = draft;
    clean.name = clean.name.trimmed();
    int position = 0;
    for (Stage &s : clean.stages) {
        s.name = s.name.trimmed();
        s.position = ++position;
    }
    if (auto valid = clean.validate(); !valid)
        return QtFuture::makeReadyFuture(Result<Pipeline>(std::unexpected(valid.error())));
    return m_store.run([by, clean, now = m_clock()](Database &db) { return PipelineRepository(db).insert(clean, now, by.userId); });
}

QFuture<Result<Stage>> LocalPipelineService::updateStage(const Principal &by, const Stage &stage)
{
    if (auto allowed = Visibility::checkAdmin(by, tr("change a stage")); !allowed)
        return QtFuture::makeReadyFuture(Result<Stage>(std::unexpected(allowed.error())));
    return m_store.run([by, stage, now = m_clock()](Database &db) -> Result<Stage> {
        PipelineRepository pipelines(db);
        Transaction tx(db);
        if (!tx.started())
            return std::unexpected(tx.started().error());
        auto pipeline = pipelines.load(stage.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        auto current = std::find_if(pipeline->stages.begin(), pipeline->stages.end(), [&](const Stage &s) { return s.id == stage.id; });
        if (current == pipeline->stages.end())
            return std::unexpected(Error::notFound(tr("the pipeline \"%1\" has no stage with id %2").arg(pipeline->name).arg(stage.id)));
        Stage changed = stage;
        changed.name = changed.name.trimmed();
        changed.position = current->position; // reordering moves other stages too: not here
        if (changed == *current)
            return changed;
        // Leads in an open stage that became won would have no close date, customer or
        // lost reason: a stage's kind changes only while it is empty.
        if (changed.kind != current->kind) {
            auto held = LeadRepository(db).count(stage.pipelineId, stage.id);
            if (!held)
                return std::unexpected(held.error());
            if (*held > 0)
                return std::unexpected(Error::invalid(
                    tr("the stage \"%1\" still has leads in it (%2); its kind changes only while it is empty").arg(current->name).arg(*held),
                    {{u"kind"_s, tr("cannot change while the stage holds leads")}}));
        }
        *current = changed;
        if (auto valid = pipeline->validate(); !valid)
            return std::unexpected(valid.error());
        auto written = pipelines.updateStage(changed, now, by.userId);
        if (!written)
            return std::unexpected(written.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        return changed;
    });
}

QFuture<Result<QList<StageVersion>>> LocalPipelineService::stageHistory(const Principal &by, qint64 pipelineId)
{
    Q_UNUSED(by); // the configuration, and so its history, is everyone's to read
    return m_store.run([pipelineId](Database &db) { return StageVersionRepository(db).history(pipelineId); });
}

QFuture<Result<Pipeline>> LocalPipelineService::setPipelineMembers(const Principal &by, qint64 pipelineId, const QList<qint64> &userIds)
{
    if (auto allowed = Visibility::checkAdmin(by, tr("choose who works a pipeline")); !allowed)
        return QtFuture::makeReadyFuture(Result<Pipeline>(std::unexpected(allowed.error())));
    return m_store.run([pipelineId, userIds](Database &db) -> Result<Pipeline> {
        PipelineRepository pipelines(db);
        Transaction tx(db);
        if (!tx.started())
            return std::unexpected(tx.started().error());
        if (auto pipeline = pipelines.load(pipelineId); !pipeline)
            return std::unexpected(pipeline.error());
        QList<qint64> members;
        for (qint64 id : userIds) {
            auto known = db.scalar(u"SELECT COUNT(*) FROM users WHERE id = ?"_s, {id});
            if (!known)
                return std::unexpected(known.error());
            if (known->toInt() == 0)
                return std::unexpected(Error::invalid(tr("there is no user with id %1").arg(id), {{u"members"_s, tr("unknown user %1").arg(id)}}));
            if (!members.contains(id))
                members.append(id);
        }
        if (auto r = pipelines.setMembers(pipelineId, members); !r)
            return std::unexpected(r.error());
        auto changed = pipelines.load(pipelineId);
        if (!changed)
            return std::unexpected(changed.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        return changed;
    });
}

QFuture<Result<QList<LostReason>>> LocalPipelineService::lostReasons(const Principal &by)
{
    Q_UNUSED(by);
    return m_store.run([](Database &db) { return PipelineRepository(db).lostReasons(); });
}

QFuture<Result<QList<User>>> LocalPipelineService::users(const Principal &by)
{
    Q_UNUSED(by); // who owns what is seen on every board
    return m_store.run([](Database &db) { return UserRepository(db).loadAll(); });
}

QFuture<Result<User>> LocalPipelineService::createUser(const Principal &by, const User &user)
{
    return m_store.run([by, user, now = m_clock()](Database &db) -> Result<User> {
        if (auto allowed = Visibility::checkAdmin(by, tr("add a user")); !allowed)
            return std::unexpected(allowed.error());
        User u = user;
        u.name = u.name.simplified();
        if (u.name.isEmpty() || u.name.size() > 100)
            return std::unexpected(Error::invalid(tr("a user needs a name of 1 to 100 characters"), {{u"name"_s, tr("is empty or too long")}}));
        if (!u.email.isEmpty() && !ValueParser::isValidEmail(u.email))
            return std::unexpected(Error::invalid(tr("not an e-mail address: %1").arg(u.email), {{u"email"_s, tr("is not an e-mail address")}}));
        if (!QStringList{u"rep"_s, u"manager"_s, u"admin"_s}.contains(u.role))
            return std::unexpected(Error::invalid(tr("a role is rep, manager or admin"), {{u"role"_s, tr("unknown role")}}));
        UserRepository users(db);
        Transaction tx(db);
        if (!tx.started())
            return std::unexpected(tx.started().error());
        // The first user of a database is its admin: someone must be able to add the rest.
        auto anyone = db.scalar(u"SELECT COUNT(*) FROM users"_s);
        if (!anyone)
            return std::unexpected(anyone.error());
        if (anyone->toLongLong() == 0)
            u.role = u"admin"_s;
        auto existing = users.find(u.name);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing && (*existing)->name.compare(u.name, Qt::CaseInsensitive) == 0)
            return std::unexpected(Error::invalid(tr("a user named \"%1\" exists").arg(u.name), {{u"name"_s, tr("is taken")}}));
        if (!u.teamName.isEmpty()) {
            auto team = users.ensureTeam(u.teamName.simplified());
            if (!team)
                return std::unexpected(team.error());
            u.teamId = *team;
        }
        auto id = users.insert(u, now);
        if (!id)
            return std::unexpected(id.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        u.id = *id;
        return u;
    });
}

QFuture<Result<QJsonObject>> LocalPipelineService::engineConfig(const Principal &by, qint64 pipelineId)
{
    Q_UNUSED(by); // every user reads the configuration
    return m_store.run([pipelineId, now = m_clock()](Database &db) -> Result<QJsonObject> {
        auto pipeline = PipelineRepository(db).load(pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        return EngineConfigCommands(db, now, 0).read(*pipeline);
    });
}

QFuture<Result<void>> LocalPipelineService::saveEngineConfig(const Principal &by, qint64 pipelineId, const QJsonObject &config)
{
    if (auto allowed = Visibility::checkAdmin(by, tr("configure routing and scoring")); !allowed)
        return QtFuture::makeReadyFuture(Result<void>(std::unexpected(allowed.error())));
    return m_store.run([pipelineId, config, now = m_clock(), userId = by.userId](Database &db) -> Result<void> {
        auto pipeline = PipelineRepository(db).load(pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        return EngineConfigCommands(db, now, userId).save(*pipeline, config);
    });
}

// A replay reads every lead of the pipeline, on the read connection: a long read that
// never queues behind the board's writes and writes nothing itself.
template<typename Report, typename Replay>
QFuture<Result<Report>> LocalPipelineService::replay(const Principal &by, const ReplayRequest &request, Replay replay)
{
    if (auto allowed = Visibility::checkAdmin(by, tr("replay routing and scoring")); !allowed)
        return QtFuture::makeReadyFuture(Result<Report>(std::unexpected(allowed.error())));
    return m_store.read([request, replay, now = m_clock()](Database &db) -> Result<Report> {
        auto pipeline = PipelineRepository(db).load(request.pipelineId);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        EngineReplay engine(db, now);
        return (engine.*replay)(*pipeline, request);
    });
}

QFuture<Result<RoutingReplayReport>> LocalPipelineService::replayRouting(const Principal &by, const ReplayRequest &request)
{
    return replay<RoutingReplayReport>(by, request, &EngineReplay::routing);
}

QFuture<Result<ScoringReplayReport>> LocalPipelineService::replayScoring(const Principal &by, const ReplayRequest &request)
{
    return replay<ScoringReplayReport>(by, request, &EngineReplay::scoring);
}

} // namespace lejek
