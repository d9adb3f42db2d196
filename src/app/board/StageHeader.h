// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stage.h"
#include "StageTotals.h"

#include <QWidget>

namespace lejek::app {

// A column's head: the stage's name and lead count, the total value and the
// weighted value (value x the stage's win probability), as the locale writes money.
class StageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit StageHeader(const Stage &stage, QWidget *parent = nullptr);

    void setTotals(const StageTotals &totals);
    const StageTotals &totals() const { return m_totals; }

    // The texts as painted, for tests and accessibility.
    QString titleText() const;
    QString countText() const;
    QString valueText() const;
    QString weightedText() const;

    // A stage's sum as headers show it: whole units of PLN, as the locale writes money.
    static QString formatTotal(qint64 minor, const QLocale &locale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateToolTip();
    Stage m_stage;
    StageTotals m_totals;
};

} // namespace lejek::app
