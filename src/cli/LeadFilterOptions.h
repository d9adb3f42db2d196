// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadFilter.h"

#include <QCommandLineParser>

#include <optional>

namespace lejek::cli {

class CliContext;

// --owner, --team, --source and --campaign, as `report` and `board` take them: the
// owner by name or e-mail, the team by name, read back to ids through the services.
class LeadFilterOptions
{
public:
    static void add(QCommandLineParser &parser);
    // The filter the options say; a usage error (an unknown person or team) stops the
    // command with its exit code. Call after the database is open.
    static std::optional<int> read(const QCommandLineParser &parser, CliContext &context, LeadFilter *filter);
};

} // namespace lejek::cli
