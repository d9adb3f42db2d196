// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace lejek::app {

// What a dragged card carries: the ids of the selected leads, the stage each was
// dragged from and the version it was shown at, under a private MIME type so only a
// Lejek board accepts the drop (another program sees plain text with the names).
struct LeadDragPayload {
    struct Entry {
        qint64 leadId = 0;
        qint64 stageId = 0;
        int version = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static inline const QString MimeType = QStringLiteral("application/x-lejek-lead-ids");

    qint64 pipelineId = 0;
    QList<Entry> leads;

    QList<qint64> leadIds() const;
    // A new QMimeData the caller owns (a QDrag takes it over).
    QMimeData *toMimeData() const;
    // Empty for foreign or malformed data.
    static std::optional<LeadDragPayload> fromMimeData(const QMimeData *data);

    friend bool operator==(const LeadDragPayload &, const LeadDragPayload &) = default;
};

} // namespace lejek::app
