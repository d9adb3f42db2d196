// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "ReportTable.h"

#include <QLocale>

class QIODevice;

namespace lejek {

// A report table as CSV, in one of two styles:
// - ForMachines (lejek-cli --format csv): the columns' keys as headers, ',' between
//   fields and plain numbers with a '.' (shares as fractions, durations in hours);
// - ForSpreadsheets (the dashboard's export): the translated headers, with "(%)" or
//   "(h)" saying the unit, shares as percentages, and the locale's decimal separator;
//   where that is a comma (Polish), ';' between fields, as such spreadsheets expect.
// Text cells (owners, campaigns: people's input) are neutralised against formulas.
class ReportTableCsv
{
public:
    enum class Style { ForMachines, ForSpreadsheets };
    static Result<void> write(QIODevice *device, const ReportTable &table, Style style, const QLocale &locale = QLocale());
};

} // namespace lejek
