// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadMover.h"

#include "BoardView.h"
#include "LeadFields.h"
#include "LeadService.h"
#include "MoveLeadsCommand.h"
#include "StageColumn.h"
#include "StageGate.h"
#include "StageLeadModel.h"
#include "application/FutureWatch.h"
#include "card/CompleteToMoveDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
// A drop hint lists at most this many missing fields, then "…".
constexpr int MaxHintFields = 4;
} // namespace

LeadMover::LeadMover(BoardView *board)
    : QObject(board)
    , m_board(board)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_undo(new QUndoStack(this))
{ }

LeadMover::~LeadMover()
{
    // The commands point back here; they go first.
    m_undo->clear();
}

void LeadMover::setServices(LeadService *leads, const Principal &principal)
{
    m_leads = leads;
    m_principal = principal;
    setPipeline(Pipeline());
}

void LeadMover::setPipeline(const Pipeline &pipeline)
{
    ++m_epoch;
    m_pipeline = pipeline;
    m_undo->clear();
    m_completions.clear();
    m_busy.clear();
    if (m_dialog)
        m_dialog->reject();
}

std::optional<Lead> LeadMover::cachedLead(qint64 leadId) const
{
    for (StageColumn *column : m_board->columns())
        if (auto lead = column->model()->cachedLead(leadId))
            return lead;
    return std::nullopt;
}

DropHint LeadMover::adviseDrop(const LeadDragPayload &payload, const Stage &target) const
{
    if (payload.pipelineId != m_pipeline.id || m_pipeline.id == 0 || !m_leads)
        return {};
    int moving = 0;
    QStringList missing;
    for (const LeadDragPayload::Entry &entry : payload.leads) {
        if (entry.stageId == target.id)
            continue;
        ++moving;
        const auto lead = cachedLead(entry.leadId);
        if (!lead)
            continue; // not on screen any more: the form will say what it needs after the drop
        const GateRefusal refusal = StageGate::check(m_pipeline, *lead, target, today());
        for (const QString &field : refusal.missingFields + refusal.failedCriteria)
            if (!missing.contains(field))
                missing.append(field);
    }
    if (moving == 0)
        return {}; // their own column
    if (target.kind == StageKind::Lost)
        missing.removeAll(LeadFields::label(u"lost_reason"_s)); // the form asks for it anyway
    QString needs;
    if (!missing.isEmpty()) {
        QStringList shown = missing.mid(0, MaxHintFields);
        if (missing.size() > MaxHintFields)
            shown.append(u"…"_s);
        needs = tr("Needs: %1").arg(shown.join(u", "_s));
    }
    const auto withNeeds = [&needs](const QString &ask) { return needs.isEmpty() ? ask : ask + u"\n"_s + needs; };
    if (target.kind == StageKind::Won)
        return {DropHint::Kind::Asks, withNeeds(tr("Drop to mark %n lead(s) as won; you confirm first.", "", moving))};
    if (target.kind == StageKind::Lost)
        return {DropHint::Kind::Asks, withNeeds(tr("Drop to mark %n lead(s) as lost; you give the reason.", "", moving))};
    if (!needs.isEmpty())
        return {DropHint::Kind::Asks, needs + u"\n"_s + tr("Drop to fill them in.")};
    return {DropHint::Kind::Allowed, tr("Move %n lead(s) here", "", moving)};
}

void LeadMover::requestMove(const QList<qint64> &leadIds, qint64 targetStageId)
{
    const Stage *target = m_pipeline.stage(targetStageId);
    if (!target || !m_leads)
        return;
    withLeads(leadIds, false, [this, target = *target, epoch = m_epoch](QList<Lead> leads) {
        if (epoch != m_epoch)
            return;
        QStringList busy;
        leads.removeIf([&](const Lead &lead) {
            if (m_busy.contains(lead.id)) {
                busy.append(lead.displayName());
                return true;
            }
            return lead.stageId == target.id;
        });
        if (!busy.isEmpty())
            Q_EMIT message(tr("Still saving the previous move of %1.").arg(busy.join(u", "_s)));
        if (!leads.isEmpty())
            confirmThenGate(leads, target);
    });
}

void LeadMover::moveNow(const QList<qint64> &leadIds, qint64 targetStageId, const FieldInput &fields, Record record)
{
    if (!m_leads || !m_pipeline.stage(targetStageId))
        return;
    withLeads(leadIds, true, [this, targetStageId, fields, record, epoch = m_epoch](QList<Lead> leads) {
        if (epoch != m_epoch)
            return;
        leads.removeIf([&](const Lead &lead) { return lead.stageId == targetStageId; });
        if (!leads.isEmpty())
            send(leads, targetStageId, fields, record, true, {});
    });
}

