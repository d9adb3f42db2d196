// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "ExportJob.h"
#include "LeadPager.h"

#include <QCoreApplication>
#include <QFile>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ExportCommand", s); }
} // namespace

QString ExportCommand::synopsis() const
{
    return u"export --db DB --pipeline NAME --format csv|json [--stage S] [--delimiter ,|;] [-o FILE]"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export a pipeline's leads: CSV (UTF-8 with a BOM, cells that would run as a formula neutralised) or the JSON "
              "of \"leads --format json\". The file is replaced only when the export is complete.");
}

int ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"format"_s, tr("csv or json."), u"FORMAT"_s));
    parser.addOption(QCommandLineOption(u"stage"_s, tr("Only this stage."), u"S"_s));
    parser.addOption(QCommandLineOption(u"delimiter"_s, tr("CSV delimiter: , (default) or ; for Polish spreadsheets."), u"C"_s, u","_s));
    parser.addOption(QCommandLineOption({u"o"_s, u"output"_s}, tr("Write to FILE instead of standard output."), u"FILE"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return context.usage(tr("--format is csv or json"));
    const QString delimiter = parser.value(u"delimiter"_s);
    if (delimiter != u","_s && delimiter != u";"_s)
        return context.usage(tr("--delimiter is , or ;"));
    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline, CliContext::Access::Read))
        return *stop;
    auto stages = LeadPager::stages(pipeline, parser.value(u"stage"_s));
    if (!stages) // a --stage that names none is a mistake in the command
        return context.usage(stages.error().message);

    ExportRequest request;
    request.by = context.principal();
    request.pipeline = pipeline;
    for (const Stage *stage : std::as_const(*stages))
        request.stageIds.append(stage->id);
    request.format = format == u"csv"_s ? ExportRequest::Format::Csv : ExportRequest::Format::Json;
    request.delimiter = delimiter == u";"_s ? ';' : ',';
    QFile out;
    if (parser.isSet(u"o"_s)) {
        request.path = parser.value(u"o"_s);
    } else {
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(Error::storage(tr("cannot write to standard output")));
        request.device = &out;
    }
    // The job runs here, on the command's thread.
    const ExportResult result = ExportJob(context.backend().leads(), request).run();
    if (result.error)
        return context.fail(*result.error); // a file not complete was not written
    if (!result.path.isEmpty())
        context.err() << tr("exported %1 leads to %2").arg(result.written).arg(result.path) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
