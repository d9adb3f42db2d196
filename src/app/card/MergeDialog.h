// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "LeadRequests.h"
#include "Pipeline.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QRadioButton;

namespace Ui {
class MergeDialog;
}

namespace lejek::app {

// Two leads that are one: which to keep, and, per field they fill differently, which
// value it keeps (the kept lead's own by default; choosing the other lead to keep turns
// every choice to its values). Fields only one fills need no choice: the survivor gets
// them. The answer is a MergeRequest carrying both versions, so a lead changed while the
// dialog was open is refused, not merged blind.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(const Pipeline &pipeline, const Lead &first, const Lead &second, QWidget *parent = nullptr);
    ~MergeDialog() override;

    MergeRequest request() const;
    // The fields the two fill differently, as the dialog lists them.
    QStringList differingKeys() const { return m_firstChoice.keys(); }
    void keepSecond(bool second);
    void choose(const QString &key, bool second);

private:
    bool keepsSecond() const;

    std::unique_ptr<Ui::MergeDialog> m_ui;
    Lead m_first;
    Lead m_second;
    QMap<QString, QRadioButton *> m_firstChoice;
    QMap<QString, QRadioButton *> m_secondChoice;
    QMap<QString, std::pair<QString, QString>> m_texts; // first's, second's
};

} // namespace lejek::app
