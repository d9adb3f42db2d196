// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// export: a pipeline's leads as CSV (formula-safe) or JSON.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
