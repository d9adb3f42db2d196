// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineDelegate.h"

#include "TimelineEntry.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace lejek::app {

namespace {
constexpr int kMargin = 6;
constexpr int kMark = 4;

QColor markColour(TimelineEntry::Category category)
{
    using C = TimelineEntry::Category;
    switch (category) {
    case C::Stage: return QColor(0x1f, 0x6f, 0xb5);
    case C::FieldEdit: return QColor(0x8a, 0x8a, 0x8a);
    case C::Call:
    case C::Email:
    case C::Meeting: return QColor(0x2e, 0x8b, 0x57);
    case C::Note: return QColor(0xc2, 0x8b, 0x00);
    case C::Behaviour: return QColor(0x8e, 0x44, 0xad);
    case C::Task: return QColor(0xd3, 0x54, 0x00);
    case C::Other: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QFont smaller(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.9);
    return f;
}
} // namespace

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics main(option.font);
    const QFontMetrics small(smaller(option.font));
    int height = kMargin * 2 + main.height() + small.height();
    if (!index.data(TimelineModel::DetailRole).toString().isEmpty())
        height += 2 * small.lineSpacing();
    return {200, height};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, pal.color(QPalette::Highlight).lighter(185));
    const auto category = static_cast<TimelineEntry::Category>(index.data(TimelineModel::CategoryRole).toInt());
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    painter->fillRect(QRect(r.left(), r.top(), kMark, r.height()), markColour(category));
    const int x = r.left() + kMark + kMargin;
    const int width = r.right() - x;

    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetrics mainMetrics(bold);
    const QString what = mainMetrics.elidedText(index.data(TimelineModel::WhatRole).toString(), Qt::ElideRight, width);
    int y = r.top();
    painter->drawText(QRect(x, y, width, mainMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, what);
    y += mainMetrics.height();

    const QFont small = smaller(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRect(x, y, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(TimelineModel::WhoWhenRole).toString(), Qt::ElideRight, width));
    y += smallMetrics.height();

    const QString detail = index.data(TimelineModel::DetailRole).toString();
    if (!detail.isEmpty()) {
        painter->setPen(pal.color(QPalette::Text));
        // Two lines at most; the second ends in an ellipsis when the text goes on.
        QTextLayout layout(QString(detail).replace(u'\n', QChar::LineSeparator), small);
        layout.beginLayout();
        int lines = 0;
        while (lines < 2) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            const QString text = detail.mid(line.textStart(), line.textLength()).trimmed();
            const bool last = lines == 1 && line.textStart() + line.textLength() < detail.size();
            painter->drawText(QRect(x, y, width, smallMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                              last ? smallMetrics.elidedText(text + QStringLiteral("…"), Qt::ElideRight, width) : text);
            y += smallMetrics.lineSpacing();
            ++lines;
        }
        layout.endLayout();
    }
    painter->setPen(pal.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace lejek::app
