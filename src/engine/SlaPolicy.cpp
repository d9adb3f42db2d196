// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicy.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QString slaBreachKey(SlaBreach breach)
{
    switch (breach) {
    case SlaBreach::None: return u"none"_s;
    case SlaBreach::FirstContact: return u"first_contact"_s;
    case SlaBreach::Decision: return u"decision"_s;
    }
    return {};
}

SlaDue SlaPolicy::dueTimes(const QDateTime &enteredHandoff, const WorkingCalendar &calendar) const
{
    SlaDue due;
    if (!enteredHandoff.isValid())
        return due;
    if (firstContactMinutes > 0)
        due.firstContact = calendar.addWorkingMinutes(enteredHandoff, firstContactMinutes);
    if (decisionMinutes > 0)
        due.decision = calendar.addWorkingMinutes(enteredHandoff, decisionMinutes);
    return due;
}

SlaBreach SlaPolicy::breach(const SlaDue &due, const QDateTime &firstContactAt, const QDateTime &decidedAt, const QDateTime &now)
{
    const auto broken = [&now](const QDateTime &dueAt, const QDateTime &doneAt) {
        if (!dueAt.isValid())
            return false;
        return doneAt.isValid() ? doneAt > dueAt : now > dueAt;
    };
    if (broken(due.decision, decidedAt))
        return SlaBreach::Decision;
    if (broken(due.firstContact, firstContactAt))
        return SlaBreach::FirstContact;
    return SlaBreach::None;
}

qint64 SlaPolicy::workingLeft(const QDateTime &due, const QDateTime &now, const WorkingCalendar &calendar)
{
    return due >= now ? calendar.workingBetween(now, due) : -calendar.workingBetween(due, now);
}

} // namespace lejek
