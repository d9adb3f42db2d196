// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportComparison.h"

#include <QTableView>

class QStandardItemModel;

namespace lejek::app {

// Two periods side by side (ReportComparison): a row per headline figure, a column
// for each period (headed by its days) and the change, in the locale's format.
class ComparisonView : public QTableView
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setComparison(const ReportComparison &comparison, const QString &firstTitle, const QString &secondTitle);
    QString cellText(int row, int column) const;

private:
    QStandardItemModel *m_model;
};

} // namespace lejek::app
