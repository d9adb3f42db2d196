// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainEvent.h"

#include <QList>
#include <QMetaType>

namespace lejek {

// What a view needs to follow a change without reloading: which leads, in which
// pipeline, and the stages they left and entered (so only those columns refresh).
struct LeadChange {
    enum class Kind { Created, Updated, Moved, Removed };
    Kind kind = Kind::Updated;
    qint64 pipelineId = 0;
    QList<qint64> leadIds;
    QList<qint64> fromStageIds;
    QList<qint64> toStageIds;
    // A change made elsewhere (another process) that cannot be pinned down: any lead of
    // pipelineId, of every pipeline when it is 0, may have changed; refresh all of it.
    bool everything = false;
    // What happened, in the order it happened: the domain events the change's unit of
    // work produced (empty for a change made elsewhere, or a whole all-or-nothing import).
    // A change of more than MaxEvents (an import batch) carries none and says so: views
    // follow its ids and stages, and queued notices stay small while an import runs.
    DomainEvents events = {};
    bool eventsOmitted = false;
    static constexpr qsizetype MaxEvents = 1000;
};

} // namespace lejek

Q_DECLARE_METATYPE(lejek::LeadChange)
