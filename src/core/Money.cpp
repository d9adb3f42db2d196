// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <limits>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> Money::parseMinor(QStringView text)
{
    QString s = text.trimmed().toString();
    for (const QString &suffix : {u"PLN"_s, u"zł"_s, u"EUR"_s, u"USD"_s, u"€"_s, u"$"_s}) {
        if (s.endsWith(suffix, Qt::CaseInsensitive)) {
            s.chop(suffix.size());
            break;
        }
    }
    // Thousands separators a spreadsheet may write: spaces of every width, apostrophes.
    s.remove(u' ');
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s.remove(u'\'');
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    // The decimal separator is the last '.' or ',' when followed by one or two digits;
    // any other '.' or ',' groups thousands and must be followed by exactly three digits.
    const qsizetype lastSep = std::max(s.lastIndexOf(u'.'), s.lastIndexOf(u','));
    QString whole = s;
    QString fraction;
    if (lastSep >= 0 && s.size() - lastSep - 1 <= 2 && s.size() - lastSep - 1 >= 1) {
        whole = s.left(lastSep);
        fraction = s.mid(lastSep + 1);
    }
    if (!whole.isEmpty()) {
        const QStringList groups = whole.split(QChar(whole.contains(u',') ? u',' : u'.'));
        if (whole.contains(u',') && whole.contains(u'.'))
            return std::nullopt;
        if (groups.size() > 1) {
            if (groups.front().isEmpty() || groups.front().size() > 3)
                return std::nullopt;
            for (qsizetype i = 1; i < groups.size(); ++i)
                if (groups[i].size() != 3)
                    return std::nullopt;
        }
        whole = groups.join(QString());
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    for (const QChar c : whole + fraction)
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;
    const qint64 major = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 minor = fraction.isEmpty() ? 0 : (fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong());
    const qint64 total = major * 100 + minor;
    return negative ? -total : total;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString symbol = currency == u"PLN"_s && locale.language() == QLocale::Polish ? u"zł"_s : currency;
    const bool whole = minor % 100 == 0;
    return locale.toCurrencyString(static_cast<double>(minor) / 100.0, symbol, whole ? 0 : 2);
}

} // namespace lejek
