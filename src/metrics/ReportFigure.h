// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PipelineReport.h"

namespace lejek {

// A number of a report's quick sections whose leads a manager can list: the leads that
// reached a funnel step, those lost for a reason, the leaking ones. A report read from
// the leads' summary counts them without listing them; the store lists a figure's
// leads when asked (ReportService::leads), in the order its report would have kept them.
struct ReportFigure {
    enum class Kind { Reached, Lost, Leaking, Waiting };
    enum class Leak { Any, NoOwner, NoNextTask, Rotting };
    Kind kind = Kind::Reached;
    qint64 stageId = 0; // Reached: the step's stage; Leaking: the stage (0: every stage); Waiting: the stage
    QString reason;     // Lost: the reason code ("": none given)
    Leak leak = Leak::Any;

    // Its leads in a part computed from the leads' paths, which keeps them: in lead id
    // order, the leaking oldest activity first.
    QList<qint64> leadsIn(const ReportPart &part) const;
};

} // namespace lejek
