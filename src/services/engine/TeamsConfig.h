// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "FactSchema.h"
#include "TeamSettings.h"

namespace lejek {

// The teams of a configuration file (TeamSettingsJson) against the database: every
// team with its strategy, calendar and members as they stand; a file's teams checked
// (its members are users, each in one team; its specialisation fields exist); and
// written: teams made or changed, members moved into their team with their capacity,
// specialisations and time out of office. Members a file does not list stay as they are.
class TeamsConfig
{
public:
    explicit TeamsConfig(Database &db) : m_db(db) {}

    Result<QList<TeamSettings>> read();
    Result<void> check(const QList<TeamSettings> &teams, const FactSchema &schema);
    // Inside the caller's transaction.
    Result<void> write(const QList<TeamSettings> &teams);

private:
    Database &m_db;
};

} // namespace lejek
