// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// event: records one behaviour event (a demo request, a pricing-page visit, ...) for
// the lead it belongs to, or a new lead; the engine then scores and may hand it off.
class EventCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("event"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
