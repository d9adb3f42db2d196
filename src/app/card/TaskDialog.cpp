// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskDialog.h"

#include "ui_TaskDialog.h"

#include <QPushButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

TaskDialog::TaskDialog(const QList<User> &users, qint64 ownerId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
{
    setUp();
    setWindowTitle(tr("Plan a task"));
    m_ui->title->setPlaceholderText(tr("e.g. Call back about the budget"));
    m_ui->due->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    m_ui->owner->addItem(tr("The lead's owner"), QString());
    for (const User &u : users)
        if (u.active)
            m_ui->owner->addItem(u.name, u.email.isEmpty() ? u.name : u.email);
    for (const User &u : users)
        if (u.id == ownerId && ownerId != 0)
            m_ui->owner->setCurrentIndex(m_ui->owner->findText(u.name));
}

TaskDialog::TaskDialog(const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
{
    setUp();
    setWindowTitle(tr("Reschedule the task"));
    m_ui->title->setText(task.title);
    m_ui->title->setReadOnly(true);
    m_ui->due->setDateTime(task.dueAt.toLocalTime());
    m_ui->owner->hide();
    m_ui->ownerLabel->hide();
    m_ui->due->setFocus();
}

void TaskDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        m_ui->error->clear();
        Q_EMIT submitted();
    });
}

TaskDialog::~TaskDialog() = default;

QString TaskDialog::title() const { return m_ui->title->text().trimmed(); }
QDateTime TaskDialog::due() const { return m_ui->due->dateTime().toUTC(); }
QString TaskDialog::owner() const { return m_ui->owner->isHidden() ? QString() : m_ui->owner->currentData().toString(); }
void TaskDialog::setTitle(const QString &title) { m_ui->title->setText(title); }
void TaskDialog::setDue(const QDateTime &due) { m_ui->due->setDateTime(due.toLocalTime()); }

void TaskDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->title, m_ui->due, m_ui->owner})
        w->setEnabled(!busy);
}

void TaskDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->error->setText(message);
}

} // namespace lejek::app
