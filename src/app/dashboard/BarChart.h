// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>

namespace lejek::app {

// A chart of horizontal bars, the first on top: the funnel's stages, the lost
// reasons. Each bar has its label on the axis and its value at its end, in the
// user's locale; a click on a bar says which.
class BarChart : public QChartView
{
    Q_OBJECT
public:
    struct Bar {
        QString label;
        double value = 0;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars, const QString &valueTitle, const QColor &colour);
    const QList<Bar> &bars() const { return m_bars; }

Q_SIGNALS:
    void barClicked(int index);

private:
    QList<Bar> m_bars;
};

} // namespace lejek::app
