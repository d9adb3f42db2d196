// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropHint.h"
#include "LeadDragPayload.h"
#include "Stage.h"
#include "StageTotals.h"

#include <QWidget>

#include <functional>

namespace lejek::app {

// A won or lost stage in the board's right-hand strip: its name, how many leads
// closed there and their value. Cards dropped on it close their deals (the board asks
// for the lost reason or the confirmation first).
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

    void setDropAdvisor(std::function<DropHint(const LeadDragPayload &)> advisor) { m_advisor = std::move(advisor); }
    const DropHint &dropHint() const { return m_hint; }

Q_SIGNALS:
    void leadsDropped(const lejek::app::LeadDragPayload &payload);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateAccessibility();
    Stage m_stage;
    StageTotals m_totals;
    std::function<DropHint(const LeadDragPayload &)> m_advisor;
    DropHint m_hint;
};

} // namespace lejek::app
