// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// task add / done / reschedule / list.
class TaskCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("task"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;

private:
    // My tasks: the acting user's open tasks, grouped overdue, today, upcoming.
    static int listMine(CliContext &context);
};

} // namespace lejek::cli
