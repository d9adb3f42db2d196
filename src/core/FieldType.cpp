// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldType.h"

#include <array>
#include <utility>

namespace lejek {

namespace {
using namespace Qt::Literals::StringLiterals;
const std::array<std::pair<FieldType, QLatin1StringView>, 12> kNames{{
    {FieldType::Text, "text"_L1},
    {FieldType::LongText, "long_text"_L1},
    {FieldType::Email, "email"_L1},
    {FieldType::Phone, "phone"_L1},
    {FieldType::Nip, "nip"_L1},
    {FieldType::Url, "url"_L1},
    {FieldType::Integer, "number"_L1},
    {FieldType::Money, "money"_L1},
    {FieldType::Date, "date"_L1},
    {FieldType::Currency, "currency"_L1},
    {FieldType::Choice, "choice"_L1},
    {FieldType::MultiChoice, "multi_choice"_L1},
}};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &[t, name] : kNames)
        if (t == type)
            return name;
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *type)
{
    for (const auto &[t, n] : kNames) {
        if (name == n) {
            *type = t;
            return true;
        }
    }
    return false;
}

} // namespace lejek
