// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureGrid.h"

#include <QGridLayout>
#include <QLabel>

namespace lejek::app {

FigureGrid::FigureGrid(int count, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    for (int i = 0; i < count; ++i) {
        Labels labels{new QLabel(this), new QLabel(this), new QLabel(this)};
        QFont large = labels.value->font();
        large.setPointSizeF(large.pointSizeF() * 2.2);
        large.setBold(true);
        labels.value->setFont(large);
        labels.name->setWordWrap(true);
        labels.detail->setWordWrap(true);
        grid->addWidget(labels.name, 0, i, Qt::AlignBottom);
        grid->addWidget(labels.value, 1, i);
        grid->addWidget(labels.detail, 2, i, Qt::AlignTop);
        grid->setColumnStretch(i, 1);
        m_labels.append(labels);
    }
    grid->setRowStretch(3, 1);
}

void FigureGrid::setFigures(const QList<Figure> &figures)
{
    for (qsizetype i = 0; i < m_labels.size() && i < figures.size(); ++i) {
        m_labels.at(i).name->setText(figures.at(i).name);
        m_labels.at(i).value->setText(figures.at(i).value);
        m_labels.at(i).detail->setText(figures.at(i).detail);
    }
}

QString FigureGrid::valueText(int index) const { return m_labels.value(index).value ? m_labels.at(index).value->text() : QString(); }

} // namespace lejek::app
