// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldDefinition.h"
#include "LostReason.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lejek::app {

// One field's editor, chosen by its type: a list for choices (and lost reasons), a
// multi-line box for long text, a line edit with an example for the rest. It edits
// text, exactly as the services take it; they parse and validate it.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldDefinition &field, const QString &text, QWidget *parent = nullptr);

    const FieldDefinition &field() const { return m_field; }
    QString text() const;
    void setText(const QString &text);
    // For "lost_reason": the codes to choose from, shown by their labels.
    void setLostReasons(const QList<LostReason> &reasons);
    // The widget that takes the focus and the accessible name.
    QWidget *input() const;

private:
    FieldDefinition m_field;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace lejek::app
