// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// merge: merges a lead into another, which keeps its own values unless told.
class MergeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
