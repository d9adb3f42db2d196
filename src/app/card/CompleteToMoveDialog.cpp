// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompleteToMoveDialog.h"

#include "FieldEditor.h"
#include "LeadFields.h"
#include "ValueParser.h"
#include "board/CardPalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

CompleteToMoveDialog::CompleteToMoveDialog(const Pipeline &pipeline, const Lead &lead, const Stage &target,
    const QStringList &fieldKeys, const QMap<QString, QString> &reasons, QWidget *parent)
    : QDialog(parent)
    , m_lead(lead)
    , m_target(target)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"completeToMoveDialog"_s);
    setWindowTitle(tr("Complete to move"));
    const QString name = lead.displayName();
    m_intro->setObjectName(u"completeToMoveIntro"_s);
    m_intro->setText(tr("To move <b>%1</b> to <b>%2</b>, fill in what this stage asks for.")
            .arg(name.toHtmlEscaped(), target.displayName().toHtmlEscaped()));
    m_intro->setWordWrap(true);

    const QColor accent = CardPalette::rottingAccent(palette());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const QString &key : fieldKeys) {
        FieldDefinition field = pipeline.field(key).value_or(FieldDefinition{key, FieldType::Text, key, {}, false, 0});
        auto *editor = new FieldEditor(field, ValueParser::toText(field, lead.value(key)), this);
        editor->setObjectName(u"field_"_s + key);
        editor->input()->setAccessibleName(LeadFields::label(field));
        editor->input()->setAccessibleDescription(reasons.value(key));
        auto *label = new QLabel(LeadFields::label(field), this);
        label->setBuddy(editor->input());
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);

        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        auto *why = new QLabel(reasons.value(key), cell);
        why->setObjectName(u"reason_"_s + key);
        why->setWordWrap(true);
        QPalette whyPalette = why->palette();
        whyPalette.setColor(QPalette::WindowText, accent);
        why->setPalette(whyPalette);
        cellLayout->addWidget(why);
        auto *fieldError = new QLabel(cell);
        fieldError->setObjectName(u"error_"_s + key);
        fieldError->setWordWrap(true);
        QPalette errorPalette = fieldError->palette();
        errorPalette.setColor(QPalette::WindowText, CardPalette::lostAccent(palette()));
        fieldError->setPalette(errorPalette);
        fieldError->hide();
        cellLayout->addWidget(fieldError);
        form->addRow(label, cell);
        m_editors.insert(key, editor);
        m_fieldErrors.insert(key, fieldError);
    }

    if (target.kind == StageKind::Lost) {
        // DOMAIN.md: lost takes a reason code and a comment (what "other" means, what the
        // review in six months should know).
        m_comment = new QPlainTextEdit(this);
        m_comment->setObjectName(u"lostComment"_s);
        m_comment->setPlaceholderText(tr("What happened, and what to try when the lead is reviewed"));
        m_comment->setTabChangesFocus(true);
        m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4);
        auto *label = new QLabel(tr("Comment"), this);
        label->setBuddy(m_comment);
        m_comment->setAccessibleName(tr("Comment"));
        form->addRow(label, m_comment);
    }

    m_error->setObjectName(u"completeToMoveError"_s);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, CardPalette::lostAccent(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    QPushButton *save = m_buttons->addButton(tr("Save and move"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteToMoveDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    if (!fieldKeys.isEmpty())
        m_editors.value(fieldKeys.first())->setFocus();
}

void CompleteToMoveDialog::setLostReasons(const QList<LostReason> &reasons)
{
    if (FieldEditor *editor = m_editors.value(u"lost_reason"_s))
        editor->setLostReasons(reasons);
}

void CompleteToMoveDialog::setLeadCount(int count)
{
    if (count <= 1)
        return;
    m_intro->setText(tr("To move <b>%n lead(s)</b> to <b>%1</b>, fill in what this stage asks for. The values go to each of them.",
        "", count)
            .arg(m_target.displayName().toHtmlEscaped()));
}

FieldInput CompleteToMoveDialog::values() const
{
    FieldInput input;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        input.insert(it.key(), it.value()->text().trimmed());
    if (m_comment && !m_comment->toPlainText().trimmed().isEmpty())
        input.insert(commentKey(), m_comment->toPlainText().trimmed());
    return input;
}

void CompleteToMoveDialog::setBusy(bool busy)
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setEnabled(!busy);
    if (m_comment)
        m_comment->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CompleteToMoveDialog::showError(const Error &error)
{
    for (QLabel *label : std::as_const(m_fieldErrors))
        label->hide();
    QStringList general;
    for (const FieldError &fieldError : error.fieldErrors) {
        if (QLabel *label = m_fieldErrors.value(fieldError.field)) {
            label->setText(fieldError.reason);
            label->show();
        } else {
            general.append(LeadFields::label(fieldError.field) + u": "_s + fieldError.reason);
        }
    }
    for (const GateRefusal &refusal : error.refusals) {
        for (const QString &field : refusal.missingFields)
            general.append(tr("Still missing: %1").arg(field));
        for (const QString &criterion : refusal.failedCriteria)
            general.append(tr("Not met: %1").arg(criterion));
    }
    if (general.isEmpty() || error.fieldErrors.isEmpty())
        general.prepend(error.message);
    m_error->setText(general.join(u"\n"_s));
    m_error->show();
    setBusy(false);
}

QString CompleteToMoveDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CompleteToMoveDialog::submit()
{
    m_error->hide();
    setBusy(true);
    Q_EMIT submitted(values());
}

} // namespace lejek::app
