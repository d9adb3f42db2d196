// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"

namespace lejek {

// Two reports of one pipeline side by side (this quarter and the last, each as of its
// own day): the headline figures of each panel and the change from the second to the
// first, in the figure's own unit (a share changes by percentage points).
struct ReportComparison {
    struct Row {
        QString figure; // for people, translated
        ReportTable::Type type;
        QVariant first; // null: nothing to say (a share of nothing)
        QVariant second;
    };
    QList<Row> rows;

    static ReportComparison of(const ReportPart &first, const ReportPart &second);
    // "+3", "−4.5 pp", "+2.0 h"; "–" when either side has nothing, "±0" for no change.
    static QString change(const Row &row, const QLocale &locale = QLocale());
};

} // namespace lejek
