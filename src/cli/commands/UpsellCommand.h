// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// upsell: opens a lead for an existing customer in another pipeline.
class UpsellCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("upsell"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
