// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Task.h"
#include "User.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class TaskDialog;
}

namespace lejek::app {

// Plans a follow-up on a lead (what, when, who: the lead's owner by default), or moves
// an open task's due time (then only the time can change). The form stays open until
// the services answer and shows their error.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    // A new task: due tomorrow at 9:00 unless `due` says otherwise.
    TaskDialog(const QList<User> &users, qint64 ownerId, QWidget *parent = nullptr);
    // Rescheduling `task`.
    TaskDialog(const Task &task, QWidget *parent = nullptr);
    ~TaskDialog() override;

    QString title() const;
    QDateTime due() const; // UTC
    QString owner() const; // e-mail or name, as the services take it; empty: the lead's owner
    void setTitle(const QString &title);
    void setDue(const QDateTime &due);
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    void setUp();

    std::unique_ptr<Ui::TaskDialog> m_ui;
};

} // namespace lejek::app
