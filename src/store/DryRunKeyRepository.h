// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// The duplicate keys (external id, e-mail, NIP) that the rows of a dry run would have
// written, with the file line of each. Every batch of a dry run is rolled back, so a
// later batch cannot find an earlier one's rows in `leads`; it finds them here instead,
// and a dry run reports a duplicate thousands of rows apart as the real import would.
//
// A temporary table: private to the connection, on disk behind a small cache (bounded
// memory whatever the file's size), never in the database file or anyone else's view.
// Written outside the batch's transaction, which is rolled back; open() and close()
// too, as SQLite switches where temporary tables live only outside a transaction.
class DryRunKeyRepository
{
public:
    explicit DryRunKeyRepository(Database &db) : m_db(db) {}

    struct Key {
        int kind = 0; // the index of the key in LeadCommands' duplicate order
        QString value; // normalised, as stored
        int line = 0;
    };

    // Creates the table when this connection has none yet; empties it for a new run.
    Result<void> open(bool newRun);
    // The run has ended: its keys go.
    Result<void> close();
    // Keeps the first line recorded for each kind and value: within one call the lowest,
    // across calls the earlier call's (batches come in the file's order).
    Result<void> add(const QList<Key> &keys);
    // The value -> line of those of `values` an earlier batch recorded under `kind`.
    Result<QHash<QString, int>> lines(int kind, const QStringList &values);

private:
    Result<void> clear();

    Database &m_db;
};

} // namespace lejek
