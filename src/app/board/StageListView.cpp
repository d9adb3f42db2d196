// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageListView.h"

#include "CardPalette.h"
#include "StageLeadModel.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
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
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(StageLeadModel::LeadIdRole).toLongLong())
            Q_EMIT openRequested(id, false);
    });
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false);
    verticalScrollBar()->setSingleStep(24);
    viewport()->setAutoFillBackground(true);
    updateColors();
}

void StageListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

QList<qint64> StageListView::selectedLeadIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        if (const qint64 id = index.data(StageLeadModel::LeadIdRole).toLongLong(); id > 0)
            ids.append(id);
    return ids;
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

void StageListView::setHint(const DropHint &hint)
{
    if (hint.kind == m_hint.kind && hint.text == m_hint.text)
        return;
    m_hint = hint;
    viewport()->update();
}

void StageListView::dragEnterEvent(QDragEnterEvent *event)
{
    const auto payload = LeadDragPayload::fromMimeData(event->mimeData());
    const DropHint hint = payload && m_advisor ? m_advisor(*payload) : DropHint{};
    setHint(hint);
    if (hint.kind == DropHint::Kind::None) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StageListView::dragMoveEvent(QDragMoveEvent *event)
{
    // The whole column is one target: no drop between rows, the services place the card.
    if (m_hint.kind == DropHint::Kind::None) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept(viewport()->rect());
}

void StageListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHint({});
    QListView::dragLeaveEvent(event);
}

void StageListView::dropEvent(QDropEvent *event)
{
    const DropHint hint = m_hint;
    setHint({});
    const auto payload = LeadDragPayload::fromMimeData(event->mimeData());
    if (!payload || hint.kind == DropHint::Kind::None) {
        event->ignore();
        return;
    }
    // The source view then asks its model to remove the rows, which it declines
    // (StageLeadModel has no removeRows): the board moves the cards through the services.
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT leadsDropped(*payload);
}

void StageListView::keyPressEvent(QKeyEvent *event)
{
    const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    const int direction = event->key() == Qt::Key_Left ? -1 : 1;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (horizontal && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        Q_EMIT moveSelectionRequested(direction);
        event->accept();
        return;
    }
    if (horizontal && mods == Qt::NoModifier) {
        Q_EMIT focusNeighbourRequested(direction);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()
        && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
        if (const qint64 id = currentIndex().data(StageLeadModel::LeadIdRole).toLongLong())
            Q_EMIT openRequested(id, mods == Qt::ShiftModifier);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && mods == Qt::ShiftModifier)) {
        const QRect rect = visualRect(currentIndex());
        const QPoint local = rect.isValid() ? rect.center() : viewport()->rect().center();
        Q_EMIT contextMenuRequested(viewport()->mapToGlobal(local));
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void StageListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (index.isValid() && selectionModel() && !selectionModel()->isSelected(index))
        selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    if (index.isValid())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    Q_EMIT contextMenuRequested(event->globalPos());
    event->accept();
}

void StageListView::focusInEvent(QFocusEvent *event)
{
    // Arriving by keyboard on a column with cards: land on a card, not on nothing.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        selectionModel()->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::NoUpdate);
    QListView::focusInEvent(event);
}

void StageListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (m_hint.kind != DropHint::Kind::None) {
        paintDropHint(painter);
        return;
    }
    if (m_emptyText.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(16, 24, -16, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void StageListView::paintDropHint(QPainter &painter)
{
    const QPalette &pal = palette();
    const QColor accent = m_hint.kind == DropHint::Kind::Allowed ? pal.color(QPalette::Highlight)
                                                                 : CardPalette::rottingAccent(pal);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(accent, 2, Qt::DashLine));
    painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1), 5, 5);
    if (m_hint.text.isEmpty())
        return;
    const QFontMetrics fm(font());
    const QRect textArea = viewport()->rect().adjusted(12, 10, -12, -10);
    QRect bounds = fm.boundingRect(textArea, Qt::TextWordWrap | Qt::AlignHCenter, m_hint.text);
    bounds = bounds.adjusted(-8, -6, 8, 6);
    bounds.moveTop(10);
    QPainterPath box;
    box.addRoundedRect(QRectF(bounds), 5, 5);
    painter.fillPath(box, CardPalette::mix(pal.color(QPalette::Base), accent, 0.15));
    painter.setPen(QPen(accent, 1));
    painter.drawPath(box);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(bounds.adjusted(8, 6, -8, -6), Qt::TextWordWrap | Qt::AlignHCenter, m_hint.text);
}

} // namespace lejek::app
