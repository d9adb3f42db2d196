// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarChart.h"

#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int BarHeight = 30; // pixels a bar needs with its label
}

BarChart::BarChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 12, 4));
    // Axis and bar labels in the user's locale (decimal commas and grouping in Polish).
    chart()->setLocalizeNumbers(true);
}

void BarChart::setBars(const QList<Bar> &bars, const QString &valueTitle, const QColor &colour)
{
    m_bars = bars;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setLocale(QLocale());

    auto *set = new QBarSet(valueTitle);
    set->setColor(colour);
    set->setBorderColor(colour);
    set->setLabelColor(palette().color(QPalette::Active, QPalette::Text)); // not greyed while the panel is busy
    QStringList labels;
    double most = 0;
    // A horizontal bar chart draws its first category at the bottom: reversed, the
    // first bar is on top, as a funnel reads.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        set->append(it->value);
        labels.append(it->label);
        most = std::max(most, it->value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    // Whole numbers written out (by default 6 significant digits: a forecast of
    // 47,226,000 would read 4.7226E+07).
    series->setLabelsPrecision(15);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setGridLineVisible(false);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setTitleText(valueTitle);
    values->setLabelFormat(u"%.0f"_s);
    // Room past the longest bar for its label.
    values->setRange(0, std::max(1.0, most * 1.18));
    values->applyNiceNumbers();
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    ChartPalette::apply(c);
    const qsizetype count = bars.size();
    connect(set, &QBarSet::clicked, this, [this, count](int index) { Q_EMIT barClicked(int(count - 1 - index)); });
    setMinimumHeight(int(count) * BarHeight + 90);
}

} // namespace lejek::app
