// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineConfigCommands.h"

#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "FactSchema.h"
#include "Router.h"
#include "Scorer.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::EngineConfigCommands", text); }

Error invalid(const QString &message) { return Error::invalid(message); }

} // namespace

Result<QJsonObject> EngineConfigCommands::read(const Pipeline &pipeline)
{
    QJsonObject config;
    EngineConfigRepository configs(m_db);
    for (const QString &kind : {u"routing"_s, u"scoring"_s}) {
        auto piece = configs.current(pipeline.id, kind);
        if (!piece)
            return std::unexpected(piece.error());
        if (*piece)
            config.insert(kind, (*piece)->body);
    }
    QJsonArray teams;
    auto q = m_db.exec(u"SELECT name, assignment, specialisation_field FROM teams ORDER BY name"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        QJsonObject team{{u"name"_s, (*q)->value(0).toString()}, {u"strategy"_s, (*q)->value(1).toString()}};
        if ((*q)->value(1).toString() == u"specialisation"_s)
            team.insert(u"specialisation_field"_s, (*q)->value(2).toString());
        teams.append(team);
    }
    (*q)->finish();
    config.insert(u"teams"_s, teams);
    return config;
}

Result<void> EngineConfigCommands::save(const Pipeline &pipeline, const QJsonObject &config)
{
    auto checked = check(pipeline, config);
    if (!checked)
        return std::unexpected(checked.error());
    const auto &[teams, routing, scoring] = *checked;

    // Everything holds: write, in one transaction.
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    for (const Team &t : teams) {
        auto id = UserRepository(m_db).ensureTeam(t.name);
        if (!id)
            return std::unexpected(id.error());
        if (auto r = m_db.exec(u"UPDATE teams SET assignment = ?, specialisation_field = ? WHERE id = ?"_s,
                               {t.strategy, t.specialisationField, *id});
            !r)
            return std::unexpected(r.error());
    }
    EngineConfigRepository configs(m_db);
    const auto saveIfChanged = [&](const QString &kind, const QJsonValue &body) -> Result<void> {
        auto current = configs.current(pipeline.id, kind);
        if (!current)
            return std::unexpected(current.error());
        if (*current && (*current)->body == body)
            return ok();
        auto id = configs.save(pipeline.id, kind, body, m_now, m_userId);
        if (!id)
            return std::unexpected(id.error());
        return ok();
    };
    if (routing)
        if (auto r = saveIfChanged(u"routing"_s, EngineConfigJson::routingToJson(*routing)); !r)
            return r;
    if (scoring)
        if (auto r = saveIfChanged(u"scoring"_s, EngineConfigJson::scoringToJson(*scoring)); !r)
            return r;
    return tx.commit();
}

Result<EngineConfigCommands::Checked> EngineConfigCommands::check(const Pipeline &pipeline, const QJsonObject &config)
{
    for (const QString &key : config.keys())
        if (key != u"teams"_s && key != u"routing"_s && key != u"scoring"_s)
            return std::unexpected(invalid(tr("unknown section \"%1\" (expected teams, routing, scoring)").arg(key)));
    const FactSchema schema(pipeline.customFields);

    // Teams: new ones are added, named ones take the strategy given.
    QList<Team> teams;
    const QJsonArray teamList = config.value(u"teams"_s).toArray();
    for (qsizetype i = 0; i < teamList.size(); ++i) {
        const QJsonObject t = teamList.at(i).toObject();
        Team team{t.value(u"name"_s).toString().trimmed(), t.value(u"strategy"_s).toString(u"round_robin"_s),
                        t.value(u"specialisation_field"_s).toString(u"industry"_s)};
        const QString where = team.name.isEmpty() ? tr("team %1").arg(i + 1) : tr("team \"%1\"").arg(team.name);
        for (const QString &key : t.keys())
            if (key != u"name"_s && key != u"strategy"_s && key != u"specialisation_field"_s)
                return std::unexpected(invalid(tr("%1: unknown key \"%2\" (expected name, strategy, specialisation_field)").arg(where, key)));
        AssignmentStrategy strategy;
        if (team.name.isEmpty())
            return std::unexpected(invalid(tr("%1: a team needs a name").arg(where)));
        if (!assignmentStrategyFromKey(team.strategy, &strategy))
            return std::unexpected(invalid(tr("%1: unknown strategy \"%2\" (round_robin, least_loaded, specialisation)").arg(where, team.strategy)));
        if (!schema.slot(team.specialisationField))
            return std::unexpected(invalid(tr("%1: unknown field \"%2\" to specialise by").arg(where, team.specialisationField)));
        teams.append(team);
    }

    std::optional<RoutingTable> routing;
    if (config.contains(u"routing"_s)) {
        auto table = EngineConfigJson::routingFromJson(config.value(u"routing"_s));
        if (!table)
            return std::unexpected(invalid(table.error()));
        if (auto router = Router::compile(*table, schema); !router)
            return std::unexpected(invalid(router.error()));
        // Every team and user a row names: those of the database and of this file.
        QStringList known;
        auto q = m_db.exec(u"SELECT name FROM teams"_s);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next())
            known.append((*q)->value(0).toString().toLower());
        (*q)->finish();
        for (const Team &t : teams)
            known.append(t.name.toLower());
        for (qsizetype i = 0; i < table->rows.size(); ++i) {
            const RoutingAction &a = table->rows.at(i).action;
            for (const QString &team : {a.team, a.laterTeam})
                if (!team.isEmpty() && !known.contains(team.toLower()))
                    return std::unexpected(invalid(tr("routing row %1: unknown team \"%2\"").arg(i + 1).arg(team)));
            if (!a.laterStage.isEmpty() && !pipeline.stageByName(a.laterStage))
                return std::unexpected(invalid(tr("routing row %1: the pipeline has no stage \"%2\"").arg(i + 1).arg(a.laterStage)));
            if (a.target == RoutingAction::Target::User) {
                auto user = UserRepository(m_db).find(a.user);
                if (!user)
                    return std::unexpected(user.error());
                if (!*user)
                    return std::unexpected(invalid(tr("routing row %1: unknown user \"%2\"").arg(i + 1).arg(a.user)));
            }
        }
        routing = *table;
    }
    std::optional<ScoringModel> scoring;
    if (config.contains(u"scoring"_s)) {
        auto model = EngineConfigJson::scoringFromJson(config.value(u"scoring"_s));
        if (!model)
            return std::unexpected(invalid(model.error()));
        if (auto scorer = Scorer::compile(*model, schema); !scorer)
            return std::unexpected(invalid(scorer.error()));
        if (!pipeline.stageByName(model->handoffStage))
            return std::unexpected(invalid(tr("scoring handoff: the pipeline has no stage \"%1\"").arg(model->handoffStage)));
        scoring = *model;
    }
    return Checked{teams, routing, scoring};
}

} // namespace lejek
