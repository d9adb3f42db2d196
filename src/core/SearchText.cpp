// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchText.h"

namespace lejek {

QString SearchText::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters with a stroke do not decompose.
        switch (c.unicode()) {
        case 0x0142: folded.append(u'l'); break; // ł
        case 0x00F8: folded.append(u'o'); break; // ø
        case 0x0111: folded.append(u'd'); break; // đ
        case 0x00DF: folded.append(u"ss"); break; // ß
        default: folded.append(c);
        }
    }
    return folded;
}

} // namespace lejek
