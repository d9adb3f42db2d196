// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace lejek::app {

// The board's few colours, derived from the widget palette so cards, headers and
// tiles read well in light and dark themes alike.
class CardPalette
{
public:
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
    static bool isDark(const QPalette &palette);
    // Behind the cards of a column.
    static QColor columnBackground(const QPalette &palette);
    static QColor cardBackground(const QPalette &palette, bool rotting);
    static QColor cardBorder(const QPalette &palette);
    static QColor secondaryText(const QPalette &palette);
    static QColor rottingAccent(const QPalette &palette);
    static QColor wonAccent(const QPalette &palette);
    static QColor lostAccent(const QPalette &palette);
    // A stable colour per owner, for the initials badge.
    static QColor ownerColor(const QPalette &palette, const QString &owner);
    // "Anna Nowak" -> "AN", "anna@firma.pl" -> "A".
    static QString initials(const QString &name);
};

} // namespace lejek::app
