// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

#include <QWidget>

namespace lejek::app {

// The stage path across the top of a card: every stage of the pipeline as a chevron,
// the ones behind the lead filled lightly, the current one in the highlight colour and
// named in full (the others elide, with their names in a tooltip). Clicking a stage
// asks to move there; the card sends that through the gate like a drop.
class StagePath : public QWidget
{
    Q_OBJECT
public:
    explicit StagePath(QWidget *parent = nullptr);

    void setStages(const Pipeline &pipeline, qint64 currentStageId);
    qint64 currentStageId() const { return m_current; }
    // The stage under `pos`, or 0.
    qint64 stageAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stageClicked(qint64 stageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<QRect> segments() const;

    QList<Stage> m_stages;
    qint64 m_current = 0;
};

} // namespace lejek::app
