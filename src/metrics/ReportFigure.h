// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PipelineReport.h"

namespace lejek {

// A number of a report whose leads a manager can list: the leads that reached a funnel
// step, those lost for a reason, the leaking ones, those waiting in a stage, the
// handoffs not contacted or late. A report read from the stores' counts holds them
// without listing them; the store lists a figure's leads when asked
// (ReportService::leads), in the order its report would have kept them.
struct ReportFigure {
    enum class Kind { Reached, Lost, Leaking, Waiting, Handoffs };
    enum class Leak { Any, NoOwner, NoNextTask, Rotting };
    // Of the handoffs: not contacted yet, or an SLA broken.
    enum class HandoffList { NotContacted, FirstContactBroken, DecisionBroken };
    Kind kind = Kind::Reached;
    qint64 stageId = 0; // Reached: the step's stage; Leaking: the stage (0: every stage); Waiting: the stage
    QString reason;     // Lost: the reason code ("": none given)
    Leak leak = Leak::Any;
    HandoffList handoffs = HandoffList::NotContacted;

    // Its leads in a part computed from the leads' paths, which keeps them: in lead id
    // order, the leaking oldest activity first.
    QList<qint64> leadsIn(const ReportPart &part) const;
};

} // namespace lejek
