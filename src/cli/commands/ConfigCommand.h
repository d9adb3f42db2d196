// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// config export|import: a pipeline's engine configuration (teams with their calendars
// and members, routing table, scoring model, SLAs) as one readable JSON file; import
// checks the whole file first.
class ConfigCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("config"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
