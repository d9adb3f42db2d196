// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LeadRequests.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// A file of behaviour events for `lejek-cli events`: CSV with a header, or JSON Lines
// (one object per line), with the keys email, nip, website, type, detail, at (ISO 8601;
// without an offset, the machine's local time) and id (the source's event id). The
// whole file is read and checked before anything is written: every bad line is named.
class BehaviourEventFile
{
public:
    struct Line {
        int line = 0;
        BehaviourEventRequest event;
    };
    // Errors: the file cannot be read, a column or key is unknown, or lines are wrong
    // (each listed as "line N: field: why", at most 20 of them, then how many more).
    static Result<QList<Line>> read(const QString &path, qint64 pipelineId);
    static const QStringList &keys();
};

} // namespace lejek
