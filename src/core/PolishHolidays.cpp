// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolishHolidays.h"

#include <QCache>
#include <QMutex>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QDate PolishHolidays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QMap<QDate, QString> PolishHolidays::of(int year)
{
    // Ustawa o dniach wolnych od pracy (1951), as amended: Epiphany again from 2011,
    // Christmas Eve from 2025.
    QMap<QDate, QString> days{
        {QDate(year, 1, 1), u"Nowy Rok"_s},
        {QDate(year, 5, 1), u"Święto Pracy"_s},
        {QDate(year, 5, 3), u"Święto Konstytucji 3 Maja"_s},
        {QDate(year, 8, 15), u"Wniebowzięcie Najświętszej Maryi Panny"_s},
        {QDate(year, 11, 1), u"Wszystkich Świętych"_s},
        {QDate(year, 11, 11), u"Narodowe Święto Niepodległości"_s},
        {QDate(year, 12, 25), u"Boże Narodzenie (pierwszy dzień)"_s},
        {QDate(year, 12, 26), u"Boże Narodzenie (drugi dzień)"_s},
    };
    if (year >= 2011)
        days.insert(QDate(year, 1, 6), u"Święto Trzech Króli"_s);
    if (year >= 2025)
        days.insert(QDate(year, 12, 24), u"Wigilia Bożego Narodzenia"_s);
    const QDate easter = easterSunday(year);
    days.insert(easter, u"Wielkanoc"_s);
    days.insert(easter.addDays(1), u"Poniedziałek Wielkanocny"_s);
    days.insert(easter.addDays(49), u"Zielone Świątki"_s);
    days.insert(easter.addDays(60), u"Boże Ciało"_s);
    return days;
}

bool PolishHolidays::isHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    // A working-time sum asks about every day it crosses: each year is computed once.
    static QMutex lock;
    static QCache<int, QMap<QDate, QString>> years(64);
    const QMutexLocker locker(&lock);
    if (!years.contains(date.year()))
        years.insert(date.year(), new QMap<QDate, QString>(of(date.year())));
    return years.object(date.year())->contains(date);
}

} // namespace lejek
