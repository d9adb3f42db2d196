// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"

#include "Command.h"

#include <memory>
#include <vector>

namespace lejek::cli {

// lejek-cli: picks the command named by the first argument and runs it.
class CliApp
{
public:
    // `backends` makes the services for --db (main() decides which kind).
    explicit CliApp(BackendFactory backends);
    ~CliApp();
    int run(const QStringList &arguments);

private:
    QString help() const;
    BackendFactory m_backends;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace lejek::cli
