// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

// How a field's value is parsed, stored and shown. Custom fields use the same types.
enum class FieldType {
    Text,
    LongText,
    Email,
    Phone,
    Nip,
    Url,
    Integer,
    Money,    // integer minor units beside the lead's currency
    Date,     // calendar date, stored as ISO text
    Currency, // ISO 4217 code
    Choice,
    MultiChoice,
};

QString fieldTypeName(FieldType type);
bool fieldTypeFromName(const QString &name, FieldType *type);

} // namespace lejek
