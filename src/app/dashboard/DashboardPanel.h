// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace lejek::app {

// One panel of the dashboard: its title, a line saying what it counts, its content (a
// chart, a table, figures), a thin busy bar while its numbers are being computed, and
// in place of the content, when there is nothing to show, a sentence saying why and
// what to do.
class DashboardPanel : public QFrame
{
    Q_OBJECT
public:
    DashboardPanel(const QString &title, const QString &counts, QWidget *content, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QString title() const;
    // The busy bar, and the content dimmed, until showContent() or showEmpty().
    void setBusy(bool busy);
    bool isBusy() const;
    void showContent();
    void showEmpty(const QString &why);
    // What the empty state says (empty while the content shows).
    QString emptyText() const;
    // A small button in the title row (Export CSV…).
    QToolButton *addButton(const QString &text, const QString &toolTip);

private:
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_empty;
    QProgressBar *m_busy;
    QStackedWidget *m_stack;
    QHBoxLayout *m_titleRow;
};

} // namespace lejek::app
