// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRequests.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>

namespace lejek::app {

class LeadMover;

// One move on the board as the undo stack keeps it: which leads left which stage for
// which. Undo moves each lead back to where it came from and redo moves it on again,
// both as new stage changes through the services: history is never erased.
class MoveLeadsCommand : public QUndoCommand
{
public:
    struct Entry {
        qint64 leadId = 0;
        qint64 fromStageId = 0;
    };

    MoveLeadsCommand(LeadMover *mover, QList<Entry> entries, qint64 toStageId, FieldInput fields, QString text);

    const QList<Entry> &entries() const { return m_entries; }
    qint64 toStageId() const { return m_toStageId; }

    void undo() override;
    void redo() override;

private:
    QPointer<LeadMover> m_mover;
    QList<Entry> m_entries;
    qint64 m_toStageId;
    FieldInput m_fields; // what the move carried, e.g. the lost reason: redo needs it again
    bool m_done = true; // pushed after the move was made: the first redo() has nothing to do
};

} // namespace lejek::app
