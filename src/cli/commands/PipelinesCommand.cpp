// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelinesCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "LeadJson.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::PipelinesCommand", s); }
} // namespace

QString PipelinesCommand::synopsis() const { return u"pipelines --db DB [--format table|json]"_s; }
QString PipelinesCommand::summary() const { return tr("List the pipelines with their stages in order."); }

int PipelinesCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"format"_s, tr("table (default) or json."), u"FORMAT"_s, u"table"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s)
        return context.usage(tr("--format is table or json"));
    if (auto stop = context.openDatabase(parser, CliContext::Missing::Refuse, CliContext::Access::Read))
        return *stop;
    auto pipelines = context.await(context.backend().pipelines().pipelines(context.principal()));
    if (!pipelines)
        return context.fail(pipelines.error());
    if (format == u"json"_s) {
        QJsonArray array;
        for (const Pipeline &p : *pipelines)
            array.append(LeadJson::toJson(p));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Success;
    }
    TextTable table({tr("pipeline"), tr("#"), tr("stage"), tr("kind"), tr("probability"), tr("required"), tr("criteria")});
    for (const Pipeline &p : *pipelines) {
        for (const Stage &s : p.stages) {
            QStringList criteria;
            for (const Condition &c : s.criteria)
                criteria.append(c.toText());
            table.addRow({p.name, QString::number(s.position), s.name, stageKindName(s.kind), u"%1%"_s.arg(s.probability),
                          s.requiredFields.join(u","_s), criteria.join(u"; "_s)});
        }
    }
    table.print(context.out());
    return Success;
}

} // namespace lejek::cli
