// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace lejek::app {

// A few large figures side by side, each with its name above and what it is made of
// below: win rate and cycle length; the leads leaking for each reason (clickable: each
// opens the list of its leads).
class FigureGrid : public QWidget
{
    Q_OBJECT
public:
    struct Figure {
        QString name;
        QString value;
        QString detail;
        bool clickable = false; // a link: a click on it says which (figureClicked)
    };

    explicit FigureGrid(int count, QWidget *parent = nullptr);

    void setFigures(const QList<Figure> &figures);
    QString valueText(int index) const;
    QString detailText(int index) const;

Q_SIGNALS:
    void figureClicked(int index);

private:
    struct Labels {
        QLabel *name;
        QLabel *value;
        QLabel *detail;
    };
    QList<Labels> m_labels;
    QList<QString> m_values;
};

} // namespace lejek::app
