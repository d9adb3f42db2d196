// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"

#include <QDateTime>
#include <QString>

namespace lejek {

// One line of a lead's timeline: a stage change or an activity, in time order.
struct TimelineEntry {
    enum class Type { StageChange, Activity };
    Type type = Type::Activity;
    QDateTime at;
    QString who;     // user name, or empty
    QString rule;    // automation rule, or empty
    // Stage change
    QString fromStage;
    QString toStage;
    QString note;
    bool imported = false;
    // Activity
    Activity activity;
};

} // namespace lejek
