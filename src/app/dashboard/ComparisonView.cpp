// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonView.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace lejek::app {

ComparisonView::ComparisonView(QWidget *parent)
    : QTableView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ComparisonView::setComparison(const ReportComparison &comparison, const QString &firstTitle, const QString &secondTitle)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Figure"), firstTitle, secondTitle, tr("Change")});
    const QLocale locale;
    for (const ReportComparison::Row &row : comparison.rows) {
        QList<QStandardItem *> items{new QStandardItem(row.figure), new QStandardItem(ReportTable::text(row.first, row.type, locale)),
                                     new QStandardItem(ReportTable::text(row.second, row.type, locale)),
                                     new QStandardItem(ReportComparison::change(row, locale))};
        for (int i = 1; i < items.size(); ++i)
            items[i]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items);
    }
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // As tall as its rows: the page scrolls, not the table.
    setFixedHeight(horizontalHeader()->sizeHint().height() + 2 * frameWidth() + m_model->rowCount() * verticalHeader()->defaultSectionSize());
}

QString ComparisonView::cellText(int row, int column) const { return m_model->index(row, column).data().toString(); }

} // namespace lejek::app
