// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// report funnel|conversion|time-in-stage|win-rate|cycle|lost-reasons: the dashboards'
// numbers for a pipeline and period (ReportService), as a table, JSON or CSV.
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
