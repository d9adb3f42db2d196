// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropHint.h"
#include "LeadDragPayload.h"

#include <QListView>

#include <functional>

namespace lejek::app {

// A board column's list: uniform rows painted by LeadCardDelegate, smooth per-pixel
// scrolling, and a short hint painted in the viewport while the stage is empty.
// Cards drag out under LeadDragPayload's private MIME type; a drag over the column
// shows what the drop would do (the hint comes from the board, which knows the gates),
// and a drop is handed to the board as leadsDropped() — the view never moves rows itself.
// Keyboard: Left/Right go to the neighbouring column, Ctrl+Shift+Left/Right move the
// selected cards there, the Menu key opens the context menu.
class StageListView : public QListView
{
    Q_OBJECT
public:
    using DropAdvisor = std::function<DropHint(const LeadDragPayload &)>;

    explicit StageListView(QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    void setDropAdvisor(DropAdvisor advisor) { m_advisor = std::move(advisor); }
    // The hint shown while a drag hovers; Kind::None when none does.
    const DropHint &dropHint() const { return m_hint; }
    QList<qint64> selectedLeadIds() const;

Q_SIGNALS:
    void leadsDropped(const lejek::app::LeadDragPayload &payload);
    // -1: the column to the left, +1: to the right.
    void moveSelectionRequested(int direction);
    void focusNeighbourRequested(int direction);
    void contextMenuRequested(const QPoint &globalPos);
    // Enter or a double-click on a card; Shift+Enter asks for a window of its own.
    void openRequested(qint64 leadId, bool newWindow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void updateColors();
    void setHint(const DropHint &hint);
    void paintDropHint(QPainter &painter);

    QString m_emptyText;
    DropAdvisor m_advisor;
    DropHint m_hint;
};

} // namespace lejek::app
