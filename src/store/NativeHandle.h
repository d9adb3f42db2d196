// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

struct sqlite3;
struct pg_conn;

namespace lejek {

// The client library's handle behind Qt's connection, for what Qt's drivers do not
// offer (bulk writes, stopping a running statement); null when `db` is of the other
// kind, or when Qt's driver does not run on the library Lejek links.
namespace NativeHandle {
sqlite3 *sqlite(Database &db);
pg_conn *postgres(Database &db);
} // namespace NativeHandle

} // namespace lejek
