// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoutingTeam.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace lejek {

// A team's working calendar as configured (DOMAIN.md's default: Mon-Fri 9:00-17:00,
// Europe/Warsaw); Polish public holidays are always off, `daysOff` adds the team's own.
struct CalendarSettings {
    QString timeZone = QStringLiteral("Europe/Warsaw");
    QTime start{9, 0};
    QTime end{17, 0};
    QList<int> weekdays{1, 2, 3, 4, 5}; // Qt::DayOfWeek, Monday = 1
    QList<QDate> daysOff;
    friend bool operator==(const CalendarSettings &, const CalendarSettings &) = default;
};

// A member as routing needs them: the user (by e-mail or name), the open leads they can
// hold (0: no limit), what they specialise in, and when they are out of office.
struct MemberSettings {
    QString user;
    int capacity = 0;
    QStringList specialisations;
    QDate awayFrom; // both days included; a null `awayUntil`: until further notice
    QDate awayUntil;
    friend bool operator==(const MemberSettings &, const MemberSettings &) = default;
};

// One team of a configuration file: how it assigns, its calendar, and (when the file
// lists them) its members.
struct TeamSettings {
    QString name;
    AssignmentStrategy strategy = AssignmentStrategy::RoundRobin;
    QString specialisationField = QStringLiteral("industry");
    std::optional<CalendarSettings> calendar; // none: left as it is
    std::optional<QList<MemberSettings>> members; // none: left as they are
    friend bool operator==(const TeamSettings &, const TeamSettings &) = default;
};

} // namespace lejek
