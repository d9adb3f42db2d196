// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the store tests: a connection on the test thread to a fresh
// TestDatabase, and a few catalogue queries that differ between SQLite and PostgreSQL.
#pragma once

#include "Database.h"
#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

// For QVERIFY2 on a Result: the error's message, or nothing.
#define LEJEK_MESSAGE(result) qPrintable((result) ? QString() : (result).error().message)

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

inline QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"lejek-store-test-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Opens a Database on the calling thread (the tests play the store thread).
inline Result<std::unique_ptr<Database>> openDatabase(const ConnectionSettings &settings)
{
    return Database::open(settings, uniqueConnectionName());
}

// openDatabase() for a QVERIFY(db): null, with the error on the test log, when it fails.
inline std::unique_ptr<Database> openOrWarn(const ConnectionSettings &settings)
{
    auto db = openDatabase(settings);
    if (!db) {
        qWarning() << db.error().message;
        return {};
    }
    return std::move(*db);
}

// A fresh database of the data row's backend (initTestCase_data(): addBackendRows()) and
// a connection to it on the test thread. open() is for init(): it skips the test where
// that backend is not available here and fails it when the connection does not open,
// leaving `db` null either way; close() is for cleanup().
struct StoreConnection {
    std::unique_ptr<TestDatabase> test;
    std::unique_ptr<Database> db;

    void open()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        test = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!test->isAvailable(&why))
            QSKIP(qPrintable(why));
        auto opened = openDatabase(test->settings());
        QVERIFY2(opened.has_value(), LEJEK_MESSAGE(opened));
        db = std::move(*opened);
    }

    void close()
    {
        db.reset();
        test.reset();
    }
};

inline bool isSqlite(Database &db)
{
    return db.dialect().kind() == SqlDialect::Kind::SQLite;
}

// The tables of the current schema, sorted.
inline QStringList tableNames(Database &db)
{
    QStringList names;
    auto q = db.exec(isSqlite(db) ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s
                                  : u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s);
    if (!q)
        return {u"<error: %1>"_s.arg(q.error().message)};
    while ((*q)->next())
        names.append((*q)->value(0).toString());
    (*q)->finish();
    names.sort();
    return names;
}

inline bool indexExists(Database &db, const QString &name)
{
    auto n = db.scalar(isSqlite(db) ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"_s
                                    : u"SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?"_s,
        {name});
    return n && n->toInt() == 1;
}

} // namespace lejek::test

