// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"

#include <QLocale>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<QTranslator> Translator::load(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (language.isEmpty() || !translator->load(u":/i18n/lejek_"_s + language + u".qm"_s))
        return nullptr;
    return translator;
}

QString Translator::systemLanguage() { return QLocale::system().name().section(u'_', 0, 0); }

} // namespace lejek
