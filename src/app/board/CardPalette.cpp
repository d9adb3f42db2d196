// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardPalette.h"

#include <QStringList>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

QColor CardPalette::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal t = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
        static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
        static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool CardPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor CardPalette::columnBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return mix(window, palette.color(QPalette::Text), isDark(palette) ? 0.04 : 0.035);
}

QColor CardPalette::cardBackground(const QPalette &palette, bool rotting)
{
    const QColor base = isDark(palette) ? mix(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.10)
                                        : palette.color(QPalette::Base);
    return rotting ? mix(base, rottingAccent(palette), isDark(palette) ? 0.18 : 0.10) : base;
}

QColor CardPalette::cardBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::Text), isDark(palette) ? 0.22 : 0.18);
}

QColor CardPalette::secondaryText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}

QColor CardPalette::rottingAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xF0, 0x8A, 0x3C) : QColor(0xD4, 0x5F, 0x0E);
}

QColor CardPalette::wonAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5C, 0xC9, 0x7B) : QColor(0x1E, 0x8A, 0x44);
}

QColor CardPalette::lostAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xE8, 0x6B, 0x6B) : QColor(0xB7, 0x32, 0x32);
}

QColor CardPalette::ownerColor(const QPalette &palette, const QString &owner)
{
    const int hue = static_cast<int>(qHash(owner) % 360);
    return QColor::fromHsl(hue, isDark(palette) ? 110 : 130, isDark(palette) ? 120 : 105);
}

QString CardPalette::initials(const QString &name)
{
    const QString simple = name.simplified();
    if (simple.isEmpty())
        return {};
    if (simple.contains(u'@'))
        return simple.left(1).toUpper();
    const QStringList words = simple.split(u' ', Qt::SkipEmptyParts);
    QString result = words.constFirst().left(1);
    if (words.size() > 1)
        result += words.constLast().left(1);
    return result.toUpper();
}

} // namespace lejek::app
