// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropHint.h"
#include "Error.h"
#include "Lead.h"
#include "LeadDragPayload.h"
#include "LeadRequests.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "Principal.h"
#include "card/CompleteToMoveDialog.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QUndoStack;

namespace lejek {
class LeadService;
}

namespace lejek::app {

class BoardView;

// Carries out the moves asked for on the board — a drop, Ctrl+Shift+arrow, "Move to…",
// undo and redo — the way DOMAIN.md wants them:
// - before writing it checks the target with the same core rules the services use
//   (StageGate) and asks for what is missing in a "complete to move" form; a lost stage
//   asks for its reason, a won one for a confirmation;
// - a move shows at once (the card leaves its column and waits at the top of the
//   target) and goes to the services one lead per call, so a refusal sends back only
//   that card, with the reason on it;
// - moves that went through are pushed on the undo stack.
class LeadMover : public QObject
{
    Q_OBJECT
public:
    enum class Record { Yes, No };
    using Clock = std::function<QDateTime()>;

    explicit LeadMover(BoardView *board);
    ~LeadMover() override;

    void setServices(LeadService *leads, const Principal &principal);
    void setPipeline(const Pipeline &pipeline);
    void setLostReasons(const QList<LostReason> &reasons) { m_lostReasons = reasons; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QUndoStack *undoStack() const { return m_undo; }

    // What dropping these cards on `target` would do, said before the drop.
    DropHint adviseDrop(const LeadDragPayload &payload, const Stage &target) const;
    // Asks for what the target needs (fields, a lost reason, a confirmation), then moves.
    void requestMove(const QList<qint64> &leadIds, qint64 targetStageId);
    // Moves without asking: the services still check every gate.
    void moveNow(const QList<qint64> &leadIds, qint64 targetStageId, const FieldInput &fields, Record record);

    // Moves sent and not answered yet.
    int pendingMoves() const { return static_cast<int>(m_busy.size()); }
    bool isMoving(qint64 leadId) const { return m_busy.contains(leadId); }
    // The "complete to move" form on screen, if any.
    CompleteToMoveDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    // After every answered move call: how many leads moved, and why the others did not.
    void movesFinished(int moved, const QStringList &refusals);
    void message(const QString &text);

private:
    struct Completion {
        QList<Lead> leads; // one, or several that all lack the same empty fields
        QStringList keys;
    };

    std::optional<Lead> cachedLead(qint64 leadId) const;
    // The leads as shown (cached), or as stored now (`fresh`: undo and redo must not
    // trust a column that has not caught up yet).
    void withLeads(const QList<qint64> &leadIds, bool fresh, std::function<void(QList<Lead>)> next);
    void confirmThenGate(QList<Lead> leads, const Stage &target);
    void gateAndMove(const QList<Lead> &leads, const Stage &target);
    void openNextCompletion();
    void submitCompletion(const FieldInput &values);
    void send(const QList<Lead> &leads, qint64 targetStageId, const FieldInput &fields, Record record, bool optimistic,
        std::function<void(int moved, const QList<Error> &errors)> done);
    QString describe(const Error &error) const;
    QDate today() const { return m_clock().toLocalTime().date(); }

    BoardView *m_board;
    LeadService *m_leads = nullptr;
    Principal m_principal; // who moves
    Pipeline m_pipeline;
    QList<LostReason> m_lostReasons;
    Clock m_clock;
    QUndoStack *m_undo;
    QSet<qint64> m_busy;
    quint64 m_nextToken = 0;
    quint64 m_epoch = 0; // bumped with the pipeline: late answers for another board are ignored
    qint64 m_completionTarget = 0;
    QList<Completion> m_completions;
    QPointer<CompleteToMoveDialog> m_dialog;
};

} // namespace lejek::app
