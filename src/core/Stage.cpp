// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stage.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QString stageKindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Open: return u"open"_s;
    case StageKind::Parked: return u"parked"_s;
    case StageKind::Won: return u"won"_s;
    case StageKind::Lost: return u"lost"_s;
    }
    return {};
}

bool stageKindFromName(const QString &name, StageKind *kind)
{
    for (const StageKind k : {StageKind::Open, StageKind::Parked, StageKind::Won, StageKind::Lost}) {
        if (name.compare(stageKindName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString Stage::displayName(const QLocale &locale) const
{
    const QString language = locale.name().section(u'_', 0, 0);
    return translated.value(language, name);
}

QString Stage::guidanceText(const QLocale &locale) const
{
    const QString language = locale.name().section(u'_', 0, 0);
    if (const QString text = guidance.value(language); !text.isEmpty())
        return text;
    if (const QString text = guidance.value(u"en"_s); !text.isEmpty())
        return text;
    return guidance.isEmpty() ? QString() : guidance.first();
}

bool Stage::matchesName(const QString &text) const
{
    const QString t = text.trimmed();
    if (name.compare(t, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &other : translated)
        if (other.compare(t, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace lejek
