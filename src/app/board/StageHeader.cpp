// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageHeader.h"

#include "CardPalette.h"
#include "LeadFields.h"
#include "Money.h"
#include "application/NumberFormat.h"

#include <QPainter>
#include <QPainterPath>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int HPadding = 8;
constexpr int VPadding = 6;
constexpr int LineGap = 2;
} // namespace

StageHeader::StageHeader(const Stage &stage, QWidget *parent)
    : QWidget(parent)
    , m_stage(stage)
{
    m_totals.stageId = stage.id;
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateToolTip();
}

void StageHeader::setTotals(const StageTotals &totals)
{
    m_totals = totals;
    updateToolTip();
    updateGeometry();
    update();
}

QString StageHeader::titleText() const
{
    return m_stage.displayName(locale());
}

QString StageHeader::countText() const
{
    return NumberFormat::integer(m_totals.count, locale());
}

QString StageHeader::valueText() const
{
    return formatTotal(m_totals.valueMinor, locale());
}

QString StageHeader::formatTotal(qint64 minor, const QLocale &locale)
{
    // A sum of many leads reads better in whole units.
    const qint64 whole = (minor >= 0 ? minor + 50 : minor - 50) / 100 * 100;
    return Money::format(whole, u"PLN"_s, locale);
}

QString StageHeader::weightedText() const
{
    return tr("weighted %1", "the weighted value: value x the stage's win probability")
        .arg(formatTotal(m_totals.weightedMinor, locale()));
}

QSize StageHeader::sizeHint() const
{
    const QFontMetrics fm(font());
    return {200, 2 * VPadding + 3 * fm.height() + 2 * LineGap + 2};
}

QSize StageHeader::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void StageHeader::updateToolTip()
{
    QStringList lines {u"<b>%1</b>"_s.arg(titleText().toHtmlEscaped())};
    lines.append(tr("%1 lead(s)", "", NumberFormat::pluralN(m_totals.count)).arg(countText()));
    lines.append(tr("Value: %1").arg(valueText()));
    lines.append(tr("Weighted value: %1 (win probability %2%)")
                     .arg(formatTotal(m_totals.weightedMinor, locale()))
                     .arg(m_stage.probability));
    if (m_stage.kind == StageKind::Parked)
        lines.append(tr("Parked: follow up later; kept out of conversion rates."));
    if (m_stage.rottingDays > 0)
        lines.append(tr("A lead rots after %n day(s) without activity.", "", m_stage.rottingDays));
    if (!m_stage.requiredFields.isEmpty()) {
        QStringList labels;
        for (const QString &key : m_stage.requiredFields)
            labels.append(LeadFields::label(key));
        lines.append(tr("Required to enter: %1").arg(labels.join(u", "_s)));
    }
    setToolTip(lines.join(u"<br>"_s));
}

void StageHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRect content = rect().adjusted(HPadding, VPadding, -HPadding, -VPadding);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const QFontMetrics boldFm(bold);
    const int lineHeight = fm.height();

    // Line 1: the stage's name, the whole width.
    QRect line(content.left(), content.top(), content.width(), lineHeight);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, boldFm.elidedText(titleText(), Qt::ElideRight, line.width()));

    // Line 2: the value, and the lead count as a pill on the right.
    line.translate(0, lineHeight + LineGap);
    const QString count = countText();
    const int pillWidth = boldFm.horizontalAdvance(count) + 12;
    const QRect pill(line.right() - pillWidth + 1, line.top(), pillWidth, lineHeight);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(CardPalette::mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.12));
    painter.drawRoundedRect(QRectF(pill), lineHeight / 2.0, lineHeight / 2.0);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(pill, Qt::AlignCenter, count);
    painter.setFont(font());
    const QRect valueRect = line.adjusted(0, 0, -(pillWidth + 6), 0);
    painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(valueText(), Qt::ElideRight, valueRect.width()));

    line.translate(0, lineHeight + LineGap);
    painter.setPen(CardPalette::secondaryText(pal));
    QString weighted = weightedText();
    if (m_stage.kind == StageKind::Parked)
        weighted = tr("parked: not in the forecast");
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(weighted, Qt::ElideRight, line.width()));

    // A rule under the header; parked stages get a dashed one.
    painter.setPen(QPen(CardPalette::cardBorder(pal), 1, m_stage.kind == StageKind::Parked ? Qt::DashLine : Qt::SolidLine));
    painter.drawLine(rect().left() + HPadding, rect().bottom(), rect().right() - HPadding, rect().bottom());
}

} // namespace lejek::app
