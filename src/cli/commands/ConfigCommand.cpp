// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommand.h"

#include "CliContext.h"
#include "ConfigFile.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ConfigCommand", s); }
} // namespace

QString ConfigCommand::synopsis() const { return u"config --db DB export|import [--pipeline NAME] FILE"_s; }
QString ConfigCommand::summary() const
{
    return tr("Write or read a pipeline's engine configuration as one JSON file: teams (strategies, working calendars, members "
              "with capacity, specialisations and time out of office), routing table, scoring model and SLAs.");
}

int ConfigCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name (not needed when there is only one)."), u"NAME"_s));
    parser.addPositionalArgument(u"ACTION"_s, tr("export or import."));
    parser.addPositionalArgument(u"FILE"_s, tr("The JSON file."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args.first() != u"export"_s && args.first() != u"import"_s))
        return context.usage(tr("give export or import, and a file"));
    const bool exporting = args.first() == u"export"_s;
    const QString path = args.at(1);

    QJsonObject file;
    QString writtenFor;
    if (!exporting) {
        // Read and parse before opening the database: a broken file changes nothing.
        auto read = ConfigFile::read(path, &writtenFor);
        if (!read)
            return context.fail(read.error());
        file = *read;
    }
    Pipeline pipeline;
    if (auto stop = context.openPipelineOrOnly(parser, &pipeline, exporting ? CliContext::Access::Read : CliContext::Access::Write))
        return *stop;

    if (exporting) {
        auto config = context.await(context.backend().pipelines().engineConfig(context.principal(), pipeline.id));
        if (!config)
            return context.fail(config.error());
        QJsonObject out = *config;
        out.insert(u"lejek_config"_s, ConfigFile::Format);
        out.insert(u"pipeline"_s, pipeline.name);
        QSaveFile save(path); // all or nothing: never half a configuration on disk
        if (!save.open(QIODevice::WriteOnly) || save.write(QJsonDocument(out).toJson(QJsonDocument::Indented)) < 0 || !save.commit())
            return context.fail(Error::invalid(tr("cannot write %1: %2").arg(path, save.errorString())));
        context.out() << tr("the configuration of \"%1\" is in %2").arg(pipeline.name, path) << Qt::endl;
        return Success;
    }
    if (!writtenFor.isEmpty() && writtenFor.compare(pipeline.name, Qt::CaseInsensitive) != 0 && !parser.isSet(u"pipeline"_s))
        return context.usage(tr("%1 is the configuration of \"%2\": give --pipeline to apply it to \"%3\"")
                                 .arg(path, writtenFor, pipeline.name));
    auto saved = context.await(context.backend().pipelines().saveEngineConfig(context.principal(), pipeline.id, file));
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("the configuration of \"%1\" is saved from %2").arg(pipeline.name, path) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
