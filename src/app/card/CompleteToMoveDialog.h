// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "LeadRequests.h"
#include "LostReason.h"
#include "Pipeline.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace lejek::app {

class FieldEditor;

// A lead's card in "complete to move" mode: only the fields the target stage asks
// for (StageGate::fieldsToComplete), each highlighted with the reason it is asked for.
// "Save and move" hands the values to the board, which sends them with the move in
// one service call; the form stays open until the services answer and shows their
// errors next to the fields. Cancel leaves the lead where it was.
class CompleteToMoveDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteToMoveDialog(const Pipeline &pipeline, const Lead &lead, const Stage &target, const QStringList &fieldKeys,
        const QMap<QString, QString> &reasons, QWidget *parent = nullptr);

    const Lead &lead() const { return m_lead; }
    const Stage &target() const { return m_target; }
    QStringList fieldKeys() const { return m_editors.keys(); }
    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    void setLostReasons(const QList<LostReason> &reasons);
    // Several leads lacking the same empty fields share the form: the values go to each.
    void setLeadCount(int count);
    // The values typed, by field key (blank ones too: the services name what is missing),
    // and for a lost stage the comment given with the reason under commentKey().
    FieldInput values() const;
    // Not a field: what the move carries as its note (MoveRequest::note).
    static QString commentKey() { return QStringLiteral("lost_comment"); }
    QPlainTextEdit *comment() const { return m_comment; }
    // While the services work: inputs and buttons are disabled.
    void setBusy(bool busy);
    // The services refused: their message on top, each field's reason beside it.
    void showError(const Error &error);
    QString errorText() const;

Q_SIGNALS:
    void submitted(const lejek::FieldInput &values);

private:
    void submit();

    Lead m_lead;
    Stage m_target;
    QLabel *m_intro;
    QMap<QString, FieldEditor *> m_editors;
    QMap<QString, QLabel *> m_fieldErrors;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPlainTextEdit *m_comment = nullptr; // a lost stage's "why", beside its reason code
};

} // namespace lejek::app