void LeadMover::withLeads(const QList<qint64> &leadIds, bool fresh, std::function<void(QList<Lead>)> next)
{
    struct Gathering {
        QList<Lead> leads;
        int remaining = 0;
        std::function<void(QList<Lead>)> next;
    };
    auto gathering = std::make_shared<Gathering>();
    gathering->next = std::move(next);
    QList<qint64> missing;
    for (qint64 id : leadIds) {
        if (auto lead = fresh ? std::nullopt : cachedLead(id))
            gathering->leads.append(*lead);
        else
            missing.append(id);
    }
    if (missing.isEmpty()) {
        gathering->next(gathering->leads);
        return;
    }
    gathering->remaining = static_cast<int>(missing.size());
    for (qint64 id : std::as_const(missing)) {
        FutureWatch::then(this, m_leads->lead(m_principal, id), [this, gathering](const Result<Lead> &lead) {
            if (lead)
                gathering->leads.append(*lead);
            else
                Q_EMIT message(lead.error().message);
            if (--gathering->remaining == 0)
                gathering->next(gathering->leads);
        });
    }
}

void LeadMover::confirmThenGate(QList<Lead> leads, const Stage &target)
{
    if (target.kind != StageKind::Won) {
        gateAndMove(leads, target);
        return;
    }
    const int count = static_cast<int>(leads.size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Mark as won"),
        count == 1 ? tr("Mark %1 as won?").arg(leads.first().displayName())
                   : tr("Mark %n lead(s) as won?", "", count),
        QMessageBox::Cancel, m_board->window());
    box->setObjectName(u"confirmWonBox"_s);
    box->setInformativeText(tr("Each becomes a customer: found by its NIP, or created from its company."));
    QPushButton *yes = box->addButton(tr("Mark as won"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, leads, target, epoch = m_epoch](int) {
        if (epoch == m_epoch && box->clickedButton() == yes)
            gateAndMove(leads, target);
    });
    box->open();
}

void LeadMover::gateAndMove(const QList<Lead> &leads, const Stage &target)
{
    QList<Lead> ready;
    QList<Completion> completions;
    QList<bool> groupable;
    for (const Lead &lead : leads) {
        const QStringList keys = StageGate::fieldsToComplete(m_pipeline, lead, target, today());
        if (keys.isEmpty()) {
            ready.append(lead);
            continue;
        }
        // Leads lacking the same fields, none of them filled, share one form.
        const bool blank = std::none_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return lead.isFilled(key); });
        bool joined = false;
        for (qsizetype i = 0; blank && i < completions.size() && !joined; ++i) {
            if (groupable.at(i) && completions.at(i).keys == keys) {
                completions[i].leads.append(lead);
                joined = true;
            }
        }
        if (!joined) {
            completions.append({{lead}, keys});
            groupable.append(blank);
        }
    }
    if (!ready.isEmpty())
        send(ready, target.id, {}, Record::Yes, true, {});
    if (completions.isEmpty())
        return;
    m_completionTarget = target.id;
    m_completions = completions;
    openNextCompletion();
}

