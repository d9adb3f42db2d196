// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"

#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lejek::test {

// A fresh, empty database for one test: an SQLite file in a temporary folder, or a new
// database on the PostgreSQL server named by LEJEK_TEST_PG_URL (dropped afterwards).
class TestDatabase
{
public:
    enum class Kind { SQLite, PostgreSQL };
    explicit TestDatabase(Kind kind);
    ~TestDatabase();

    // A new database holding what this one holds (SQLite: its file copied; PostgreSQL: a
    // database made from it as a template), for tests whose every row starts from the
    // same written data: written once, copied in a moment. Nothing may be connected to
    // this one meanwhile. Its reason in isAvailable() when it could not be made.
    std::unique_ptr<TestDatabase> copy() const;

    // False (with the reason) when the backend is not available here.
    bool isAvailable(QString *why) const;
    const ConnectionSettings &settings() const { return m_settings; }
    // What lejek-cli takes after --db.
    QString url() const;

    static bool postgresConfigured();
    static QString kindName(Kind kind) { return kind == Kind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"); }

private:
    TestDatabase(Kind kind, const TestDatabase *from);

    Kind m_kind;
    ConnectionSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    QString m_pgName;
};

// For initTestCase_data(): every test then runs once on SQLite and once on PostgreSQL,
// its init() reading the backend with QFETCH_GLOBAL(TestDatabase::Kind, kind).
void addBackendRows();

} // namespace lejek::test

Q_DECLARE_METATYPE(lejek::test::TestDatabase::Kind)
