// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSetup.h"

#include "EngineConfigJson.h"
#include "EngineConfigRepository.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("lejek::EngineSetupCache", text); }
} // namespace

Result<std::shared_ptr<const EngineSetup>> EngineSetupCache::setup(Database &db, const Pipeline &pipeline)
{
    EngineConfigRepository configs(db);
    auto version = configs.latestVersion(pipeline.id);
    if (!version)
        return std::unexpected(version.error());
    {
        QMutexLocker lock(&m_mutex);
        const auto cached = m_setups.value(pipeline.id);
        if (cached && cached->version == *version && cached->customFields == pipeline.customFields)
            return cached;
    }
    auto setup = std::make_shared<EngineSetup>();
    setup->version = *version;
    setup->customFields = pipeline.customFields;
    setup->schema = FactSchema(pipeline.customFields);
    // A stored piece was checked when saved; one that no longer compiles (a field since
    // deleted) stops the write with the reason rather than routing by half a table.
    const auto broken = [&pipeline](const QString &what) {
        return std::unexpected(Error{Error::Code::Invalid,
                                     tr("the engine configuration of pipeline %1 no longer holds: %2").arg(pipeline.name, what),
                                     {}, {}, {}, 0});
    };
    auto routing = configs.current(pipeline.id, u"routing"_s);
    if (!routing)
        return std::unexpected(routing.error());
    if (*routing) {
        auto table = EngineConfigJson::routingFromJson((*routing)->body);
        if (!table)
            return broken(table.error());
        auto router = Router::compile(*table, setup->schema);
        if (!router)
            return broken(router.error());
        setup->router = std::move(*router);
    }
    auto scoring = configs.current(pipeline.id, u"scoring"_s);
    if (!scoring)
        return std::unexpected(scoring.error());
    if (*scoring) {
        auto model = EngineConfigJson::scoringFromJson((*scoring)->body);
        if (!model)
            return broken(model.error());
        auto scorer = Scorer::compile(*model, setup->schema);
        if (!scorer)
            return broken(scorer.error());
        setup->scorer = std::move(*scorer);
    }
    QMutexLocker lock(&m_mutex);
    m_setups.insert(pipeline.id, setup);
    return std::shared_ptr<const EngineSetup>(setup);
}

} // namespace lejek
