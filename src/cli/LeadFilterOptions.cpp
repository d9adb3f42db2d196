// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadFilterOptions.h"

#include "CliContext.h"
#include "PipelineService.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::LeadFilterOptions", s); }
} // namespace

void LeadFilterOptions::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"owner"_s, tr("Only this owner's leads (name or e-mail)."), u"USER"_s));
    parser.addOption(QCommandLineOption(u"team"_s, tr("Only the leads of this team's members."), u"TEAM"_s));
    parser.addOption(QCommandLineOption(u"source"_s, tr("Only leads from this source."), u"SOURCE"_s));
    parser.addOption(QCommandLineOption(u"campaign"_s, tr("Only leads of this campaign."), u"CAMPAIGN"_s));
}

std::optional<int> LeadFilterOptions::read(const QCommandLineParser &parser, CliContext &context, LeadFilter *filter)
{
    filter->source = parser.value(u"source"_s);
    filter->campaign = parser.value(u"campaign"_s);
    if (!parser.isSet(u"owner"_s) && !parser.isSet(u"team"_s))
        return std::nullopt;
    auto users = context.await(context.backend().pipelines().users(context.principal()));
    if (!users)
        return context.fail(users.error());
    for (const User &user : std::as_const(*users)) {
        if (parser.isSet(u"owner"_s) && user.isCalled(parser.value(u"owner"_s)))
            filter->ownerId = user.id;
        if (parser.isSet(u"team"_s) && user.teamName.compare(parser.value(u"team"_s), Qt::CaseInsensitive) == 0)
            filter->teamId = user.teamId;
    }
    if (parser.isSet(u"owner"_s) && !filter->ownerId)
        return context.usage(tr("no user named \"%1\"").arg(parser.value(u"owner"_s)));
    if (parser.isSet(u"team"_s) && !filter->teamId)
        return context.usage(tr("no team \"%1\" with members").arg(parser.value(u"team"_s)));
    return std::nullopt;
}

} // namespace lejek::cli
