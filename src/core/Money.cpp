// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <limits>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> Money::parseMinor(QStringView text)
{
    QString s = text.trimmed().toString();
    // Only the default currency may be written beside the amount: "12 EUR" on a PLN
    // lead would otherwise be stored as 12 PLN. Other currencies go in "currency".
    for (const QString &mark : {u"PLN"_s, u"zł"_s}) {
        if (s.endsWith(mark, Qt::CaseInsensitive)) {
            s.chop(mark.size());
            break;
        }
        if (s.startsWith(mark, Qt::CaseInsensitive)) {
            s.remove(0, mark.size());
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
            // "0,125" is not 125: no grouped number starts with a zero.
            if (groups.front().isEmpty() || groups.front().size() > 3 || groups.front().startsWith(u'0'))
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
    // Integer arithmetic all the way: a double loses grosze past 2^53 and Qt 6.4
    // groups Polish millions wrongly ("1234 567,89").
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const QString whole = QString::number(magnitude / 100);
    const bool polish = locale.language() == QLocale::Polish;
    // Polish leaves four-digit amounts ungrouped (CLDR minimum grouping digits = 2).
    const qsizetype minimumToGroup = polish ? 5 : 4;
    QString grouped;
    const QString separator = polish ? QString(QChar(0x00A0)) : locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0 && whole.size() >= minimumToGroup)
            grouped += separator;
        grouped += whole[i];
    }
    QString number = grouped;
    if (magnitude % 100 != 0)
        number += locale.decimalPoint() + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
    if (negative)
        number.prepend(u'-');
    if (polish)
        return number + QChar(0x00A0) + (currency == u"PLN"_s ? u"zł"_s : currency);
    return currency + QChar(0x00A0) + number;
}

} // namespace lejek
