// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Nip.h"

#include <array>

namespace lejek {

int Nip::checkDigit(QStringView nineDigits)
{
    static constexpr std::array<int, 9> weights{6, 5, 7, 2, 3, 4, 5, 6, 7};
    if (nineDigits.size() != 9)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        if (nineDigits[i] < u'0' || nineDigits[i] > u'9')
            return -1;
        sum += nineDigits[i].digitValue() * weights[static_cast<size_t>(i)];
    }
    const int digit = sum % 11;
    return digit == 10 ? -1 : digit;
}

std::optional<QString> Nip::normalize(QStringView input)
{
    QString digits;
    QStringView rest = input.trimmed();
    if (rest.startsWith(u"PL", Qt::CaseInsensitive))
        rest = rest.mid(2);
    for (const QChar c : rest) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return std::nullopt;
    }
    if (digits.size() != 10)
        return std::nullopt;
    if (checkDigit(QStringView(digits).first(9)) != digits.back().digitValue())
        return std::nullopt;
    return digits;
}

} // namespace lejek
