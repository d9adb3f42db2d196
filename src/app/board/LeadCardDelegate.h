// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace lejek::app {

// Paints a lead card from StageLeadModel's roles; no widget per card. Three lines:
// the company (bold); the contact and role, and the score; the owner's initials, the
// deal value and days in the stage. A rotting lead gets a warm tint and an edge mark.
// Every text is elided to its space; the height follows the font.
class LeadCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LeadCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Space around each card inside its row.
    static constexpr int Margin = 3;
    static constexpr int Padding = 7;
    // DOMAIN.md's handoff threshold: the score pill lights up from here.
    static constexpr int HandoffScore = 70;

private:
    void paintPlaceholder(QPainter *painter, const QRect &content, const QStyleOptionViewItem &option) const;
    // "SLA 12 min", "SLA 3 h", "SLA 2 d" left, or "SLA breached".
    QString slaText(const QDateTime &due, bool breached) const;
};

} // namespace lejek::app
