// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeBar.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

WelcomeBar::WelcomeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_start(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"welcomeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    m_name->setObjectName(u"welcomeName"_s);
    m_name->setMaxLength(100);
    m_start->setObjectName(u"welcomeStart"_s);
    m_start->setDefault(true);
    m_start->setEnabled(false);
    m_error->setObjectName(u"welcomeError"_s);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 0, 0, 1, 3);
    layout->addWidget(m_name, 1, 0);
    layout->addWidget(m_start, 1, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_error, 2, 0, 1, 3);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_start->setEnabled(!text.simplified().isEmpty());
        showError({});
    });
    connect(m_name, &QLineEdit::returnPressed, this, &WelcomeBar::submit);
    connect(m_start, &QPushButton::clicked, this, &WelcomeBar::submit);
    retranslate();
}

void WelcomeBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString WelcomeBar::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void WelcomeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void WelcomeBar::retranslate()
{
    m_text->setText(tr("<b>Welcome to Lejek.</b> Who are you? Your name goes on the moves and edits you make. "
                       "As the first person here you are this database's admin: you add the rest of the team."));
    m_name->setPlaceholderText(tr("Your name, e.g. Anna Nowak"));
    // The hint whole, in either language.
    m_name->setMinimumWidth(m_name->fontMetrics().horizontalAdvance(m_name->placeholderText()) + 24);
    m_name->setAccessibleName(tr("Your name"));
    m_start->setText(tr("&Start"));
}

void WelcomeBar::submit()
{
    const QString name = m_name->text().simplified();
    if (!name.isEmpty())
        Q_EMIT nameEntered(name);
}

} // namespace lejek::app
