// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace lejek::cli {

class CliContext;

// pipeline stage: changes one stage's configuration (an admin's); the service records
// the new version with who made it.
class PipelineStageAction
{
public:
    static QString synopsis();
    // Its own options (--db, --as and --pipeline are the pipeline command's).
    static void addOptions(QCommandLineParser &parser);
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace lejek::cli
