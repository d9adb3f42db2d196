// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

DashboardPanel::DashboardPanel(const QString &title, const QString &counts, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
    , m_title(new QLabel(title, this))
    , m_empty(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_titleRow(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    auto *what = new QLabel(counts, this);
    what->setWordWrap(true);
    what->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setRange(0, 0); // no end known: it moves until the numbers come
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setAccessibleName(tr("Computing %1").arg(title));
    // Keeps its place when hidden, so the panel does not jump when the numbers come.
    QSizePolicy keep = m_busy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keep);
    m_busy->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMinimumHeight(80);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    m_titleRow->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_titleRow);
    layout->addWidget(what);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);
}

QString DashboardPanel::title() const { return m_title->text(); }

void DashboardPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_stack->setEnabled(!busy);
    // Numbers shown before stay, dimmed; a reason there were none may no longer hold.
    if (busy && m_stack->currentWidget() == m_empty)
        m_empty->setText(tr("Counting…"));
}

bool DashboardPanel::isBusy() const { return !m_busy->isHidden(); }

void DashboardPanel::showContent()
{
    setBusy(false);
    m_stack->setCurrentWidget(m_content);
}

void DashboardPanel::showEmpty(const QString &why)
{
    setBusy(false);
    m_empty->setText(why);
    m_stack->setCurrentWidget(m_empty);
}

QString DashboardPanel::emptyText() const { return m_stack->currentWidget() == m_empty ? m_empty->text() : QString(); }

QToolButton *DashboardPanel::addButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    m_titleRow->addWidget(button);
    return button;
}

} // namespace lejek::app
