// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPrinter.h"

#include "ReportTableCsv.h"
#include "TextTable.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

void ReportPrinter::print(QTextStream &out, const ReportTable &table, Format format)
{
    if (format == Format::Json) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows()) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.columns().size(); ++i)
                object.insert(table.columns().at(i).key, row.at(i).typeId() == QMetaType::QDate
                                                             ? QJsonValue(row.at(i).toDate().toString(u"yyyy-MM"_s)) // a month
                                                             : QJsonValue::fromVariant(row.at(i)));
            rows.append(object);
        }
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == Format::Csv) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        (void)ReportTableCsv::write(&buffer, table, ReportTableCsv::Style::ForMachines); // a buffer in memory does not fail
        out << QString::fromUtf8(buffer.data());
        return;
    }
    QStringList header;
    for (const ReportTable::Column &column : table.columns())
        header.append(column.header);
    TextTable text(header);
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        QStringList cells;
        for (qsizetype column = 0; column < table.columns().size(); ++column)
            cells.append(table.text(row, column));
        text.addRow(cells);
    }
    text.print(out);
}

} // namespace lejek::cli
