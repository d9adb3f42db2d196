// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--"_s)
            break;
        if ((argument == u"--lang"_s || argument == u"-lang"_s) && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
    }
    return {};
}

std::expected<CommandLine::Options, QString> CommandLine::process(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("lejek::app::CommandLine", "Lejek: B2B sales pipelines on your desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s,
        QCoreApplication::translate("lejek::app::CommandLine",
            "The database: an SQLite file or postgresql://user@host:port/database "
            "(default: %1).")
            .arg(QDir::toNativeSeparators(
                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/lejek/lejek.sqlite"_s)),
        QCoreApplication::translate("lejek::app::CommandLine", "DB"));
    const QCommandLineOption lang(u"lang"_s,
        QCoreApplication::translate("lejek::app::CommandLine", "Language of the user interface: %1 (default: the system's).")
            .arg(Translations::supported().join(u", "_s)),
        QCoreApplication::translate("lejek::app::CommandLine", "LANGUAGE"));
    const QCommandLineOption lead(u"lead"_s,
        QCoreApplication::translate("lejek::app::CommandLine", "Start with this lead's card open."),
        QCoreApplication::translate("lejek::app::CommandLine", "ID"));
    parser.addOption(db);
    parser.addOption(lang);
    parser.addOption(lead);
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(QCoreApplication::translate("lejek::app::CommandLine", "unexpected argument: %1")
                                   .arg(parser.positionalArguments().constFirst()));
    Options options;
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !Translations::supported().contains(options.language))
        return std::unexpected(QCoreApplication::translate("lejek::app::CommandLine", "unknown language \"%1\" (one of %2)")
                                   .arg(options.language, Translations::supported().join(u", "_s)));
    if (parser.isSet(lead)) {
        bool ok = false;
        options.leadId = parser.value(lead).toLongLong(&ok);
        if (!ok || options.leadId <= 0)
            return std::unexpected(QCoreApplication::translate("lejek::app::CommandLine", "--lead takes a lead's id (a positive number), not \"%1\"")
                                       .arg(parser.value(lead)));
    }
    options.database = parser.value(db).trimmed();
    if (options.database.isEmpty())
        options.database = defaultDatabasePath();
    return options;
}

QString CommandLine::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/lejek"_s;
    QDir().mkpath(folder);
    return folder + u"/lejek.sqlite"_s;
}

} // namespace lejek::app
