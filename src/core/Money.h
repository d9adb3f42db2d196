// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace lejek {

// Money is integer minor units (grosze, cents) beside an ISO 4217 currency.
class Money
{
public:
    // Parses "1234.56", "1 234,56", "1.234,56", "1,234.56", "1234" and an optional
    // currency suffix ("PLN", "zł"); nullopt when it is not an amount.
    static std::optional<qint64> parseMinor(QStringView text);
    // "12 345,67 zł" / "PLN 12,345.67" as the locale writes it.
    static QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // A number of major units with two decimals, for JSON and CSV ("1234.5" -> 1234.5).
    static double toMajor(qint64 minor) { return static_cast<double>(minor) / 100.0; }
};

} // namespace lejek
