// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

MessagePage::MessagePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(u"messagePage"_s);
    m_title->setObjectName(u"messageTitle"_s);
    m_details->setObjectName(u"messageDetails"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignHCenter);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignHCenter);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed width lets the wrapped text take the height it needs.
    m_details->setFixedWidth(560);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessagePage::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    // Centred by stretches, not by an alignment flag: a flag would lose the wrapped
    // label's height for its width.
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addStretch(1);
    detailsRow->addWidget(m_details);
    detailsRow->addStretch(1);
    layout->addLayout(detailsRow);
    layout->addSpacing(16);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void MessagePage::showMessage(const QString &title, const QString &details, const QString &action)
{
    m_title->setText(title);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(details);
}

QString MessagePage::title() const
{
    return m_title->text();
}

QString MessagePage::details() const
{
    return m_details->text();
}

} // namespace lejek::app
