// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QMap>

#include <memory>

class QRadioButton;

namespace Ui {
class ConflictDialog;
}

namespace lejek::app {

// Save found the lead changed since the card was opened, in fields the user changed
// too: each such field side by side, what was saved meanwhile and what the user typed,
// and the user picks one per field (theirs by default: nothing is overwritten unless
// they say so). The card then saves the choices on top of the lead as it is now.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    struct Field {
        QString key;
        QString label;
        QString theirs; // as the card shows it
        QString yours;
    };

    ConflictDialog(const QString &leadName, const QList<Field> &fields, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // Per field key: true to keep what the user typed.
    QMap<QString, bool> keepYours() const;
    void choose(const QString &key, bool yours);

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    QMap<QString, QRadioButton *> m_yours;
};

} // namespace lejek::app
