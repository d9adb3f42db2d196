// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExternalChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
// An id, or 0 for JSON null; -1 for anything else.
qint64 idOrNull(const QJsonValue &value)
{
    if (value.isNull())
        return 0;
    const qint64 id = value.toInteger(-1);
    return id > 0 ? id : -1;
}

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

LeadChange everythingIn(qint64 pipelineId)
{
    LeadChange change;
    change.pipelineId = pipelineId;
    change.everything = true;
    return change;
}
} // namespace

ExternalChanges::Notice ExternalChanges::addNotice(const QString &payload, qint64 ownPid)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    const QJsonObject notice = document.object();
    const qint64 pid = notice.value(u"pid"_s).toInteger(-1);
    bool understood = error.error == QJsonParseError::NoError && document.isObject() && notice.size() == 2 && pid > 0;
    if (understood && pid == ownPid)
        return Notice::Own;
    if (!understood) {
        // falls through to "anything may have changed"
    } else if (notice.contains(u"leads"_s)) {
        understood = notice.value(u"leads"_s).isArray() && addLeads(notice.value(u"leads"_s).toArray());
    } else if (notice.contains(u"configuration"_s)) {
        understood = notice.value(u"configuration"_s).toBool();
        m_configuration = true;
    } else {
        understood = false;
    }
    if (!understood)
        m_everything = true;
    return understood ? Notice::Added : Notice::Unknown;
}

bool ExternalChanges::addLeads(const QJsonArray &rows)
{
    for (const QJsonValue &value : rows) {
        const QJsonArray row = value.toArray();
        if (row.size() != 4)
            return false;
        const qint64 lead = idOrNull(row.at(0));
        const qint64 pipelineId = idOrNull(row.at(1));
        const qint64 from = idOrNull(row.at(2));
        const qint64 to = idOrNull(row.at(3));
        if (lead <= 0 || pipelineId <= 0 || from < 0 || to < 0)
            return false;
        Touched &touched = m_pipelines[pipelineId];
        if (touched.everything)
            continue;
        Fate fate = Fate::Updated;
        if (from == 0 && to == 0)
            fate = Fate::CardChanged; // an activity or a task
        else if (from == 0)
            fate = Fate::Created;
        else if (to == 0)
            fate = Fate::Removed;
        else if (from != to)
            fate = Fate::Moved;
        auto known = touched.leads.find(lead);
        if (known == touched.leads.end())
            touched.leads.insert(lead, fate);
        else
            *known = std::max(*known, fate);
        if (from != 0)
            touched.from.insert(from);
        if (to != 0)
            touched.to.insert(to);
        if (touched.leads.size() > MaxLeadsPerPipeline) {
            touched = Touched();
            touched.everything = true;
        }
    }
    return true;
}

LeadChange::Kind ExternalChanges::kindOf(Fate fate)
{
    switch (fate) {
    case Fate::Created:
        return LeadChange::Kind::Created;
    case Fate::Moved:
        return LeadChange::Kind::Moved;
    case Fate::Removed:
        return LeadChange::Kind::Removed;
    case Fate::CardChanged:
    case Fate::Updated:
        break;
    }
    return LeadChange::Kind::Updated;
}

QList<LeadChange> ExternalChanges::leadChanges() const
{
    if (m_everything)
        return {everythingIn(0)};
    QList<LeadChange> changes;
    for (auto it = m_pipelines.cbegin(); it != m_pipelines.cend(); ++it) {
        const Touched &touched = it.value();
        if (touched.everything) {
            changes.append(everythingIn(it.key()));
            continue;
        }
        LeadChange change;
        change.pipelineId = it.key();
        change.leadIds = touched.leads.keys(); // sorted
        // Leads with different fates (one created, another moved): only "updated" is true of all.
        const QList<Fate> fates = touched.leads.values();
        const bool oneFate = std::all_of(fates.cbegin(), fates.cend(), [&](Fate f) { return f == fates.constFirst(); });
        change.kind = oneFate ? kindOf(fates.constFirst()) : LeadChange::Kind::Updated;
        change.fromStageIds = sorted(touched.from);
        change.toStageIds = sorted(touched.to);
        changes.append(change);
    }
    return changes;
}

} // namespace lejek
