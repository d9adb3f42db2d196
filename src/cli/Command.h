// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lejek::cli {

class CliContext;

// One lejek-cli command ("add", "move", ...).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "add --db DB --pipeline NAME [--stage S] KEY=VALUE..."
    virtual QString summary() const = 0;
    // `arguments` starts with "lejek-cli <name>", then the command's own.
    virtual int run(CliContext &context, const QStringList &arguments) = 0;
};

} // namespace lejek::cli
