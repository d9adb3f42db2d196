// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lejek {

// The Polish tax id (NIP): ten digits, the last a weighted checksum mod 11.
class Nip
{
public:
    // Ten digits when the input (spaces, dashes and a "PL" prefix allowed) is a valid NIP.
    static std::optional<QString> normalize(QStringView input);
    static bool isValid(QStringView input) { return normalize(input).has_value(); }
    // The check digit for nine digits, or -1 when none exists (mod 11 gives 10).
    static int checkDigit(QStringView nineDigits);
};

} // namespace lejek
