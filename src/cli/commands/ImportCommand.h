// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace lejek::cli {

// import: leads from a CSV file, every row checked by the services and reported by line.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lejek::cli
