// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// simulate routing|scoring: replays past leads through the configuration in force or a
// proposed file, writing nothing (PipelineService::replayRouting, replayScoring).
class SimulateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("simulate"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