void LeadMover::openNextCompletion()
{
    if (m_dialog || m_completions.isEmpty())
        return;
    const Stage *target = m_pipeline.stage(m_completionTarget);
    if (!target) {
        m_completions.clear();
        return;
    }
    const Completion completion = m_completions.first();
    const Lead &first = completion.leads.first();
    auto *dialog = new CompleteToMoveDialog(m_pipeline, first, *target, completion.keys,
        StageGate::fieldReasons(m_pipeline, first, *target, today()), m_board->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLeadCount(static_cast<int>(completion.leads.size()));
    dialog->setLostReasons(m_lostReasons);
    m_dialog = dialog;
    connect(dialog, &CompleteToMoveDialog::submitted, this, &LeadMover::submitCompletion);
    connect(dialog, &QDialog::finished, this, [this, dialog, epoch = m_epoch](int result) {
        if (epoch != m_epoch)
            return;
        if (result == QDialog::Rejected && !m_completions.isEmpty())
            Q_EMIT message(tr("Not moved: %1 stays where it was.").arg(dialog->lead().displayName()));
        if (!m_completions.isEmpty())
            m_completions.removeFirst();
        m_dialog = nullptr;
        // The next form opens once this one is gone.
        QTimer::singleShot(0, this, &LeadMover::openNextCompletion);
    });
    dialog->open();
}

void LeadMover::submitCompletion(const FieldInput &values)
{
    if (m_completions.isEmpty() || !m_dialog)
        return;
    const Completion completion = m_completions.first();
    QPointer<CompleteToMoveDialog> dialog = m_dialog;
    // The form stays up until the services answer, so a refusal can be fixed in place.
    send(completion.leads, m_completionTarget, values, Record::Yes, false,
        [this, dialog, count = completion.leads.size()](int moved, const QList<Error> &errors) {
            if (!dialog)
                return;
            if (moved == 0 && !errors.isEmpty()) {
                dialog->showError(errors.first());
                return;
            }
            if (!errors.isEmpty())
                Q_EMIT message(tr("%1 of %2 moved; the others show why on their cards.").arg(moved).arg(count));
            dialog->accept();
        });
}

void LeadMover::send(const QList<Lead> &leads, qint64 targetStageId, const FieldInput &fields, Record record, bool optimistic,
    std::function<void(int moved, const QList<Error> &errors)> done)
{
    struct Batch {
        int remaining = 0;
        int moved = 0;
        QList<Error> errors;
        QStringList refusals;
        QList<MoveLeadsCommand::Entry> entries;
        QSet<qint64> stages;
    };
    auto batch = std::make_shared<Batch>();
    batch->remaining = static_cast<int>(leads.size());
    batch->stages.insert(targetStageId);
    const auto modelOf = [this](qint64 stageId) -> StageLeadModel * {
        StageColumn *column = m_board->column(stageId);
        return column ? column->model() : nullptr;
    };
    for (const Lead &lead : leads) {
        const quint64 token = ++m_nextToken;
        const qint64 from = lead.stageId;
        batch->stages.insert(from);
        if (optimistic) {
            if (StageLeadModel *source = modelOf(from))
                source->hideLead(token, lead.id);
            if (StageLeadModel *target = modelOf(targetStageId))
                target->pinLead(token, lead);
        }
        m_busy.insert(lead.id);
        MoveRequest request;
        request.leadIds = {lead.id};
        request.stageId = targetStageId;
        request.fields = fields;
        request.note = request.fields.take(CompleteToMoveDialog::commentKey()); // a lost stage's comment
        FutureWatch::then(this, m_leads->moveLeads(m_principal, request),
            [this, batch, token, from, targetStageId, fields, record, done, modelOf, id = lead.id, name = lead.displayName(),
                epoch = m_epoch](const Result<QList<Lead>> &result) {
                if (epoch != m_epoch)
                    return;
                m_busy.remove(id);
                StageLeadModel *source = modelOf(from);
                StageLeadModel *target = modelOf(targetStageId);
                if (result) {
                    ++batch->moved;
                    batch->entries.append({id, from});
                    for (StageLeadModel *model : {source, target})
                        if (model)
                            model->settle(token);
                } else {
                    batch->errors.append(result.error());
                    batch->refusals.append(name + u": "_s + describe(result.error()));
                    for (StageLeadModel *model : {source, target})
                        if (model)
                            model->revert(token);
                    if (source)
                        source->setNotice(id, describe(result.error()));
                }
                if (--batch->remaining > 0)
                    return;
                m_board->refreshStages(batch->stages);
                if (record == Record::Yes && !batch->entries.isEmpty()) {
                    const Stage *stage = m_pipeline.stage(targetStageId);
                    const QString text = tr("Move %n lead(s) to “%1”", "", static_cast<int>(batch->entries.size()))
                                             .arg(stage ? stage->displayName() : QString());
                    m_undo->push(new MoveLeadsCommand(this, batch->entries, targetStageId, fields, text));
                }
                Q_EMIT movesFinished(batch->moved, batch->refusals);
                if (done)
                    done(batch->moved, batch->errors);
            });
    }
}

QString LeadMover::describe(const Error &error) const
{
    QStringList parts;
    for (const GateRefusal &refusal : error.refusals) {
        if (!refusal.missingFields.isEmpty())
            parts.append(tr("missing %1").arg(refusal.missingFields.join(u", "_s)));
        if (!refusal.failedCriteria.isEmpty())
            parts.append(tr("not met: %1").arg(refusal.failedCriteria.join(u", "_s)));
    }
    for (const FieldError &field : error.fieldErrors)
        parts.append(LeadFields::label(field.field) + u" "_s + field.reason);
    if (parts.isEmpty())
        return error.message;
    return tr("Not moved: %1").arg(parts.join(u"; "_s));
}

} // namespace lejek::app
