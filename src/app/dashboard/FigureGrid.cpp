// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureGrid.h"

#include <QGridLayout>
#include <QLabel>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

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
        connect(labels.value, &QLabel::linkActivated, this, [this, i] { Q_EMIT figureClicked(i); });
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
    m_values.clear();
    for (qsizetype i = 0; i < m_labels.size() && i < figures.size(); ++i) {
        m_values.append(figures.at(i).value);
        m_labels.at(i).name->setText(figures.at(i).name);
        const bool link = figures.at(i).clickable;
        m_labels.at(i).value->setTextFormat(link ? Qt::RichText : Qt::PlainText);
        m_labels.at(i).value->setText(link ? u"<a href=\"#\">%1</a>"_s.arg(figures.at(i).value.toHtmlEscaped()) : figures.at(i).value);
        m_labels.at(i).value->setToolTip(link ? tr("List these leads") : QString());
        m_labels.at(i).detail->setText(figures.at(i).detail);
    }
}

QString FigureGrid::valueText(int index) const { return m_values.value(index); }

QString FigureGrid::detailText(int index) const { return index >= 0 && index < m_labels.size() ? m_labels.at(index).detail->text() : QString(); }

} // namespace lejek::app
