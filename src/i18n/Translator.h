// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace lejek {

// Lejek's own translation for a language ("pl"), from the embedded :/i18n; null when
// there is none (English is the source language).
class Translator
{
public:
    static std::unique_ptr<QTranslator> load(const QString &language);
    // The language of the user's locale: "pl" under LANG=pl_PL.UTF-8.
    static QString systemLanguage();
};

} // namespace lejek
