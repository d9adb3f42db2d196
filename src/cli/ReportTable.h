// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PipelineReport.h"

#include <QTextStream>
#include <QVariant>

namespace lejek::cli {

// One of lejek-cli report's tables, built from a PipelineReport and printed as text
// (shares as percentages and durations in hours or days, in the locale's format), as
// CSV (one row a line, plain numbers) or as JSON (an array of objects by column key).
class ReportTable
{
public:
    enum class Kind { Funnel, Conversion, TimeInStage, WinRate, Cycle, LostReasons };
    static const QStringList &kindKeys(); // "funnel", "conversion", "time-in-stage", ...
    static bool kindFromKey(const QString &key, Kind *kind);
    enum class Format { Table, Json, Csv };

    ReportTable(Kind kind, const PipelineReport &report);
    void print(QTextStream &out, Format format) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    enum class Type { Text, Count, Share, Hours };
    struct Column {
        QString key;
        QString header;
        Type type;
    };
    void addPart(Kind kind, const ReportPart &part, bool grouped);
    QString cell(const QVariant &value, Type type) const;

    QList<Column> m_columns;
    QList<QVariantList> m_rows; // null: nothing to say (a share of nothing)
};

} // namespace lejek::cli
