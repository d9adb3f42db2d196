// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineConfigCommands.h"

#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"
#include "FactSchema.h"
#include "PipelineRepository.h"
#include "Router.h"
#include "Scorer.h"
#include "SlaConfig.h"
#include "TeamSettingsJson.h"
#include "TeamsConfig.h"
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
    auto teams = TeamsConfig(m_db).read();
    if (!teams)
        return std::unexpected(teams.error());
    config.insert(u"teams"_s, TeamSettingsJson::toJson(*teams));
    config.insert(u"sla"_s, SlaConfig::toJson(pipeline));
    return config;
}

Result<void> EngineConfigCommands::save(const Pipeline &pipeline, const QJsonObject &config)
{
    auto checked = check(pipeline, config);
    if (!checked)
        return std::unexpected(checked.error());
    const auto &[teams, routing, scoring, sla] = *checked;

    // Everything holds: write, in one transaction.
    Transaction tx(m_db);
    if (!tx.started())
        return std::unexpected(tx.started().error());
    if (auto r = TeamsConfig(m_db).write(teams); !r)
        return r;
    for (const Stage &stage : sla)
        if (auto r = PipelineRepository(m_db).updateStage(stage, m_now, m_userId); !r)
            return std::unexpected(r.error());
    EngineConfigRepository configs(m_db);
    // pipeline 0: the teams, which every pipeline shares.
    const auto saveIfChanged = [&](qint64 pipelineId, const QString &kind, const QJsonValue &body) -> Result<void> {
        auto current = configs.current(pipelineId, kind);
        if (!current)
            return std::unexpected(current.error());
        if (*current && (*current)->body == body)
            return ok();
        auto id = configs.save(pipelineId, kind, body, m_now, m_userId);
        if (!id)
            return std::unexpected(id.error());
        return ok();
    };
    if (routing)
        if (auto r = saveIfChanged(pipeline.id, u"routing"_s, EngineConfigJson::routingToJson(*routing)); !r)
            return r;
    if (scoring)
        if (auto r = saveIfChanged(pipeline.id, u"scoring"_s, EngineConfigJson::scoringToJson(*scoring)); !r)
            return r;
    if (!teams.isEmpty()) {
        // The teams as they now stand, whole: their history in the configuration's.
        auto now = TeamsConfig(m_db).read();
        if (!now)
            return std::unexpected(now.error());
        if (auto r = saveIfChanged(0, u"teams"_s, TeamSettingsJson::toJson(*now)); !r)
            return r;
    }
    return tx.commit();
}

Result<EngineConfigCommands::Checked> EngineConfigCommands::check(const Pipeline &pipeline, const QJsonObject &config)
{
    const QStringList sections{u"teams"_s, u"routing"_s, u"scoring"_s, u"sla"_s};
    for (const QString &key : config.keys())
        if (!sections.contains(key))
            return std::unexpected(invalid(tr("unknown section \"%1\" (expected teams, routing, scoring, sla)").arg(key)));
    const FactSchema schema(pipeline.customFields);
    Checked checked;

    if (config.contains(u"teams"_s)) {
        auto teams = TeamSettingsJson::fromJson(config.value(u"teams"_s));
        if (!teams)
            return std::unexpected(invalid(teams.error()));
        if (auto r = TeamsConfig(m_db).check(*teams, schema); !r)
            return std::unexpected(r.error());
        checked.teams = *teams;
    }
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
        for (const TeamSettings &t : std::as_const(checked.teams))
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
        checked.routing = *table;
    }
    if (config.contains(u"scoring"_s)) {
        auto model = EngineConfigJson::scoringFromJson(config.value(u"scoring"_s));
        if (!model)
            return std::unexpected(invalid(model.error()));
        if (auto scorer = Scorer::compile(*model, schema); !scorer)
            return std::unexpected(invalid(scorer.error()));
        if (!pipeline.stageByName(model->handoffStage))
            return std::unexpected(invalid(tr("scoring handoff: the pipeline has no stage \"%1\"").arg(model->handoffStage)));
        checked.scoring = *model;
    }
    if (config.contains(u"sla"_s)) {
        auto sla = SlaConfig::changes(pipeline, config.value(u"sla"_s));
        if (!sla)
            return std::unexpected(sla.error());
        checked.sla = *sla;
    }
    return checked;
}

} // namespace lejek
