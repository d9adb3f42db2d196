// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatePrompt.h"

#include "SameLeadBar.h"

#include <QPushButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

DuplicatePrompt::DuplicatePrompt(const DuplicateCheck &check, const QString &pipelineName, bool existingLead, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("This lead may already exist"), tr("This lead may already exist in %1:").arg(pipelineName),
                  QMessageBox::NoButton, parent)
{
    setObjectName(u"duplicatePrompt"_s);
    QStringList lines;
    for (const DuplicateMatch &m : check.matches)
        lines.append(SameLeadBar::describe(m));
    if (check.hidden > 0)
        lines.append(tr("%n more lead(s) you may not see share the e-mail, NIP or web domain.", "", check.hidden));
    setInformativeText(lines.join(u"\n"_s));
    m_anyway = addButton(existingLead ? tr("Save anyway") : tr("Create anyway"), QMessageBox::AcceptRole);
    if (!check.matches.isEmpty()) {
        m_firstId = check.matches.first().leadId;
        m_open = addButton(tr("Open lead %1").arg(m_firstId), QMessageBox::ActionRole);
    }
    addButton(QMessageBox::Cancel);
}

} // namespace lejek::app
