// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveLeadsCommand.h"

#include "LeadMover.h"

#include <QMap>

namespace lejek::app {

MoveLeadsCommand::MoveLeadsCommand(LeadMover *mover, QList<Entry> entries, qint64 toStageId, FieldInput fields, QString text)
    : QUndoCommand(std::move(text))
    , m_mover(mover)
    , m_entries(std::move(entries))
    , m_toStageId(toStageId)
    , m_fields(std::move(fields))
{ }

void MoveLeadsCommand::undo()
{
    m_done = false;
    if (!m_mover)
        return;
    // Leads that came from different stages go back in one call per stage.
    QMap<qint64, QList<qint64>> byStage;
    for (const Entry &entry : std::as_const(m_entries))
        byStage[entry.fromStageId].append(entry.leadId);
    for (auto it = byStage.cbegin(); it != byStage.cend(); ++it)
        m_mover->moveNow(it.value(), it.key(), {}, LeadMover::Record::No);
}

void MoveLeadsCommand::redo()
{
    if (std::exchange(m_done, true) || !m_mover)
        return;
    QList<qint64> ids;
    for (const Entry &entry : std::as_const(m_entries))
        ids.append(entry.leadId);
    m_mover->moveNow(ids, m_toStageId, m_fields, LeadMover::Record::No);
}

} // namespace lejek::app
