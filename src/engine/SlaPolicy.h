// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"

#include <QDateTime>
#include <QString>

namespace lejek {

// Which SLA a lead has broken, if any (lead JSON's sla_breached).
enum class SlaBreach { None, FirstContact, Decision };
QString slaBreachKey(SlaBreach breach); // "none", "first_contact", "decision"

// When a handed-off lead's two SLAs fall due (null: that SLA does not run).
struct SlaDue {
    QDateTime firstContact;
    QDateTime decision;
    friend bool operator==(const SlaDue &, const SlaDue &) = default;
};

// The two tiers of DOMAIN.md's SLAs, in working minutes of the team's calendar, counted
// from the lead entering the handoff stage: SLA 1 to the first contact (a call, an
// e-mail sent or a meeting by the owner), SLA 2 to a status decision (SQL, disqualified
// or nurture). 0 minutes: that tier does not run. The defaults are DOMAIN.md's: 15
// minutes and two working days.
struct SlaPolicy {
    int firstContactMinutes = 15;
    int decisionMinutes = 2 * 8 * 60;

    SlaDue dueTimes(const QDateTime &enteredHandoff, const WorkingCalendar &calendar) const;

    // A tier is broken when its event came after its due time, or has not come and the
    // due time has passed. Both broken: the decision, the later and graver.
    static SlaBreach breach(const SlaDue &due, const QDateTime &firstContactAt, const QDateTime &decidedAt, const QDateTime &now);
    // Working milliseconds from now to the next due time still running (negative: late
    // by that much). For the board's badge: "12 min left", "breached".
    static qint64 workingLeft(const QDateTime &due, const QDateTime &now, const WorkingCalendar &calendar);
};

} // namespace lejek
