// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadCardDelegate.h"

#include "CardPalette.h"
#include "Money.h"
#include "StageLeadModel.h"

#include <QPainter>
#include <QPainterPath>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LeadCardDelegate::LeadCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize LeadCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int lines = 3 * fm.height() + 2 * 3; // three lines, two gaps
    return {240, std::max(72, lines + 2 * Padding + 2 * Margin)};
}

void LeadCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool loaded = index.data(StageLeadModel::LoadedRole).toBool();
    const bool rotting = loaded && index.data(StageLeadModel::RottingRole).toBool();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    // A move on its way, or the reason the last one was refused.
    const bool pending = loaded && index.data(StageLeadModel::PendingRole).toBool();
    const QString notice = loaded ? index.data(StageLeadModel::NoticeRole).toString() : QString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // The card.
    const QRect card = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const QRectF cardF = QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = CardPalette::cardBorder(palette);
    if (!notice.isEmpty())
        border = CardPalette::lostAccent(palette);
    else if (selected || pending)
        border = palette.color(QPalette::Highlight);
    else if (hovered)
        border = CardPalette::mix(border, palette.color(QPalette::Highlight), 0.5);
    QPainterPath shape;
    shape.addRoundedRect(cardF, 5, 5);
    painter->fillPath(shape, CardPalette::cardBackground(palette, rotting));
    if (rotting) {
        // A warm bar on the left edge: visible without reading the card.
        painter->save();
        painter->setClipPath(shape);
        painter->fillRect(QRectF(cardF.left(), cardF.top(), 4, cardF.height()), CardPalette::rottingAccent(palette));
        painter->restore();
    }
    QPen pen(border, selected || focused || !notice.isEmpty() ? 1.5 : 1.0);
    if (pending)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawPath(shape);

    const QRect content = card.adjusted(Padding + (rotting ? 3 : 0), Padding - 2, -Padding, -(Padding - 2));
    if (!loaded) {
        paintPlaceholder(painter, content, option);
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);

    // The view's option locale omits group separators; money needs them.
    const QLocale locale = option.widget ? option.widget->locale() : QLocale();
    const QColor text = palette.color(QPalette::Text);
    const QColor secondary = CardPalette::secondaryText(palette);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics boldFm(bold);
    const int lineHeight = fm.height();
    const int gap = std::max(0, (content.height() - 3 * lineHeight) / 2);

    // Line 1: what to call the lead by; on the right, how ready it is for the next stage.
    QRect line(content.left(), content.top(), content.width(), lineHeight);
    if (const QString ready = loaded ? index.data(StageLeadModel::ReadinessRole).toString() : QString(); !ready.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        const QFontMetrics smallFm(small);
        const bool done = ready == QStringLiteral("\u2713");
        const int width = smallFm.horizontalAdvance(ready) + 8;
        const QRect badge(line.right() - width + 1, line.top() + 1, width, lineHeight - 2);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(done ? CardPalette::wonAccent(palette) : secondary, 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setFont(small);
        painter->drawText(badge, Qt::AlignCenter, ready);
        line.setRight(badge.left() - 4);
    }
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        boldFm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, line.width()));

    // Line 2: the person and their role; the score as a pill on the right, in the
    // accent colour from the handoff threshold up.
    line.translate(0, lineHeight + gap);
    const QVariant score = index.data(StageLeadModel::ScoreRole);
    painter->setFont(option.font);
    if (score.isValid()) {
        const QString scoreText = locale.toString(score.toInt());
        const int pillWidth = std::max(fm.horizontalAdvance(scoreText) + 10, lineHeight + 2);
        const QRect pill(line.right() - pillWidth + 1, line.top() + 1, pillWidth, lineHeight - 2);
        const bool hot = score.toInt() >= HandoffScore;
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(hot ? palette.color(QPalette::Highlight)
                              : CardPalette::mix(CardPalette::cardBackground(palette, rotting), text, 0.10));
        painter->drawRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(hot ? palette.color(QPalette::HighlightedText) : secondary);
        painter->drawText(pill, Qt::AlignCenter, scoreText);
        line.setRight(pill.left() - 6);
    }
    // The next task's due date before the score: red once overdue.
    if (const QDateTime due = index.data(StageLeadModel::NextTaskDueRole).toDateTime(); due.isValid() && notice.isEmpty()) {
        const bool overdue = index.data(StageLeadModel::TaskOverdueRole).toBool();
        const QString dueText = locale.toString(due.toLocalTime().date(), tr("d MMM", "a task's due date on a card"));
        const int dueWidth = fm.horizontalAdvance(dueText);
        const int box = std::max(7, fm.ascent() - 3);
        const QRect dueRect(line.right() - dueWidth + 1, line.top(), dueWidth, lineHeight);
        painter->setFont(option.font);
        painter->setPen(overdue ? CardPalette::lostAccent(palette) : secondary);
        painter->drawText(dueRect, Qt::AlignRight | Qt::AlignVCenter, dueText);
        // A small task box before the date.
        const QRect tick(dueRect.left() - box - 4, line.center().y() - box / 2 + 1, box, box);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawRoundedRect(QRectF(tick).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->setRenderHint(QPainter::Antialiasing, false);
        line.setRight(tick.left() - 6);
    }
    painter->setPen(notice.isEmpty() ? secondary : CardPalette::lostAccent(palette));
    QString contact = notice.isEmpty() ? index.data(StageLeadModel::ContactRole).toString() : notice;
    if (contact.isEmpty())
        contact = tr("No contact person");
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(contact, Qt::ElideRight, line.width()));
    line = QRect(content.left(), line.top(), content.width(), lineHeight);

    // Line 3: the owner's initials, the deal value; days in the stage on the right.
    line.translate(0, lineHeight + gap);
    const int badge = std::min(lineHeight + 2, 20);
    const QRect badgeRect(line.left(), line.center().y() - badge / 2 + 1, badge, badge);
    const QString owner = index.data(StageLeadModel::OwnerNameRole).toString();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (owner.isEmpty()) {
        painter->setPen(QPen(secondary, 1.0, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(CardPalette::ownerColor(palette, owner));
        painter->drawEllipse(badgeRect);
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.72));
        small.setBold(true);
        painter->setFont(small);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, CardPalette::initials(owner));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);

    QRect rest = line.adjusted(badge + 6, 0, 0, 0);
    const int days = index.data(StageLeadModel::DaysInStageRole).toInt();
    // While an SLA runs its time left takes the place of the days in the stage: red
    // once breached.
    const QDateTime slaDue = index.data(StageLeadModel::SlaDueRole).toDateTime();
    const bool slaBreached = index.data(StageLeadModel::SlaBreachedRole).toBool();
    const QString daysText = pending ? tr("saving…", "a moved card waits for the database")
        : slaDue.isValid()           ? slaText(slaDue, slaBreached)
        : days == 0                  ? tr("today", "entered the stage today")
                                     : tr("%Ln d", "days in the stage, abbreviated", days);
    const int daysWidth = fm.horizontalAdvance(daysText);
    const qint64 value = index.data(StageLeadModel::ValueMinorRole).toLongLong();
    const QString valueText
        = value != 0 ? Money::format(value, index.data(StageLeadModel::CurrencyRole).toString(), locale) : QString();
    // The value is never cut short if it fits at all; the days give way first.
    const bool daysFit = boldFm.horizontalAdvance(valueText) + 8 + daysWidth <= rest.width();
    if (!valueText.isEmpty()) {
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, boldFm.elidedText(valueText, Qt::ElideRight, rest.width()));
    }
    if (daysFit) {
        painter->setFont(option.font);
        painter->setPen(slaDue.isValid() && !pending ? (slaBreached ? CardPalette::lostAccent(palette) : palette.color(QPalette::Highlight))
                        : rotting                    ? CardPalette::rottingAccent(palette)
                                                     : secondary);
        if (slaDue.isValid() && slaBreached) {
            QFont strong = option.font;
            strong.setBold(true);
            painter->setFont(strong);
        }
        painter->drawText(rest, Qt::AlignRight | Qt::AlignVCenter, daysText);
    }
    painter->restore();
}

