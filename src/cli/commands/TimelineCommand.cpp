// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineCommand.h"

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
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::TimelineCommand", s); }
} // namespace

QString TimelineCommand::synopsis() const { return u"timeline --db DB LEAD [--format table|json]"_s; }
QString TimelineCommand::summary() const { return tr("Show a lead's history: stage changes, edits, activities and tasks."); }

int TimelineCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"format"_s, tr("table (default) or json."), u"FORMAT"_s, u"table"_s));
    parser.addPositionalArgument(u"LEAD"_s, tr("The lead's id."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s)
        return context.usage(tr("--format is table or json"));
    bool ok = false;
    const qint64 id = parser.positionalArguments().size() == 1 ? parser.positionalArguments().first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return context.usage(tr("give one lead id"));
    if (auto stop = context.openDatabase(parser, CliContext::Missing::Refuse, CliContext::Access::Read))
        return *stop;
    auto entries = context.await(context.backend().leads().timeline(context.principal(), id));
    if (!entries)
        return context.fail(entries.error());
    if (format == u"json"_s) {
        QJsonArray array;
        for (const TimelineEntry &e : *entries)
            array.append(LeadJson::toJson(e));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Success;
    }
    TextTable table({tr("when (UTC)"), tr("who"), tr("what"), tr("detail")});
    for (const TimelineEntry &e : *entries) {
        const QString who = e.rule.isEmpty() ? e.who : tr("rule: %1").arg(e.rule);
        const QString when = e.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
        if (e.type == TimelineEntry::Type::StageChange) {
            const QString what = e.fromStage.isEmpty() ? tr("entered %1").arg(e.toStage) : tr("%1 → %2").arg(e.fromStage, e.toStage);
            QString detail = e.imported ? tr("imported history") : e.note;
            if (e.stageLeadId && e.stageLeadId != id) // a move of a lead merged into this one
                detail = detail.isEmpty() ? tr("of merged lead %1").arg(e.stageLeadId)
                                          : tr("of merged lead %1: %2").arg(e.stageLeadId).arg(detail);
            table.addRow({when, who, what, detail});
            continue;
        }
        const Activity &a = e.activity;
        if (a.kind == u"stage_change"_s)
            continue; // the stage change row says it
        QString detail = a.subject;
        if (a.kind == u"merged"_s || a.kind == u"merged_into"_s) {
            detail = tr("lead %1 (%2)").arg(a.newValue, a.subject);
            if (!a.body.isEmpty())
                detail += u"; "_s + tr("not kept: %1").arg(a.body.split(u'\n').join(u"; "_s));
        } else if (!a.field.isEmpty())
            detail = tr("%1: \"%2\" → \"%3\"").arg(a.field, a.oldValue, a.newValue);
        else if (!a.body.isEmpty())
            detail = detail.isEmpty() ? a.body : detail + u": "_s + a.body;
        table.addRow({when, who, a.kind, detail});
    }
    table.print(context.out());
    return Success;
}

} // namespace lejek::cli
