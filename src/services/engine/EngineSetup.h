// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "FactSchema.h"
#include "Pipeline.h"
#include "Router.h"
#include "Scorer.h"

#include <QHash>
#include <QMutex>

#include <memory>
#include <optional>

namespace lejek {

// A pipeline's engine configuration, compiled: its routing table and scoring model
// against its fields (either may be absent: not configured), as of a configuration
// version.
struct EngineSetup {
    qint64 version = 0;
    QList<FieldDefinition> customFields; // compiled against: a new custom field recompiles
    FactSchema schema;
    std::optional<Router> router;
    std::optional<Scorer> scorer;
    bool isEmpty() const { return !router && !scorer; }
};

// Compiled setups by pipeline, shared by every write of a backend. Each use asks the
// database for the pipeline's newest configuration version (one indexed look-up), so
// a change saved by another process takes effect at once. Thread-safe.
class EngineSetupCache
{
public:
    Result<std::shared_ptr<const EngineSetup>> setup(Database &db, const Pipeline &pipeline);

private:
    QMutex m_mutex;
    QHash<qint64, std::shared_ptr<const EngineSetup>> m_setups;
};

} // namespace lejek