QString LeadCardDelegate::slaText(const QDateTime &due, bool breached) const
{
    if (breached)
        return tr("SLA breached");
    const qint64 minutes = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(due) / 60);
    if (minutes < 60)
        return tr("SLA %Ln min", "time left to the SLA's due time", int(minutes));
    if (minutes < 48 * 60)
        return tr("SLA %Ln h", "time left to the SLA's due time", int(minutes / 60));
    return tr("SLA %Ln d", "time left to the SLA's due time", int(minutes / (24 * 60)));
}

void LeadCardDelegate::paintPlaceholder(QPainter *painter, const QRect &content, const QStyleOptionViewItem &option) const
{
    // Grey bars where the text will be, so the list does not jump when the page comes.
    const QFontMetrics fm(option.font);
    const QColor bar
        = CardPalette::mix(CardPalette::cardBackground(option.palette, false), option.palette.color(QPalette::Text), 0.08);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    const int h = std::max(6, fm.height() / 2);
    const int lineHeight = fm.height();
    const int gap = std::max(0, (content.height() - 3 * lineHeight) / 2);
    const int widths[] = {content.width() * 3 / 5, content.width() * 2 / 5, content.width() / 4};
    for (int i = 0; i < 3; ++i) {
        const int y = content.top() + i * (lineHeight + gap) + (lineHeight - h) / 2;
        painter->drawRoundedRect(QRectF(content.left(), y, widths[i], h), h / 2.0, h / 2.0);
    }
    painter->setPen(CardPalette::secondaryText(option.palette));
    painter->drawText(content, Qt::AlignRight | Qt::AlignBottom, tr("Loading…"));
}

} // namespace lejek::app
