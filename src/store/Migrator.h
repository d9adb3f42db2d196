// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace lejek {

// Brings a database to the schema this build knows, in one transaction per step; the
// version sits in the meta table. A database from a newer Lejek, or one that is not
// Lejek's, is refused before anything is written.
class Migrator
{
public:
    static int latestVersion();
    // The version the database is at: 0 for an empty database.
    static Result<int> currentVersion(Database &db);
    // Migrates to `target` (latest by default); tests stop earlier to build old databases.
    static Result<void> migrate(Database &db, int target = -1);
};

} // namespace lejek
