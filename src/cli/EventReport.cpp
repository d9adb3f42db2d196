// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventReport.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::EventReport", s); }
} // namespace

QString EventReport::describe(const BehaviourEventResult &result)
{
    if (result.duplicate)
        return tr("already recorded for lead %1: nothing changed").arg(result.leadId);
    const QString what = result.createdLead ? tr("lead %1 created for it").arg(result.leadId) : tr("recorded for lead %1").arg(result.leadId);
    auto lead = m_context.await(m_context.backend().leads().lead(m_context.principal(), result.leadId));
    if (!lead)
        return what;
    const Stage *stage = m_pipeline.stage(lead->stageId);
    return tr("%1: score %2, stage %3, owner %4")
        .arg(what)
        .arg(lead->value(u"score"_s).toInt())
        .arg(stage ? stage->displayName() : QString(), lead->ownerName.isEmpty() ? tr("none (the manager's queue)") : lead->ownerName);
}

} // namespace lejek::cli
