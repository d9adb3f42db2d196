// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatesCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "LeadFields.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::DuplicatesCommand", s); }

QString reasonOf(const QString &field)
{
    if (field == u"web_domain"_s)
        return tr("web domain");
    return LeadFields::label(field).toLower();
}
} // namespace

QString DuplicatesCommand::synopsis() const { return u"duplicates --db DB --pipeline NAME [--limit N]"_s; }
QString DuplicatesCommand::summary() const
{
    return tr("List pairs of leads that may be one: the same e-mail, NIP or company web domain. Merge them with merge.");
}

int DuplicatesCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"pipeline"_s, tr("The pipeline, by name."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"limit"_s, tr("At most N pairs per key (default 1000)."), u"N"_s, u"1000"_s));
    if (auto done = context.parse(parser, arguments))
        return *done;
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 10000)
        return context.usage(tr("--limit is a number from 1 to 10000"));
    Pipeline pipeline;
    if (auto stop = context.openPipeline(parser, &pipeline, CliContext::Access::Read))
        return *stop;
    auto pairs = context.await(context.backend().leads().duplicatePairs(context.principal(), pipeline.id, limit));
    if (!pairs)
        return context.fail(pairs.error());
    if (pairs->isEmpty()) {
        context.out() << tr("no leads of \"%1\" share an e-mail, NIP or web domain").arg(pipeline.name) << Qt::endl;
        return Success;
    }
    TextTable table({tr("lead"), tr("name"), tr("lead"), tr("name"), tr("same")});
    for (const DuplicatePair &p : *pairs) {
        QStringList same;
        for (qsizetype i = 0; i < p.fields.size(); ++i)
            same.append(u"%1 %2"_s.arg(reasonOf(p.fields[i]), p.values[i]));
        table.addRow({QString::number(p.firstId), p.firstName, QString::number(p.secondId), p.secondName, same.join(u"; "_s)});
    }
    table.print(context.out());
    return Success;
}

} // namespace lejek::cli
