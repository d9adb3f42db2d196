// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace lejek::app {

// `lejek [--db DB] [--lang pl|en] [--lead ID]`.
class CommandLine
{
public:
    struct Options {
        QString database; // an SQLite path or a postgresql:// URL; never empty
        QString language; // "pl", "en" or empty: the system's
        qint64 leadId = 0; // open this lead's card once the database is open; 0: none
    };

    // --lang as given, read before the translators (and so the parser) exist.
    static QString requestedLanguage(const QStringList &arguments);
    // Handles --help and --version like QCommandLineParser::process (prints, exits);
    // an unusable command line is an error message.
    static std::expected<Options, QString> process(const QStringList &arguments);
    // <GenericDataLocation>/lejek/lejek.sqlite; the folder is created.
    static QString defaultDatabasePath();
};

} // namespace lejek::app
