// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCommand.h"

#include "Activity.h"
#include "CliContext.h"
#include "ExitCode.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::LogCommand", s); }
} // namespace

QString LogCommand::synopsis() const { return u"log --db DB LEAD --kind KIND [--subject TEXT] [--body TEXT] [--at ISO-TIME]"_s; }
QString LogCommand::summary() const { return tr("Record an activity on a lead's timeline."); }

int LogCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"kind"_s, tr("One of: %1.").arg(Activity::loggableKinds().join(u", "_s)), u"KIND"_s));
    parser.addOption(QCommandLineOption(u"subject"_s, tr("A short subject."), u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"body"_s, tr("Details."), u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"at"_s, tr("When it happened (ISO 8601; now by default)."), u"TIME"_s));
    parser.addPositionalArgument(u"LEAD"_s, tr("The lead's id."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    bool ok = false;
    const qint64 id = parser.positionalArguments().size() == 1 ? parser.positionalArguments().first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return context.usage(tr("give one lead id"));
    if (!parser.isSet(u"kind"_s))
        return context.usage(tr("--kind is required"));
    QDateTime at;
    if (parser.isSet(u"at"_s)) {
        at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return context.usage(tr("--at is not an ISO 8601 time: %1").arg(parser.value(u"at"_s)));
    }
    if (auto stop = context.openDatabase(parser))
        return *stop;
    auto activity = context.await(context.backend().leads().logActivity(context.principal(), 
        NewActivity{id, parser.value(u"kind"_s), parser.value(u"subject"_s), parser.value(u"body"_s), at, {}}));
    if (!activity)
        return context.fail(activity.error());
    context.out() << activity->id << Qt::endl;
    return Success;
}

} // namespace lejek::cli
