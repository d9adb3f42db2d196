// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadsCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "LeadJson.h"
#include "LeadPager.h"
#include "Money.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::LeadsCommand", s); }
} // namespace

QString LeadsCommand::synopsis() const { return u"leads --db DB --pipeline NAME [--stage S] [--search TEXT] [--format table|json]"_s; }
QString LeadsCommand::summary() const { return tr("List leads stage by stage; JSON is an array of lead objects."); }

int LeadsCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"stage"_s, tr("Only this stage."), u"S"_s));
    parser.addOption(QCommandLineOption(u"search"_s, tr("Only leads whose company, contact, e-mail, NIP or phone contains TEXT."), u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"format"_s, tr("table (default) or json."), u"FORMAT"_s, u"table"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s)
        return context.usage(tr("--format is table or json"));
    Pipeline found;
    if (auto stop = context.openPipeline(parser, &found, CliContext::Access::Read))
        return *stop;
    const Pipeline *pipeline = &found;
    auto stages = LeadPager::stages(*pipeline, parser.value(u"stage"_s));
    if (!stages) // a --stage that names none is a mistake in the command
        return context.usage(stages.error().message);
    // Streamed page by page: a million leads print in bounded memory.
    const bool json = format == u"json"_s;
    TextTable table({tr("id"), tr("company"), tr("contact"), tr("stage"), tr("owner"), tr("value"), tr("version")});
    bool first = true;
    if (json)
        context.out() << "[";
    LeadFilter filter;
    filter.text = parser.value(u"search"_s);
    const auto failed = LeadPager::forEach(context, *pipeline, *stages, filter, [&](const Lead &lead, const Stage &stage) {
        if (json) {
            context.out() << (first ? "\n" : ",\n")
                          << QString::fromUtf8(QJsonDocument(LeadJson::toJson(lead, *pipeline)).toJson(QJsonDocument::Compact));
            first = false;
            return;
        }
        QStringList contact{lead.contactName(), lead.value(u"job_title"_s).toString()};
        contact.removeAll(QString());
        const QString value = lead.isFilled(u"value"_s) ? u"%1 %2"_s.arg(Money::toMajor(lead.value(u"value"_s).toLongLong()), 0, 'f', 2)
                                                                .arg(lead.value(u"currency"_s).toString())
                                                          : QString();
        table.addRow({QString::number(lead.id), lead.displayName(), contact.join(u", "_s), stage.name, lead.ownerName, value,
                      QString::number(lead.version)});
    });
    if (failed)
        return context.fail(*failed);
    if (json)
        context.out() << (first ? "]" : "\n]") << Qt::endl;
    else
        table.print(context.out());
    return Success;
}

} // namespace lejek::cli
