// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lejek::app {

// A full-window message in place of the board: "Opening…", or why the database
// could not be opened and what to do, with a button for the way out.
class MessagePage : public QWidget
{
    Q_OBJECT
public:
    explicit MessagePage(QWidget *parent = nullptr);

    // `action` empty: no button.
    void showMessage(const QString &title, const QString &details, const QString &action = {});
    QString title() const;
    QString details() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_action;
};

} // namespace lejek::app
