// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lejek {

// Phone numbers as libphonenumber reads them: any common way of writing one ("601 234
// 567", "(22) 123-45-67", "+49 30 1234567"), Polish when it carries no country code,
// stored in E.164 ("+48601234567"). A number libphonenumber does not know as a valid
// number of its country, or one with an extension, is refused.
class PhoneNumber
{
public:
    static std::optional<QString> toE164(const QString &text, const QString &defaultRegion = QStringLiteral("PL"));
};

} // namespace lejek
