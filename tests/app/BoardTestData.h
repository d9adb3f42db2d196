// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalBackend.h"
#include "Pipeline.h"
#include "User.h"

#include <QDateTime>
#include <QList>

namespace lejek::test {

// Realistic leads for board tests, written through the services (recordHistory: one
// transaction per call) and the same for every run.
class BoardTestData
{
public:
    // Three reps in one team; returns them.
    static QList<User> createUsers(LocalBackend &backend);
    // `count` leads in `stage`, owned in turn by `owners` (every fifth has no owner).
    // Their last activity lies 0..(spreadDays-1) days before `now`, the newest first.
    static int addLeads(LocalBackend &backend, const Pipeline &pipeline, const Stage &stage, int count, const QList<User> &owners,
        const QDateTime &now, int spreadDays = 10, int seed = 0);
};

} // namespace lejek::test
