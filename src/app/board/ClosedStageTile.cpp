// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosedStageTile.h"

#include "CardPalette.h"
#include "StageHeader.h"
#include "application/NumberFormat.h"

#include <QDragEnterEvent>
#include <QPainter>
#include <QPainterPath>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Padding = 8;
constexpr int AccentWidth = 4;
} // namespace

ClosedStageTile::ClosedStageTile(const Stage &stage, QWidget *parent)
    : QWidget(parent)
    , m_stage(stage)
{
    setObjectName(u"closedStage_%1"_s.arg(stage.id));
    m_totals.stageId = stage.id;
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAcceptDrops(true);
    updateAccessibility();
}

void ClosedStageTile::setTotals(const StageTotals &totals)
{
    m_totals = totals;
    updateAccessibility();
    update();
}

QString ClosedStageTile::countText() const
{
    return tr("%1 lead(s)", "", NumberFormat::pluralN(m_totals.count)).arg(NumberFormat::integer(m_totals.count, locale()));
}

QString ClosedStageTile::valueText() const
{
    return StageHeader::formatTotal(m_totals.valueMinor, locale());
}

QSize ClosedStageTile::sizeHint() const
{
    const QFontMetrics fm(font());
    if (m_hint.kind != DropHint::Kind::None && !m_hint.text.isEmpty()) {
        // Taller while cards hover, so what the drop will do can be read in full.
        const QRect text = fm.boundingRect(QRect(0, 0, width() - 2 * Padding - AccentWidth, 1000),
            Qt::AlignLeft | Qt::TextWordWrap, m_hint.text);
        return {150, 2 * Padding + fm.height() + 2 + text.height() + 4};
    }
    return {150, 2 * Padding + 3 * fm.height() + 4};
}

QSize ClosedStageTile::minimumSizeHint() const
{
    return {110, sizeHint().height()};
}

void ClosedStageTile::updateAccessibility()
{
    const QString name = tr("%1, %2 lead(s)", "stage name, lead count", NumberFormat::pluralN(m_totals.count))
                             .arg(m_stage.displayName(locale()), NumberFormat::integer(m_totals.count, locale()));
    setAccessibleName(name);
    setAccessibleDescription(valueText());
    setToolTip(name + u"\n"_s + tr("Value: %1").arg(valueText()));
}

void ClosedStageTile::dragEnterEvent(QDragEnterEvent *event)
{
    const auto payload = LeadDragPayload::fromMimeData(event->mimeData());
    m_hint = payload && m_advisor ? m_advisor(*payload) : DropHint{};
    update();
    if (m_hint.kind == DropHint::Kind::None) {
        event->ignore();
        return;
    }
    setToolTip(m_hint.text);
    updateGeometry();
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void ClosedStageTile::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_hint.kind == DropHint::Kind::None) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept(rect());
}

void ClosedStageTile::dragLeaveEvent(QDragLeaveEvent *)
{
    m_hint = {};
    updateAccessibility();
    updateGeometry();
    update();
}

void ClosedStageTile::dropEvent(QDropEvent *event)
{
    const DropHint hint = std::exchange(m_hint, {});
    updateAccessibility();
    updateGeometry();
    update();
    const auto payload = LeadDragPayload::fromMimeData(event->mimeData());
    if (!payload || hint.kind == DropHint::Kind::None) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT leadsDropped(*payload);
}

void ClosedStageTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPalette &pal = palette();
    const QColor accent = m_stage.kind == StageKind::Won ? CardPalette::wonAccent(pal) : CardPalette::lostAccent(pal);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, 5, 5);
    painter.fillPath(shape, CardPalette::mix(CardPalette::cardBackground(pal, false), accent, 0.08));
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(box.left(), box.top(), AccentWidth, box.height()), accent);
    painter.restore();
    const bool hovered = m_hint.kind != DropHint::Kind::None;
    painter.setPen(hovered ? QPen(accent, 2, Qt::DashLine) : QPen(CardPalette::mix(CardPalette::cardBorder(pal), accent, 0.35), 1));
    painter.drawPath(shape);
    painter.setRenderHint(QPainter::Antialiasing, false);

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const QFontMetrics boldFm(bold);
    const QRect content = rect().adjusted(Padding + AccentWidth, Padding, -Padding, -Padding);
    QRect line(content.left(), content.top(), content.width(), fm.height());
    painter.setFont(bold);
    painter.setPen(accent);
    painter.drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter, boldFm.elidedText(m_stage.displayName(locale()), Qt::ElideRight, line.width()));
    line.translate(0, fm.height() + 2);
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::WindowText));
    if (hovered && !m_hint.text.isEmpty()) {
        // While cards hover: what the drop will do, in place of the numbers.
        const QRect hintArea(line.left(), line.top(), line.width(), content.bottom() - line.top());
        painter.drawText(hintArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_hint.text);
        return;
    }
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(countText(), Qt::ElideRight, line.width()));
    line.translate(0, fm.height() + 2);
    painter.setFont(bold);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, boldFm.elidedText(valueText(), Qt::ElideRight, line.width()));
}

} // namespace lejek::app
