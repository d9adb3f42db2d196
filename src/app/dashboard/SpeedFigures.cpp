// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedFigures.h"

#include "ReportTable.h"
#include "application/NumberFormat.h"

namespace lejek::app {

namespace {

QString workingTime(const std::optional<qint64> &ms) { return ReportTable::text(ReportTable::hours(ms), ReportTable::Type::WorkingHours); }

} // namespace

SpeedFigures::SpeedFigures(QWidget *parent)
    : FigureGrid(3, parent)
{
    connect(this, &FigureGrid::figureClicked, this, &SpeedFigures::list);
}

void SpeedFigures::setSpeed(const SpeedToLead &speed)
{
    m_speed = speed;
    const auto contacted = NumberFormat::integer(int(speed.speed.count));
    const QString speedDetail = speed.speed.count == 0
                                    ? tr("nobody handed off was contacted yet")
                                    : tr("to the owner's first call, e-mail or meeting; 90% within %1").arg(workingTime(speed.speed.p90));
    QList<Figure> figures{{tr("Speed to lead, median"), workingTime(speed.speed.median),
                           speedDetail + u'\n' + tr("%1 contacted, %2 not yet").arg(contacted, NumberFormat::integer(speed.waiting)), false}};
    const auto tier = [](const QString &name, const SlaCompliance &sla, const QString &what) -> Figure {
        if (sla.minutes <= 0)
            return {name, ReportTable::text(QVariant(), ReportTable::Type::Share), tr("the handoff stage sets no limit for it"), false};
        const QString limit = ReportTable::text(sla.minutes / 60.0, ReportTable::Type::WorkingHours);
        return {name, ReportTable::text(ReportTable::share(sla.share()), ReportTable::Type::Share),
                what.arg(limit) + u'\n'
                    + tr("%1 met, %2 broken, %3 still running")
                          .arg(NumberFormat::integer(sla.met), NumberFormat::integer(sla.breached), NumberFormat::integer(sla.running)),
                false};
    };
    figures.append(tier(tr("SLA 1: first contact"), speed.firstContact, tr("contacted within %1 of working time")));
    figures.append(tier(tr("SLA 2: decision"), speed.decision, tr("SQL, disqualified or nurture within %1 of working time")));
    // A figure with leads behind it is a link to their list.
    figures[0].clickable = speed.waiting > 0;
    figures[1].clickable = speed.firstContact.breached > 0;
    figures[2].clickable = speed.decision.breached > 0;
    setFigures(figures);
}

void SpeedFigures::list(int index)
{
    const QList<qint64> &ids = index == 0   ? m_speed.waitingLeads
                               : index == 1 ? m_speed.firstContact.breachedLeads
                                            : m_speed.decision.breachedLeads;
    const int count = index == 0 ? m_speed.waiting : index == 1 ? m_speed.firstContact.breached : m_speed.decision.breached;
    const QString title = index == 0   ? tr("Handed off and not contacted yet")
                          : index == 1 ? tr("Leads that broke SLA 1 (first contact)")
                                       : tr("Leads that broke SLA 2 (decision)");
    if (count == 0)
        return;
    if (!ids.isEmpty()) {
        Q_EMIT listRequested(title, ids);
        return;
    }
    ReportFigure figure{ReportFigure::Kind::Handoffs, 0, {}, {}};
    figure.handoffs = index == 0   ? ReportFigure::HandoffList::NotContacted
                      : index == 1 ? ReportFigure::HandoffList::FirstContactBroken
                                   : ReportFigure::HandoffList::DecisionBroken;
    Q_EMIT figureRequested(title, figure);
}

} // namespace lejek::app
