// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadChange.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

class QJsonArray;

namespace lejek {

// Changes other connections committed, gathered from their notices until views are
// told: per pipeline the leads and the stages they left and entered, or that anything
// may have changed there; and whether the pipelines' configuration changed. The notices
// are PostgreSQL's (resources/sql/003_change_notices.postgresql.sql).
class ExternalChanges
{
public:
    // Past this many leads in one pipeline, listing them helps no view: the whole
    // pipeline is refreshed instead.
    static constexpr qsizetype MaxLeadsPerPipeline = 1000;

    enum class Notice {
        Added,
        Own,     // written by the connection `ownPid` names: left out
        Unknown, // not one Lejek writes: counts as "anything may have changed", since something did
    };
    // Adds one notice's payload unless the server process `ownPid` wrote it.
    Notice addNotice(const QString &payload, qint64 ownPid = 0);
    // Anything, anywhere, may have changed (what SQLite's data_version says).
    void addEverything() { m_everything = true; }
    void addConfiguration() { m_configuration = true; }

    bool isEmpty() const { return !m_everything && !m_configuration && m_pipelines.isEmpty(); }
    bool configurationChanged() const { return m_configuration; }
    // One change per pipeline touched, or one for every pipeline (pipelineId 0).
    QList<LeadChange> leadChanges() const;
    void clear() { *this = ExternalChanges(); }

private:
    // What became of one lead, the strongest news winning: a lead created and then
    // moved is still new to a view, and a timeline entry adds nothing to a move.
    enum class Fate { CardChanged, Updated, Moved, Created, Removed };
    struct Touched {
        QMap<qint64, Fate> leads;
        QSet<qint64> from;
        QSet<qint64> to;
        bool everything = false;
    };
    bool addLeads(const QJsonArray &rows);
    static LeadChange::Kind kindOf(Fate fate);

    QMap<qint64, Touched> m_pipelines;
    bool m_everything = false;
    bool m_configuration = false;
};

} // namespace lejek
