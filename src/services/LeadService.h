// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customer.h"
#include "DuplicateMatch.h"
#include "Error.h"
#include "ImportBatch.h"
#include "ImportTransaction.h"
#include "Lead.h"
#include "LeadRequests.h"
#include "PageRequest.h"
#include "Principal.h"
#include "StageTotals.h"
#include "Task.h"
#include "TimelineEntry.h"
#include "TimelinePage.h"

#include <QFuture>
#include <QList>

#include <memory>

namespace lejek {

class ChangeNotifier;

// Leads: the one place DOMAIN.md's rules are enforced (field validation, required
// fields and entry criteria, optimistic versions, lost reasons, won customers,
// history). Each call is one transaction: it all commits, or nothing is written.
// Every call names who is acting (`by`): what they may not see or change is refused
// with Error::Forbidden, and lists of leads hold only what they may see (LeadScope).
class LeadService
{
public:
    virtual ~LeadService() = default;

    virtual ChangeNotifier *notifier() = 0;

    virtual QFuture<Result<Lead>> createLead(const Principal &by, const NewLead &request) = 0;
    // Refused with Error::Conflict (naming the fields changed meanwhile) when the
    // lead is no longer at request.expectedVersion.
    virtual QFuture<Result<Lead>> updateLead(const Principal &by, const LeadEdit &request) = 0;
    // Refused with Error::Refused listing, per lead, every missing field and failed
    // criterion of the target stage's gate.
    virtual QFuture<Result<QList<Lead>>> moveLeads(const Principal &by, const MoveRequest &request) = 0;
    // Leads of the pipeline, other than `exceptLeadId`, with the e-mail or NIP that
    // `fields` give (parsed as a save would): what a card names before it saves. Leads
    // the user may not see are counted, not named. Refused with Error::Invalid when a
    // value is not an e-mail or NIP at all.
    virtual QFuture<Result<DuplicateCheck>> duplicatesOf(const Principal &by, qint64 pipelineId, const FieldInput &fields,
                                                         qint64 exceptLeadId) = 0;
    // Candidate pairs of the pipeline's leads (sharing an e-mail, NIP or web domain) that
    // the user may see both of, by their ids; at most `limit` (1 to 10,000) per key.
    virtual QFuture<Result<QList<DuplicatePair>>> duplicatePairs(const Principal &by, qint64 pipelineId, int limit) = 0;
    // See MergeRequest; returns the survivor. Refused with Error::Invalid for a lead merged
    // into itself, leads of two pipelines or a lead already merged, with Error::Conflict
    // when either changed since the versions given, and as an edit is when the survivor's
    // stage requires a field the chosen values leave empty.
    virtual QFuture<Result<Lead>> mergeLeads(const Principal &by, const MergeRequest &request) = 0;
    virtual QFuture<Result<Lead>> lead(const Principal &by, qint64 id) = 0;
    // Leads of one pipeline by id, in the order given: a list a dashboard number opens.
    // Those the principal may not see, merged ones and ids of other pipelines are left
    // out (a number may be older than a reassignment). Refused (Error::Invalid) for more
    // than MaxLeadList ids.
    static constexpr int MaxLeadList = 1000;
    virtual QFuture<Result<QList<Lead>>> leads(const Principal &by, qint64 pipelineId, const QList<qint64> &ids) = 0;
    // The whole history, oldest first: for the command line and exports.
    virtual QFuture<Result<QList<TimelineEntry>>> timeline(const Principal &by, qint64 leadId) = 0;
    // One page, newest first, filtered by category: what a card shows as the rep
    // scrolls. Refused with Error::Invalid for a page of fewer than 1 or more than 500.
    virtual QFuture<Result<TimelinePage>> timelinePage(const Principal &by, const TimelineRequest &request) = 0;

