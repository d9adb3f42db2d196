// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberFormat.h"

#include <limits>

namespace lejek::app {

QString NumberFormat::integer(qint64 value, const QLocale &locale)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    const QString digits = QString::number(magnitude);
    const bool polish = locale.language() == QLocale::Polish;
    const qsizetype minimumToGroup = polish ? 5 : 4;
    const bool group = digits.size() >= minimumToGroup && !locale.numberOptions().testFlag(QLocale::OmitGroupSeparator);
    const QString separator = polish ? QString(QChar(0x00A0)) : locale.groupSeparator();
    QString result;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (group && i > 0 && (digits.size() - i) % 3 == 0)
            result += separator;
        result += digits[i];
    }
    // Every locale Lejek speaks writes digits 0-9; others would need zeroDigit() mapping.
    return negative ? locale.negativeSign() + result : result;
}

int NumberFormat::pluralN(qint64 value)
{
    // Plural rules look at the last digits; keep them when clamping to int.
    return value <= std::numeric_limits<int>::max() ? static_cast<int>(value) : static_cast<int>(value % 1'000'000'000);
}

} // namespace lejek::app
