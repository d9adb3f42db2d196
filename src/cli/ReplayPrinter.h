// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoutingReplay.h"
#include "ScoringReplay.h"

#include <QTextStream>

namespace lejek::cli {

// What `lejek-cli simulate` prints: a table (the summary, the per-user load or the
// handoff rule's figures, and the first leads that would go differently), JSON (all of
// it) or CSV (a row per lead, for a spreadsheet).
class ReplayPrinter
{
public:
    enum class Format { Table, Json, Csv };
    static bool formatFromKey(const QString &key, Format *format);

    ReplayPrinter(QTextStream &out, Format format) : m_out(out), m_format(format) {}
    void print(const RoutingReplayReport &report);
    void print(const ScoringReplayReport &report);

    static constexpr int TableLeads = 20; // leads a table lists; CSV and JSON list them all

private:
    void writeCsv(const QList<QStringList> &records);

    QTextStream &m_out;
    Format m_format;
};

} // namespace lejek::cli
