// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliContext.h"
#include "CsvWriter.h"
#include "ExitCode.h"
#include "LeadJson.h"
#include "LeadPager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ExportCommand", s); }

// A lead object's value as a CSV cell: money with two decimals, empty for null.
QString cell(const QJsonValue &value, const FieldDefinition *field)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return field && field->type == FieldType::Money ? QString::number(value.toDouble(), 'f', 2) : QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return items.join(u';');
    }
    return value.toString();
}
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
    Pipeline found;
    if (auto stop = context.openPipeline(parser, &found))
        return *stop;
    const Pipeline *pipeline = &found;
    auto stages = LeadPager::stages(*pipeline, parser.value(u"stage"_s));
    if (!stages)
        return context.fail(stages.error());

    // A file is written beside the target and renamed over it at the end: an export
    // that fails or is killed never leaves half a file behind.
    std::unique_ptr<QIODevice> device;
    QSaveFile *file = nullptr;
    if (parser.isSet(u"o"_s)) {
        auto saveFile = std::make_unique<QSaveFile>(parser.value(u"o"_s));
        file = saveFile.get();
        device = std::move(saveFile);
    } else {
        auto out = std::make_unique<QFile>();
        if (!out->open(stdout, QIODevice::WriteOnly))
            return context.fail(Error::storage(tr("cannot write to standard output")));
        device = std::move(out);
    }
    if (file && !file->open(QIODevice::WriteOnly))
        return context.fail(Error::storage(tr("cannot write %1: %2").arg(file->fileName(), file->errorString())));

    QStringList columns{u"id"_s, u"version"_s, u"pipeline"_s, u"stage"_s, u"owner"_s};
    const QList<FieldDefinition> fields = pipeline->fields();
    for (const FieldDefinition &f : fields)
        columns.append(f.key);
    columns += QStringList{u"created_at"_s, u"updated_at"_s, u"stage_entered_at"_s, u"last_activity_at"_s, u"closed_at"_s};

    CsvWriter csv(device.get(), CsvWriteOptions{delimiter == u";"_s ? ';' : ',', true, true});
    std::optional<Error> failed;
    bool first = true;
    if (format == u"csv"_s) {
        if (auto r = csv.writeRecord(columns); !r)
            failed = r.error();
    } else {
        device->write("[");
    }
    qint64 count = 0;
    if (!failed)
        failed = LeadPager::forEach(context, *pipeline, *stages, {}, [&](const Lead &lead, const Stage &) {
            if (failed)
                return;
            const QJsonObject object = LeadJson::toJson(lead, *pipeline);
            ++count;
            if (format == u"json"_s) {
                device->write(first ? "\n" : ",\n");
                device->write(QJsonDocument(object).toJson(QJsonDocument::Compact));
                first = false;
                return;
            }
            QStringList row;
            for (const QString &column : columns) {
                const auto field = std::find_if(fields.begin(), fields.end(), [&](const FieldDefinition &f) { return f.key == column; });
                row.append(cell(object.value(column), field == fields.end() ? nullptr : &*field));
            }
            if (auto r = csv.writeRecord(row); !r)
                failed = r.error();
        });
    if (failed)
        return context.fail(*failed); // a QSaveFile not committed leaves the old file as it was
    if (format == u"json"_s)
        device->write(first ? "]\n" : "\n]\n");
    if (file && !file->commit())
        return context.fail(Error::storage(tr("cannot write %1: %2").arg(file->fileName(), file->errorString())));
    if (file)
        context.err() << tr("exported %1 leads to %2").arg(count).arg(file->fileName()) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
