// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lejek {

// A lead's way through one pipeline, as the stage-change log has it: every stage it
// entered there and when, in order (the first: where it was created or moved in). What
// the metrics read of a lead, nothing more.
struct LeadPath {
    struct Entry {
        qint64 stageId = 0;
        QDateTime at;
    };
    qint64 leadId = 0;
    QDateTime createdAt; // entered the pipeline: its first entry
    QList<Entry> entries;
    QString lostReason; // the reason code of a lead that ended lost
    // What a report may break it down by, as the lead has it now (empty: none).
    QString owner;
    QString team;
    QString source;
    QString campaign;
    // What the forecast and the leakage read of the lead as it is now.
    qint64 ownerId = 0;                // 0: nobody owns it
    std::optional<qint64> value;       // the deal's value in minor units (none: not set)
    QString currency;                  // of the value (ISO 4217)
    QDate expectedClose;               // decision_date (invalid: not set)
    QDateTime lastActivityAt;
    bool hasOpenTask = false;          // a next step is planned
    // What speed to lead reads: the owner's calls, e-mails sent and meetings (or, for a
    // lead nobody owns, anyone's; Activity::contactKinds), oldest first, and the team
    // whose working calendar measures them (0: none, the default calendar).
    QList<QDateTime> contacts;
    qint64 teamId = 0;

    // The stage it is in (0: none entered).
    qint64 currentStageId() const { return entries.isEmpty() ? 0 : entries.last().stageId; }
    // When it closed: entered the won or lost stage it is in (invalid: it is open).
    QDateTime closedAt(const Pipeline &pipeline) const;
};

// What a report breaks its figures down by.
enum class Breakdown { None, Owner, Team, Source, Campaign };
bool breakdownFromKey(const QString &key, Breakdown *by); // "owner", "team", "source", "campaign"
// The lead's group under `by` (empty: none).
QString groupOf(const LeadPath &lead, Breakdown by);

// A period of whole days, both included: [from 00:00, to + 1 day 00:00) in UTC.
struct Period {
    QDate from;
    QDate to;
    bool contains(const QDateTime &at) const;
};

} // namespace lejek
