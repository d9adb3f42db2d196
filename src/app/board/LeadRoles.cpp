// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadRoles.h"

#include "Money.h"
#include "Readiness.h"
#include "StageLeadModel.h"

#include <QLocale>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 valueOf(const Lead &lead) { return lead.value(u"value"_s).toLongLong(); }

// The SLA tier still running: first contact until it is made, then the decision until
// it is taken. Once decided, both tiers are history for the dashboards, not a badge.
QDateTime runningSlaDue(const Lead &lead)
{
    const EngineState &e = lead.engine;
    if (e.slaDecidedAt.isValid())
        return {};
    if (e.slaFirstContactDueAt.isValid() && !e.slaFirstContactAt.isValid())
        return e.slaFirstContactDueAt;
    if (e.slaDecisionDueAt.isValid() && !e.slaDecidedAt.isValid())
        return e.slaDecisionDueAt;
    return {};
}
} // namespace

LeadRoles::LeadRoles(const Stage &stage, const std::function<QDateTime()> &clock, const Pipeline *pipeline)
    : m_stage(stage), m_pipeline(pipeline), m_clock(clock) {}

QVariant LeadRoles::value(const Lead &lead, int role, const QString &notice) const
{
    switch (role) {
    case Qt::DisplayRole:
        return lead.displayName();
    case StageLeadModel::LeadIdRole:
        return lead.id;
    case StageLeadModel::VersionRole:
        return lead.version;
    case StageLeadModel::NextTaskDueRole:
        return lead.nextTaskDueAt;
    case StageLeadModel::TaskOverdueRole:
        return lead.nextTaskDueAt.isValid() && lead.nextTaskDueAt < m_clock();
    case StageLeadModel::SlaDueRole:
        return runningSlaDue(lead);
    case StageLeadModel::SlaBreachedRole: {
        const QDateTime due = runningSlaDue(lead);
        return due.isValid() && due < m_clock();
    }
    case StageLeadModel::ReadinessRole:
        return m_pipeline ? Readiness::of(*m_pipeline, lead, m_clock().date()).badge() : QString();
    case StageLeadModel::CompanyRole:
        return lead.value(u"company"_s).toString();
    case StageLeadModel::ContactRole: {
        QStringList parts;
        if (const QString name = lead.contactName(); !name.isEmpty())
            parts.append(name);
        if (const QString jobTitle = lead.value(u"job_title"_s).toString().trimmed(); !jobTitle.isEmpty())
            parts.append(jobTitle);
        return parts.join(u", "_s);
    }
    case StageLeadModel::ValueMinorRole:
        return valueOf(lead);
    case StageLeadModel::CurrencyRole: {
        const QString currency = lead.value(u"currency"_s).toString();
        return currency.isEmpty() ? u"PLN"_s : currency;
    }
    case StageLeadModel::OwnerNameRole:
        return lead.ownerName;
    case StageLeadModel::DaysInStageRole:
        return daysSince(lead.stageEnteredAt.isValid() ? lead.stageEnteredAt : lead.createdAt);
    case StageLeadModel::ScoreRole:
        return lead.isFilled(u"score"_s) ? QVariant(lead.value(u"score"_s).toInt()) : QVariant();
    case StageLeadModel::RottingRole: {
        // As the "rotting only" filter has it (LeadRepository): an open or parked stage,
        // and no activity for longer than its rotting days, counted in hours.
        if (m_stage.rottingDays <= 0 || m_stage.isClosed())
            return false;
        const QDateTime last = lead.lastActivityAt.isValid() ? lead.lastActivityAt
            : lead.stageEnteredAt.isValid()                  ? lead.stageEnteredAt
                                                             : lead.createdAt;
        return last.isValid() && last.msecsTo(m_clock()) > qint64(m_stage.rottingDays) * 24 * 60 * 60 * 1000;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines {lead.displayName()};
        if (!notice.isEmpty())
            lines.append(notice);
        if (const QString contact = value(lead, StageLeadModel::ContactRole, notice).toString(); !contact.isEmpty())
            lines.append(contact);
        if (const qint64 deal = valueOf(lead); deal != 0)
            lines.append(tr("Deal value: %1").arg(Money::format(deal, value(lead, StageLeadModel::CurrencyRole, notice).toString())));
        lines.append(lead.ownerName.isEmpty() ? tr("No owner yet") : tr("Owner: %1").arg(lead.ownerName));
        lines.append(tr("%Ln day(s) in this stage", "", value(lead, StageLeadModel::DaysInStageRole, notice).toInt()));
        if (const QVariant score = value(lead, StageLeadModel::ScoreRole, notice); score.isValid())
            lines.append(tr("Score: %1").arg(score.toInt()));
        if (const QDateTime due = runningSlaDue(lead); due.isValid()) {
            const QString when = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
            const bool first = !lead.engine.slaFirstContactAt.isValid() && lead.engine.slaFirstContactDueAt.isValid();
            lines.append(due < m_clock() ? (first ? tr("SLA breached: first contact was due %1").arg(when)
                                                  : tr("SLA breached: a decision was due %1").arg(when))
                                         : (first ? tr("SLA: first contact due %1").arg(when) : tr("SLA: decision due %1").arg(when)));
        }
        if (value(lead, StageLeadModel::RottingRole, notice).toBool())
            lines.append(tr("Rotting: no activity for more than %n day(s)", "", m_stage.rottingDays));
        if (m_pipeline)
            if (const QString ready = Readiness::of(*m_pipeline, lead, m_clock().date()).summary(*m_pipeline); !ready.isEmpty())
                lines.append(ready);
        if (lead.nextTaskDueAt.isValid()) {
            const QString due = QLocale().toString(lead.nextTaskDueAt.toLocalTime(), QLocale::ShortFormat);
            lines.append(value(lead, StageLeadModel::TaskOverdueRole, notice).toBool() ? tr("Next task overdue since %1").arg(due)
                                                                                       : tr("Next task due %1").arg(due));
        }
        return lines.join(role == Qt::ToolTipRole ? u"\n"_s : u"; "_s);
    }
    default:
        return {};
    }
}

int LeadRoles::daysSince(const QDateTime &when) const
{
    if (!when.isValid())
        return 0;
    const qint64 msecs = when.msecsTo(m_clock());
    return msecs <= 0 ? 0 : static_cast<int>(msecs / (24LL * 60 * 60 * 1000));
}

} // namespace lejek::app
