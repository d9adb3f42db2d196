// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicateMatch.h"

#include <QMessageBox>

namespace lejek::app {

// Save found leads that may be the one being saved (the same e-mail, NIP or web
// domain): it names them, and offers to save anyway, to open the first, or to cancel.
// Leads the user may not see are counted, not named.
class DuplicatePrompt : public QMessageBox
{
    Q_OBJECT
public:
    DuplicatePrompt(const DuplicateCheck &check, const QString &pipelineName, bool existingLead, QWidget *parent = nullptr);

    QAbstractButton *anywayButton() const { return m_anyway; }
    QAbstractButton *openButton() const { return m_open; } // none when every match is hidden
    qint64 firstLeadId() const { return m_firstId; }

private:
    QAbstractButton *m_anyway = nullptr;
    QAbstractButton *m_open = nullptr;
    qint64 m_firstId = 0;
};

} // namespace lejek::app
