// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// reactivate: brings a lost lead back to a stage, through its gate.
class ReactivateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("reactivate"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
