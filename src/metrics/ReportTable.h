// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PipelineReport.h"

#include <QLocale>
#include <QVariant>

#include <optional>

namespace lejek {

// One of the report's tables, built from a PipelineReport: what lejek-cli report
// prints and what the dashboard's tables show and export, so both say the same. Its
// cells are plain values (counts, shares as fractions, durations in hours; null where
// there is nothing to say, a share of nothing); text() writes one as people read it.
class ReportTable
{
public:
    // Owners: a row per group of the breakdown (the report's caller asks for one by
    // owner), with what came in, won, lost, win rate and cycle, and of the leads handed
    // off, the median speed to lead and the share of SLA 1 met.
    // Forecast and Leakage: of the leads open now (the period does not narrow them).
    // Handoff: the handed-off leads by what sales did next, the disqualified also by
    // reason; shares of all handed off.
    // SpeedToLead: of the leads handed off in the period, how soon their owner first
    // contacted them, in working time. Sla: a row per tier the handoff stage runs (none:
    // the table is empty), met, broken and running, and the share met of those decided.
    enum class Kind { Funnel, Conversion, TimeInStage, WinRate, Cycle, LostReasons, Owners, Forecast, Leakage, Handoff, SpeedToLead, Sla };
    static const QStringList &kindKeys(); // "funnel", "conversion", "time-in-stage", ...
    static bool kindFromKey(const QString &key, Kind *kind);
    // What a table of `kind` reads of a report (ReportRequest::sections).
    static ReportSections sectionsOf(Kind kind);

    // Month: a QDate, its first day (null: no date). Money: major units (the
    // "currency" column says which). WorkingHours: hours of the team's working time
    // (never written as days: a working day is not 24 hours).
    enum class Type { Text, Count, Share, Hours, Month, Money, WorkingHours };
    struct Column {
        QString key;    // machine-readable: JSON keys, CSV headers of lejek-cli
        QString header; // for people, translated
        Type type;
    };

    ReportTable(Kind kind, const PipelineReport &report);
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<Column> &columns() const { return m_columns; }
    const QList<QVariantList> &rows() const { return m_rows; }
    // A cell as people read it in `locale`: a percentage with one decimal, a duration
    // in hours under two days and in days from then on, working time in minutes under an
    // hour and in hours from then on, "–" for nothing.
    static QString text(const QVariant &value, Type type, const QLocale &locale = QLocale());
    // Cells from the metrics' values: a share as a fraction, a duration in hours (null
    // for none of either).
    static QVariant share(const std::optional<double> &value);
    static QVariant hours(const std::optional<qint64> &ms);
    // A cell of the table: amounts with their row's currency.
    QString text(qsizetype row, qsizetype column, const QLocale &locale = QLocale()) const;

private:
    void addPart(Kind kind, const ReportPart &part, bool grouped);

    QList<Column> m_columns;
    QList<QVariantList> m_rows; // null: nothing to say (a share of nothing)
};

} // namespace lejek