    virtual QFuture<Result<Activity>> logActivity(const Principal &by, const NewActivity &request) = 0;
    virtual QFuture<Result<Task>> createTask(const Principal &by, const NewTask &request) = 0;
    virtual QFuture<Result<Task>> completeTask(const Principal &by, qint64 taskId) = 0;
    virtual QFuture<Result<Task>> rescheduleTask(const Principal &by, qint64 taskId, const QDateTime &dueAt) = 0;
    virtual QFuture<Result<Task>> cancelTask(const Principal &by, qint64 taskId) = 0;
    virtual QFuture<Result<QList<Task>>> tasks(const Principal &by, qint64 leadId) = 0;
    // The acting user's open tasks across every pipeline, soonest due first (My tasks);
    // at most `limit` (1 to 1,000). Refused with Error::Invalid for the database's owner,
    // who is no user and owns no tasks.
    virtual QFuture<Result<QList<Task>>> myTasks(const Principal &by, int limit) = 0;

    // Customers whose company or NIP contains `search` (empty: all), by company, at most
    // `limit` (1 to 1,000), with their won and open deals counted.
    virtual QFuture<Result<QList<Customer>>> customers(const Principal &by, const QString &search, int limit) = 0;
    // One customer with its contacts and the deals (leads) the user may see.
    virtual QFuture<Result<Customer>> customer(const Principal &by, qint64 customerId) = 0;
    // See UpsellRequest; returns the new lead, linked to the customer. Refused as any
    // create is (gate, owner) and with Error::NotFound for no such customer.
    virtual QFuture<Result<Lead>> upsell(const Principal &by, const UpsellRequest &request) = 0;
    // See ReactivateRequest. Refused with Error::Invalid for a lead that is not lost or a
    // target that is closed or in another pipeline, with Error::Refused by the gate.
    virtual QFuture<Result<Lead>> reactivateLead(const Principal &by, const ReactivateRequest &request) = 0;
    // Lost leads the user may see, closed more than six months ago, oldest first, at most
    // `limit` (1 to 1,000): the seed's half-yearly review.
    virtual QFuture<Result<QList<Lead>>> lostToReview(const Principal &by, int limit) = 0;

    // See BehaviourEventRequest: all in one transaction, or none. Refused with
    // Error::Invalid, naming the event (its 1-based place) and the field, for an unknown
    // type, no e-mail, NIP or website to match by, or an external id too long.
    virtual QFuture<Result<QList<BehaviourEventResult>>> recordEvents(const Principal &by, const QList<BehaviourEventRequest> &events) = 0;

    // Refused with Error::Invalid when the filter's score range is empty.
    virtual QFuture<Result<StagePage>> stagePage(const Principal &by, qint64 pipelineId, const PageRequest &request) = 0;
    // Column headers: count and value per stage, in pipeline order, of the leads that
    // pass `filter` (what stagePage lists with the same filter). Refused with
    // Error::Invalid when the filter's score range is empty (min above max).
    virtual QFuture<Result<QList<StageTotals>>> stageTotals(const Principal &by, qint64 pipelineId, const LeadFilter &filter) = 0;
    // Every lead of each stage.
    QFuture<Result<QList<StageTotals>>> stageTotals(const Principal &by, qint64 pipelineId) { return stageTotals(by, pipelineId, LeadFilter{}); }

    // Writes leads with their past as it happened (demo data, migrations), in one
    // transaction per call; returns how many were written. Admins only.
    virtual QFuture<Result<int>> recordHistory(const Principal &by, const QList<HistoricLead> &leads) = 0;

    // Imports rows: each is validated and gated like any create (or fills and changes
    // its duplicate, by external id, then e-mail, then NIP, as options say) and
    // reported with its line; the rest of the batch goes on. A dry run writes nothing.
    virtual QFuture<Result<ImportReport>> importRows(const Principal &by, const ImportBatch &batch) = 0;
    // An import of all or nothing: see ImportTransaction. Returns at once; the
    // connection opens on the transaction's own thread, and a failure to open is the
    // first batch's error.
    virtual std::unique_ptr<ImportTransaction> beginImport(const Principal &by) = 0;
};

} // namespace lejek
