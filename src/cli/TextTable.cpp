// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &h : m_header)
        widths.append(h.size());
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(row[i].size(), 40));
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            QString cell = i < cells.size() ? cells[i] : QString();
            cell.replace(u'\n', u' ');
            if (cell.size() > 40)
                cell = cell.left(39) + u"…"_s;
            padded.append(i + 1 == widths.size() ? cell : cell.leftJustified(widths[i]));
        }
        out << padded.join(u"  "_s) << '\n';
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    out.flush();
}

} // namespace lejek::cli
