// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableCsv.h"

#include "CsvWriter.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<void> ReportTableCsv::write(QIODevice *device, const ReportTable &table, Style style, const QLocale &locale)
{
    const bool people = style == Style::ForSpreadsheets;
    const bool decimalComma = people && locale.decimalPoint() == u","_s;
    CsvWriter csv(device, CsvWriteOptions{decimalComma ? ';' : ',', people, true});
    QStringList header;
    for (const ReportTable::Column &column : table.columns()) {
        if (!people)
            header.append(column.key);
        else if (column.type == ReportTable::Type::Share)
            header.append(column.header + u" (%)"_s);
        else if (column.type == ReportTable::Type::Hours || column.type == ReportTable::Type::WorkingHours)
            header.append(column.header + u" (h)"_s);
        else
            header.append(column.header);
    }
    if (auto written = csv.writeRecord(header); !written)
        return written;
    for (const QVariantList &row : table.rows()) {
        QStringList record;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QVariant &value = row.at(i);
            const ReportTable::Type type = table.columns().at(i).type;
            if (value.isNull()) {
                record.append(QString());
            } else if (type == ReportTable::Type::Month) {
                record.append(value.toDate().toString(u"yyyy-MM"_s));
            } else if (type == ReportTable::Type::Share || type == ReportTable::Type::Hours
                       || type == ReportTable::Type::WorkingHours || type == ReportTable::Type::Money) {
                const double number = type == ReportTable::Type::Share && people ? value.toDouble() * 100.0 : value.toDouble();
                QString text = QString::number(number, 'f', people ? 2 : 4);
                if (decimalComma)
                    text.replace(u'.', u',');
                record.append(text);
            } else {
                record.append(value.toString());
            }
        }
        if (auto written = csv.writeRecord(record); !written)
            return written;
    }
    return {};
}

} // namespace lejek
