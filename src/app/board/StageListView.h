// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace lejek::app {

// A board column's list: uniform rows painted by LeadCardDelegate, smooth per-pixel
// scrolling, and a short hint painted in the viewport while the stage is empty.
class StageListView : public QListView
{
    Q_OBJECT
public:
    explicit StageListView(QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();
    QString m_emptyText;
};

} // namespace lejek::app
