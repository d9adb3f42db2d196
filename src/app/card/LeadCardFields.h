// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "LeadRequests.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "User.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class LeadCardFields;
}

namespace lejek::app {

// The card's fields, grouped as DOMAIN.md's context package (ui/LeadCardFields.ui),
// plus the pipeline's custom fields. It keeps the lead as loaded, says what the user
// changed, and checks each change as it is typed with the rules the services apply
// (ValueParser, LeadFields::identityKeys): the message sits under the field.
class LeadCardFields : public QWidget
{
    Q_OBJECT
public:
    explicit LeadCardFields(QWidget *parent = nullptr);
    ~LeadCardFields() override;

    // Shows `lead` and forgets every edit. A new lead has id 0.
    void setLead(const Pipeline &pipeline, const Lead &lead, const QList<User> &users, const QList<LostReason> &reasons);
    const Lead &lead() const { return m_lead; }

    // The text of each field the user changed, by key, as the services take it
    // (owner: the user's e-mail or name; lost_reason: its code). Stage is apart.
    FieldInput changes() const;
    qint64 stageId() const; // the stage chosen
    bool isEdited() const { return !changes().isEmpty() || stageId() != m_lead.stageId; }
    // Each changed field that the services would refuse, by key: "is not a valid NIP…".
    QMap<QString, QString> problems() const;
    // The services' own errors, shown under their fields (cleared by the next edit).
    void showServiceErrors(const QMap<QString, QString> &byKey);
    // Puts `text` into the field `key` as if typed (a conflict's choice).
    void setFieldText(const QString &key, const QString &text);
    QString fieldText(const QString &key) const;
    // The lead's value shown as the field shows it.
    QString displayText(const Lead &lead, const QString &key) const;

    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString errorText(const QString &key) const;
    QLabel *behaviourSummary() const;
    // Marks the fields the next stage requires (a bold label and a tooltip).
    void markRequired(const QStringList &keys, const QString &stageName);

Q_SIGNALS:
    void edited();

private:
    void addCustomFields();
    void setEditorText(QWidget *editor, const QString &text);
    QString editorText(QWidget *editor) const;
    void fillChoices();
    void validate();

    std::unique_ptr<Ui::LeadCardFields> m_ui;
    Pipeline m_pipeline;
    Lead m_lead;
    QList<User> m_users;
    QList<LostReason> m_reasons;
    QMap<QString, QWidget *> m_editors;   // by field key, "stage" and "owner" included
    QMap<QString, QLabel *> m_labels;
    QMap<QString, QLabel *> m_errors;     // under each field, hidden while it is fine
    QMap<QString, QString> m_serviceErrors;
    QList<QWidget *> m_customRows;
    QStringList m_customKeys; // the custom fields shown, whose editors m_customRows holds
    bool m_filling = false;
};

} // namespace lejek::app
