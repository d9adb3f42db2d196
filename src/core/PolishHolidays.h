// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace lejek {

// Poland's public holidays (dni ustawowo wolne od pracy) as the law has them now, for any
// year: the fixed dates, the Easter-based ones (Easter Sunday and Monday, Pentecost
// Sunday, Corpus Christi), Epiphany from 2011 and Christmas Eve from 2025.
class PolishHolidays
{
public:
    // Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
    // Each holiday of `year` with its Polish name.
    static QMap<QDate, QString> of(int year);
    static bool isHoliday(const QDate &date);
};

} // namespace lejek
