// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace lejek::cli {

class CliContext;

// pipeline members: who works a pipeline (a rep sees its unassigned leads only then);
// lists them, or sets them (an admin's).
class PipelineMembersAction
{
public:
    static QString synopsis();
    // Its own options (--db, --as and --pipeline are the pipeline command's).
    static void addOptions(QCommandLineParser &parser);
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace lejek::cli
