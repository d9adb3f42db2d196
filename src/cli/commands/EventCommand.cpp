// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventCommand.h"

#include "CliContext.h"
#include "EventReport.h"
#include "ExitCode.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::EventCommand", s); }
} // namespace

QString EventCommand::synopsis() const
{
    return u"event --db DB [--pipeline NAME] --email E|--nip N|--website W "
           "--type demo_request|pricing_visit|download|webinar|email_click|form|page_visit "
           "[--detail TEXT] [--at TIME] [--id EXTERNAL_EVENT_ID]"_s;
}
QString EventCommand::summary() const
{
    return tr("Record a behaviour event for its lead (by e-mail, then NIP, then web domain) or a new one.");
}

int EventCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name (not needed when there is only one)."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"email"_s, tr("The person's e-mail."), u"E"_s));
    parser.addOption(QCommandLineOption(u"nip"_s, tr("The company's NIP."), u"N"_s));
    parser.addOption(QCommandLineOption(u"website"_s, tr("The company's website."), u"W"_s));
    parser.addOption(QCommandLineOption(u"type"_s, tr("What happened."), u"TYPE"_s));
    parser.addOption(QCommandLineOption(u"detail"_s, tr("Which page, material or webinar."), u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"at"_s, tr("When it happened (ISO 8601; now by default)."), u"TIME"_s));
    parser.addOption(QCommandLineOption(u"id"_s, tr("The event's id in its source: the same id is recorded once."), u"ID"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"type"_s))
        return context.usage(tr("--type is required"));
    if (!parser.isSet(u"email"_s) && !parser.isSet(u"nip"_s) && !parser.isSet(u"website"_s))
        return context.usage(tr("give --email, --nip or --website to find the lead by"));
    QDateTime at;
    if (parser.isSet(u"at"_s)) {
        at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODateWithMs);
        if (!at.isValid())
            return context.usage(tr("--at is not an ISO 8601 time: %1").arg(parser.value(u"at"_s)));
    }
    Pipeline pipeline;
    if (auto stop = context.openPipelineOrOnly(parser, &pipeline))
        return *stop;
    const BehaviourEventRequest event{pipeline.id,
                                      parser.value(u"email"_s),
                                      parser.value(u"nip"_s),
                                      parser.value(u"website"_s),
                                      parser.value(u"type"_s),
                                      parser.value(u"detail"_s),
                                      at,
                                      parser.value(u"id"_s)};
    auto results = context.await(context.backend().leads().recordEvents(context.principal(), {event}));
    if (!results)
        return context.fail(results.error());
    context.out() << EventReport(context, pipeline).describe(results->front()) << Qt::endl;
    return Success;
}

} // namespace lejek::cli
