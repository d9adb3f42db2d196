// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lejek::app {

// Asks the first person to open a database who they are, above the board: their name
// goes on their moves and edits, and the first user of a database is its admin. Not a
// dialog: the board works meanwhile, as the database's owner.
class WelcomeBar : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomeBar(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *startButton() const { return m_start; }
    // Why the name was not taken (empty: no error), under the field.
    void showError(const QString &message);
    QString error() const;

Q_SIGNALS:
    void nameEntered(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    QLabel *m_text;
    QLineEdit *m_name;
    QPushButton *m_start;
    QLabel *m_error;
};

} // namespace lejek::app
