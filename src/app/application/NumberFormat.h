// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace lejek::app {

// Whole numbers (lead counts) as the locale writes them. Qt 6.4 groups Polish
// millions wrongly ("1234 567"); like Money::format, this groups by hand: in threes,
// and in Polish only from five digits up ("1234", "12 345", "1 234 567").
class NumberFormat
{
public:
    static QString integer(qint64 value, const QLocale &locale = QLocale());
    // The n that picks a translation's plural form ("1 lead", "2 leady", "5 leadów").
    static int pluralN(qint64 value);
};

} // namespace lejek::app
