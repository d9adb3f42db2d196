// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// duplicates: lists a pipeline's leads that may be one, with the key they share.
class DuplicatesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
