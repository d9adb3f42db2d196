// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoardFilterState.h"

#include <QList>
#include <QString>

namespace lejek::app {

// What the board remembers between runs, in the app's QSettings: per database
// (its location, never a password) who uses the app, and per database and user the
// last pipeline, the filter and sort, and the saved views. Another user of the same
// database, or the same user on another database, starts from their own.
class BoardPreferences
{
public:
    // `databaseLocation`: ConnectionSettings::displayName(), an SQLite path or a
    // postgresql:// URL without password.
    explicit BoardPreferences(const QString &databaseLocation);

    // The app's user in this database; 0: nobody chosen yet. Setting it switches the
    // per-user values below to that user's.
    qint64 currentUserId() const { return m_userId; }
    void setCurrentUserId(qint64 userId);

    qint64 lastPipelineId() const; // 0: none yet
    void setLastPipelineId(qint64 pipelineId);

    BoardFilterState filterState() const;
    void setFilterState(const BoardFilterState &state);

    QList<SavedBoardView> savedViews() const;
    void setSavedViews(const QList<SavedBoardView> &views);

    // The QSettings group of this database, and of this database and user.
    QString databaseGroup() const { return m_group; }
    QString userGroup() const;

private:
    QString m_group;
    qint64 m_userId = 0;
};

} // namespace lejek::app
