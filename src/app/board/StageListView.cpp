// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageListView.h"

#include "CardPalette.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>

namespace lejek::app {

StageListView::StageListView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover, true);
    setSpacing(0);
    verticalScrollBar()->setSingleStep(24);
    viewport()->setAutoFillBackground(true);
    updateColors();
}

void StageListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void StageListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    QListView::changeEvent(event);
}

void StageListView::updateColors()
{
    QPalette p = viewport()->palette();
    p.setColor(QPalette::Base, CardPalette::columnBackground(palette()));
    viewport()->setPalette(p);
}

void StageListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_emptyText.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::PlaceholderText);
    painter.setPen(color);
    const QRect area = viewport()->rect().adjusted(16, 24, -16, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

} // namespace lejek::app
