// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// `lejek-cli board`: the board's column counts and values (open columns, then the Won
// and Lost tiles), today as the board computes them, or as of the end of a past day
// from history (ReportService::boardAsOf).
class BoardCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("board"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
