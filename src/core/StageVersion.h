// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stage.h"

#include <QDateTime>
#include <QList>

namespace lejek {

// A stage's configuration as it stood from `validFrom` until the stage's next version:
// what "as of D" reads, and the audit history of who changed which stage when.
struct StageVersion {
    enum class Change { Created, Changed, Removed };

    qint64 id = 0; // the order versions were written in
    Stage stage;
    QDateTime validFrom;
    qint64 changedBy = 0;  // user id; 0: the database's owner, before any user
    QString changedByName; // as the user is called now
    Change change = Change::Created;

    static QString changeName(Change change);
    static bool changeFromName(const QString &name, Change *change);

    // The stages of one pipeline as they stood at `at`, in position order: each stage's
    // last version at or before `at` (of two at one instant, the one written later, by
    // id), unless that version removed it. Before the first
    // version (history imported from before the pipeline was set up in Lejek), the
    // stages as first recorded. `versions` in any order.
    static QList<Stage> asOf(const QList<StageVersion> &versions, const QDateTime &at);
    // When the first version was written (null when there is none).
    static QDateTime firstRecorded(const QList<StageVersion> &versions);
};

} // namespace lejek
