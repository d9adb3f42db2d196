// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// One line of a lead's timeline: a stage change or an activity, in time order.
struct TimelineEntry {
    enum class Type { StageChange, Activity };
    // What a card's timeline filter offers: stage changes, field edits, notes, calls,
    // e-mails, meetings, behaviour events (online behaviour arriving for the lead) and
    // tasks; "other" holds what the services record of a lead's life (created, merged,
    // won, lost).
    enum class Category { Stage, FieldEdit, Note, Call, Email, Meeting, Behaviour, Task, Other };

    Type type = Type::Activity;
    qint64 id = 0;   // the stage change's or the activity's row
    QDateTime at;
    QString who;     // user name, or empty
    QString rule;    // automation rule, or empty
    // Stage change
    QString fromStage;
    QString toStage;
    QString note;
    bool imported = false;
    // The lead the stage change was of: another than the timeline's own when that lead
    // was merged into it (its moves stay its own, for the metrics).
    qint64 stageLeadId = 0;
    // Activity
    Activity activity;

    Category category() const;
    static Category categoryOf(const QString &activityKind);
    // The activity kinds of a category (none for Stage).
    static QStringList kindsOf(Category category);
    static const QList<Category> &categories();
};

} // namespace lejek
