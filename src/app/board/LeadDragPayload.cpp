// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadDragPayload.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace lejek::app {

namespace {
// Bumped when the layout changes; a payload of another layout is not ours to read.
constexpr quint32 FormatVersion = 1;
// A board never drags more than its selection; this bounds what a hostile payload costs.
constexpr quint32 MaxLeads = 100000;
} // namespace

QList<qint64> LeadDragPayload::leadIds() const
{
    QList<qint64> ids;
    ids.reserve(leads.size());
    for (const Entry &entry : leads)
        ids.append(entry.leadId);
    return ids;
}

QMimeData *LeadDragPayload::toMimeData() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << FormatVersion << pipelineId << static_cast<quint32>(leads.size());
    for (const Entry &entry : leads)
        out << entry.leadId << entry.stageId << static_cast<qint32>(entry.version);
    auto *data = new QMimeData;
    data->setData(MimeType, bytes);
    return data;
}

std::optional<LeadDragPayload> LeadDragPayload::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(MimeType))
        return std::nullopt;
    const QByteArray bytes = data->data(MimeType);
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    quint32 count = 0;
    LeadDragPayload payload;
    in >> format >> payload.pipelineId >> count;
    if (in.status() != QDataStream::Ok || format != FormatVersion || count == 0 || count > MaxLeads)
        return std::nullopt;
    payload.leads.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        Entry entry;
        qint32 version = 0;
        in >> entry.leadId >> entry.stageId >> version;
        entry.version = version;
        if (in.status() != QDataStream::Ok || entry.leadId <= 0)
            return std::nullopt;
        payload.leads.append(entry);
    }
    if (!in.atEnd())
        return std::nullopt;
    return payload;
}

} // namespace lejek::app
