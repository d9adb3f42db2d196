// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRequests.h"
#include "Pipeline.h"

#include <QString>

namespace lejek::cli {

class CliContext;

// What became of a behaviour event, in one line for `event` and `events`: the lead, and
// where the engine left it (score, stage, owner).
class EventReport
{
public:
    EventReport(CliContext &context, const Pipeline &pipeline) : m_context(context), m_pipeline(pipeline) {}
    QString describe(const BehaviourEventResult &result);

private:
    CliContext &m_context;
    const Pipeline &m_pipeline;
};

} // namespace lejek::cli
