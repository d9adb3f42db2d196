// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureGrid.h"
#include "ReportFigure.h"
#include "SpeedToLead.h"

namespace lejek::app {

// Speed to lead and the two SLAs of the leads handed off in a period, as three figures:
// the median working time to the first contact, and the share of each SLA met. A
// figure with leads behind it (not contacted yet; each SLA's breaches) lists them.
class SpeedFigures : public FigureGrid
{
    Q_OBJECT
public:
    explicit SpeedFigures(QWidget *parent = nullptr);

    void setSpeed(const SpeedToLead &speed);
    // The leads behind figure `index` (0: not contacted yet, 1: SLA 1 broken, 2: SLA 2
    // broken), unless there are none: listRequested with those the report kept, else
    // (today's, counted by the store without them) figureRequested, for the store to
    // list them.
    void list(int index);

Q_SIGNALS:
    void listRequested(const QString &title, const QList<qint64> &leadIds);
    void figureRequested(const QString &title, const ReportFigure &figure);

private:
    SpeedToLead m_speed;
};

} // namespace lejek::app
