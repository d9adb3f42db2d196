// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldDefinition.h"

#include <QString>
#include <QVariant>

#include <expected>

namespace lejek {

// Turns the text a user, a CSV cell or an API call gives for a field into its typed
// value, or says why it cannot. Every write path goes through it (in the services).
// An empty text is a null QVariant: the field is cleared.
class ValueParser
{
public:
    // Typed values: Text/LongText/Email/Phone/Nip/Url/Currency/Choice -> QString,
    // MultiChoice -> QStringList, Integer -> qlonglong, Money -> qlonglong minor units,
    // Date -> QDate.
    static std::expected<QVariant, QString> parse(const FieldDefinition &field, const QString &text);
    // The canonical text of a typed value (round-trips through parse()).
    static QString toText(const FieldDefinition &field, const QVariant &value);

    static bool isValidEmail(const QString &text);
    // Three letters, upper case (ISO 4217's form): PLN, EUR.
    static bool isCurrencyCode(const QString &text);
    // E.164 through libphonenumber, Polish by default (PhoneNumber).
    static std::optional<QString> normalizePhone(const QString &text);
    static std::optional<QDate> parseDate(const QString &text);

    static constexpr qsizetype MaxTextLength = 200;
    static constexpr qsizetype MaxLongTextLength = 20000;
};

} // namespace lejek
