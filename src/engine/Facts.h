// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// One fact about a lead, typed once so that conditions compare without parsing:
// numbers and money (minor units) in `number`, dates as Julian days and instants as
// UTC milliseconds in `number`, texts in `text`, a multi-choice in `items`. Texts are
// case-folded once here, so conditions compare them without case at memcmp speed.
struct FactValue {
    bool filled = false;
    bool changed = false; // changed by the write being judged
    qint64 number = 0;
    QString text;
    QStringList items;
};

// A lead's facts in the slots of a FactSchema, and the clock they are judged by: `now`
// for instants, `today` (in the team's zone) for dates. Built once per lead and
// decision; CompiledCondition reads it and nothing else.
struct Facts {
    QList<FactValue> values;
    QDateTime now;
    QDate today;
};

} // namespace lejek
