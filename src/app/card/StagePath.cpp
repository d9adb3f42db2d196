// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagePath.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace lejek::app {

namespace {
constexpr int kArrow = 8;   // the chevron's point, in pixels
constexpr int kPadding = 10;
} // namespace

StagePath::StagePath(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    setAccessibleName(tr("Stage path"));
}

void StagePath::setStages(const Pipeline &pipeline, qint64 currentStageId)
{
    m_stages = pipeline.stages;
    m_current = currentStageId;
    QString current;
    for (const Stage &s : std::as_const(m_stages))
        if (s.id == m_current)
            current = s.displayName();
    setAccessibleDescription(tr("Current stage: %1").arg(current));
    updateGeometry();
    update();
}

QSize StagePath::sizeHint() const { return {400, fontMetrics().height() + 12}; }
QSize StagePath::minimumSizeHint() const { return {120, fontMetrics().height() + 12}; }

QList<QRect> StagePath::segments() const
{
    QList<QRect> rects;
    if (m_stages.isEmpty())
        return rects;
    const int n = static_cast<int>(m_stages.size());
    // The current stage gets the width of its name; the others share the rest.
    int currentWidth = 0;
    for (const Stage &s : m_stages)
        if (s.id == m_current)
            currentWidth = std::min(fontMetrics().horizontalAdvance(s.displayName()) + 2 * kPadding + kArrow, width() / 2);
    const int others = currentWidth > 0 ? n - 1 : n;
    const int otherWidth = others > 0 ? (width() - currentWidth) / others : 0;
    int x = 0;
    for (const Stage &s : m_stages) {
        const int w = s.id == m_current ? currentWidth : otherWidth;
        rects.append(QRect(x, 0, w, height()));
        x += w;
    }
    return rects;
}

qint64 StagePath::stageAt(const QPoint &pos) const
{
    const QList<QRect> rects = segments();
    for (qsizetype i = 0; i < rects.size(); ++i)
        if (rects[i].contains(pos))
            return m_stages[i].id;
    return 0;
}

void StagePath::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = segments();
    int currentPosition = 0;
    for (const Stage &s : std::as_const(m_stages))
        if (s.id == m_current)
            currentPosition = s.position;
    const QPalette pal = palette();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const Stage &s = m_stages[i];
        const QRectF r = QRectF(rects[i]).adjusted(0.5, 1.5, -0.5, -1.5);
        QPainterPath path;
        const qreal left = r.left() + (i == 0 ? 0 : 1);
        path.moveTo(left, r.top());
        path.lineTo(r.right() - kArrow, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - kArrow, r.bottom());
        path.lineTo(left, r.bottom());
        if (i > 0)
            path.lineTo(left + kArrow, r.center().y());
        path.closeSubpath();
        const bool current = s.id == m_current;
        const bool behind = !current && s.kind == StageKind::Open && s.position < currentPosition;
        QColor fill = current ? pal.color(QPalette::Highlight) : behind ? pal.color(QPalette::Highlight).lighter(170) : pal.color(QPalette::Button);
        if (s.kind == StageKind::Lost && current)
            fill = QColor(0xb3, 0x26, 0x1e);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(fill);
        p.drawPath(path);
        p.setPen(current ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText));
        QFont f = font();
        f.setBold(current);
        p.setFont(f);
        const QRectF textRect = r.adjusted(i == 0 ? 4 : kArrow + 2, 0, -kArrow - 1, 0);
        const QString text = QFontMetrics(f).elidedText(s.displayName(), Qt::ElideRight, static_cast<int>(textRect.width()));
        p.drawText(textRect, Qt::AlignCenter, text);
    }
}

void StagePath::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const qint64 id = stageAt(event->position().toPoint()); id && id != m_current)
            Q_EMIT stageClicked(id);
}

bool StagePath::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = stageAt(help->pos());
        for (const Stage &s : std::as_const(m_stages))
            if (s.id == id)
                QToolTip::showText(help->globalPos(), id == m_current ? s.displayName() : tr("Move to %1").arg(s.displayName()), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace lejek::app
