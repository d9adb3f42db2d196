// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"

#include <QTextStream>

namespace lejek::cli {

// What `lejek-cli report` prints of a report table: text (ReportTable::text, in the
// locale's format), JSON (an array of objects by column key, plain values) or CSV
// (ReportTableCsv::Style::ForMachines).
class ReportPrinter
{
public:
    enum class Format { Table, Json, Csv };
    static void print(QTextStream &out, const ReportTable &table, Format format);
};

} // namespace lejek::cli
