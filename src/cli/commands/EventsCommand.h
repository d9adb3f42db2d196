// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// events: records a file of behaviour events (CSV or JSON Lines), checked whole before
// anything is written; loading the same file again changes nothing.
class EventsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("events"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
