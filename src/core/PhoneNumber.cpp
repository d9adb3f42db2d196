// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

namespace lejek {

std::optional<QString> PhoneNumber::toE164(const QString &text, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(text.toStdString(), defaultRegion.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (number.has_extension() || !util->IsValidNumber(number))
        return std::nullopt;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace lejek
