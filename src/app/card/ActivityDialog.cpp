// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityDialog.h"

#include "TimelineModel.h"
#include "ui_ActivityDialog.h"

#include <QPushButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ActivityDialog::ActivityDialog(qint64 leadId, const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityDialog>())
    , m_leadId(leadId)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Log an activity"));
    for (const QString &k : {u"note"_s, u"call"_s, u"meeting"_s, u"email_sent"_s, u"email_received"_s})
        m_ui->kind->addItem(TimelineModel::kindLabel(k), k);
    m_ui->when->setDateTime(QDateTime::currentDateTime());
    m_ui->when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->subject->setPlaceholderText(tr("What it was about, e.g. first call, offer sent"));
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::fillOutcomes);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        m_ui->error->clear();
        Q_EMIT submitted(request());
    });
    setKind(kind);
}

ActivityDialog::~ActivityDialog() = default;

void ActivityDialog::setKind(const QString &kind)
{
    m_ui->kind->setCurrentIndex(std::max(0, m_ui->kind->findData(kind)));
    fillOutcomes();
}

void ActivityDialog::fillOutcomes()
{
    const QString kind = m_ui->kind->currentData().toString();
    m_ui->outcome->clear();
    QStringList outcomes;
    if (kind == u"call"_s)
        outcomes = {tr("Reached"), tr("No answer"), tr("Left a voicemail"), tr("Wrong number")};
    else if (kind == u"meeting"_s)
        outcomes = {tr("Held"), tr("Rescheduled"), tr("No-show")};
    else if (kind == u"email_sent"_s || kind == u"email_received"_s)
        outcomes = {tr("Sent"), tr("Replied"), tr("Bounced")};
    m_ui->outcome->addItem(QString());
    m_ui->outcome->addItems(outcomes);
    const bool hasOutcome = !outcomes.isEmpty();
    m_ui->outcome->setVisible(hasOutcome);
    m_ui->outcomeLabel->setVisible(hasOutcome);
    setWindowTitle(tr("Log: %1").arg(m_ui->kind->currentText()));
}

void ActivityDialog::setOutcome(const QString &outcome) { m_ui->outcome->setCurrentText(outcome); }
void ActivityDialog::setSubject(const QString &subject) { m_ui->subject->setText(subject); }

NewActivity ActivityDialog::request() const
{
    const QString outcome = m_ui->outcome->isVisible() ? m_ui->outcome->currentText().trimmed() : QString();
    const QString subject = m_ui->subject->text().trimmed();
    QString line = subject;
    if (!outcome.isEmpty())
        line = subject.isEmpty() ? outcome : tr("%1: %2").arg(outcome, subject);
    return NewActivity{m_leadId, m_ui->kind->currentData().toString(), line, m_ui->body->toPlainText().trimmed(),
                       m_ui->when->dateTime().toUTC(), {}};
}

void ActivityDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->kind, m_ui->when, m_ui->outcome, m_ui->subject, m_ui->body})
        w->setEnabled(!busy);
}

void ActivityDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->error->setText(message);
}

} // namespace lejek::app
