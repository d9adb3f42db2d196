// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageVersion.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QString StageVersion::changeName(Change change)
{
    switch (change) {
    case Change::Created: return u"created"_s;
    case Change::Changed: return u"changed"_s;
    case Change::Removed: return u"removed"_s;
    }
    return u"changed"_s;
}

bool StageVersion::changeFromName(const QString &name, Change *change)
{
    for (Change c : {Change::Created, Change::Changed, Change::Removed})
        if (changeName(c) == name) {
            *change = c;
            return true;
        }
    return false;
}

QDateTime StageVersion::firstRecorded(const QList<StageVersion> &versions)
{
    QDateTime first;
    for (const StageVersion &v : versions)
        if (!first.isValid() || v.validFrom < first)
            first = v.validFrom;
    return first;
}

QList<Stage> StageVersion::asOf(const QList<StageVersion> &versions, const QDateTime &requested)
{
    const QDateTime at = std::max(requested, firstRecorded(versions));
    QHash<qint64, const StageVersion *> latest;
    for (const StageVersion &v : versions) {
        if (v.validFrom > at)
            continue;
        const StageVersion *&seen = latest[v.stage.id];
        if (!seen || std::pair(seen->validFrom, seen->id) < std::pair(v.validFrom, v.id))
            seen = &v;
    }
    QList<Stage> stages;
    for (const StageVersion *v : std::as_const(latest))
        if (v->change != Change::Removed)
            stages.append(v->stage);
    std::sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) { return a.position < b.position; });
    return stages;
}

} // namespace lejek
