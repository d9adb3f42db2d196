// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stage.h"
#include "StageTotals.h"

#include <QWidget>

namespace lejek::app {

// A won or lost stage in the board's right-hand strip: its name, how many leads
// closed there and their value. (Later, the drop target for closing a deal.)
class ClosedStageTile : public QWidget
{
    Q_OBJECT
public:
    explicit ClosedStageTile(const Stage &stage, QWidget *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    void setTotals(const StageTotals &totals);
    const StageTotals &totals() const { return m_totals; }
    QString countText() const;
    QString valueText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibility();
    Stage m_stage;
    StageTotals m_totals;
};

} // namespace lejek::app
