// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

FieldEditor::FieldEditor(const FieldDefinition &field, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (field.type == FieldType::Choice || field.key == u"lost_reason"_s) {
        m_combo = new QComboBox(this);
        m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_combo->addItem(tr("— choose —"), QString());
        for (const QString &choice : field.choices)
            m_combo->addItem(choice, choice);
        layout->addWidget(m_combo);
    } else if (field.type == FieldType::LongText) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(m_text);
    } else {
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(true);
        switch (field.type) {
        case FieldType::Money:
            m_line->setPlaceholderText(tr("e.g. 12 500,00"));
            break;
        case FieldType::Date:
            m_line->setPlaceholderText(tr("YYYY-MM-DD or DD.MM.YYYY"));
            break;
        case FieldType::Email:
            m_line->setPlaceholderText(tr("name@company.pl"));
            break;
        case FieldType::Phone:
            m_line->setPlaceholderText(tr("+48 600 100 200"));
            break;
        case FieldType::Nip:
            m_line->setPlaceholderText(tr("10 digits, e.g. 526-000-12-46"));
            break;
        case FieldType::MultiChoice:
            m_line->setPlaceholderText(field.choices.isEmpty() ? tr("Separate values with commas")
                                                               : tr("Comma-separated: %1").arg(field.choices.join(u", "_s)));
            break;
        default:
            break;
        }
        layout->addWidget(m_line);
    }
    setFocusProxy(input());
    setText(text);
}

QWidget *FieldEditor::input() const
{
    if (m_combo)
        return m_combo;
    if (m_text)
        return m_text;
    return m_line;
}

void FieldEditor::setLostReasons(const QList<LostReason> &reasons)
{
    if (!m_combo)
        return;
    const QString current = text();
    m_combo->clear();
    m_combo->addItem(tr("— choose —"), QString());
    for (const LostReason &reason : reasons)
        m_combo->addItem(reason.displayLabel(), reason.code);
    setText(current);
}

QString FieldEditor::text() const
{
    if (m_combo)
        return m_combo->currentData().toString();
    if (m_text)
        return m_text->toPlainText();
    return m_line->text();
}

void FieldEditor::setText(const QString &text)
{
    if (m_combo) {
        const int index = m_combo->findData(text);
        if (index < 0 && !text.isEmpty())
            m_combo->addItem(text, text); // a value from before the choices changed stays choosable
        m_combo->setCurrentIndex(index < 0 ? (text.isEmpty() ? 0 : m_combo->count() - 1) : index);
    } else if (m_text) {
        m_text->setPlainText(text);
    } else {
        m_line->setText(text);
    }
}

} // namespace lejek::app
