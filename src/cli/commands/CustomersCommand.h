// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// customers: lists the customers with their won and open deals, or one customer's contacts and deals.
class CustomersCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customers"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
