// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

namespace {
// Runs one statement on the server's maintenance database.
bool adminExec(const QString &statement, QString *error)
{
    auto admin = ConnectionSettings::parse(qEnvironmentVariable("LEJEK_TEST_PG_URL"));
    if (!admin) {
        *error = admin.error().message;
        return false;
    }
    const QString name = u"lejek-test-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin->host);
        db.setPort(admin->port);
        db.setUserName(admin->user);
        db.setDatabaseName(admin->database);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

bool TestDatabase::postgresConfigured() { return !qEnvironmentVariableIsEmpty("LEJEK_TEST_PG_URL"); }

TestDatabase::TestDatabase(Kind kind) : TestDatabase(kind, nullptr) {}

std::unique_ptr<TestDatabase> TestDatabase::copy() const { return std::unique_ptr<TestDatabase>(new TestDatabase(m_kind, this)); }

// A new, empty database, or (`from`) a copy of one.
TestDatabase::TestDatabase(Kind kind, const TestDatabase *from) : m_kind(kind)
{
    if (from && !from->m_error.isEmpty()) {
        m_error = from->m_error;
        return;
    }
    if (kind == Kind::SQLite) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings.driver = ConnectionSettings::Driver::SQLite;
        m_settings.path = m_dir->filePath(u"lejek.sqlite"_s);
        // The write-ahead log too, should a connection have left one.
        for (const QString &suffix : {QString(), u"-wal"_s})
            if (from && QFile::exists(from->m_settings.path + suffix) && !QFile::copy(from->m_settings.path + suffix, m_settings.path + suffix))
                m_error = u"cannot copy %1"_s.arg(from->m_settings.path + suffix);
        return;
    }
    if (!postgresConfigured()) {
        m_error = u"LEJEK_TEST_PG_URL is not set (scripts/test starts a PostgreSQL server and sets it)"_s;
        return;
    }
    auto admin = ConnectionSettings::parse(qEnvironmentVariable("LEJEK_TEST_PG_URL"));
    if (!admin) {
        m_error = admin.error().message;
        return;
    }
    static QAtomicInteger<int> counter;
    m_pgName = u"lejek_t_%1_%2_%3"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1)).arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString create = u"CREATE DATABASE "_s + m_pgName + (from ? u" TEMPLATE "_s + from->m_pgName : QString());
    if (!adminExec(create, &m_error)) {
        m_pgName.clear();
        return;
    }
    m_settings = *admin;
    m_settings.database = m_pgName;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName), &error);
    }
}

bool TestDatabase::isAvailable(QString *why) const
{
    if (m_error.isEmpty())
        return true;
    *why = m_error;
    return false;
}

QString TestDatabase::url() const { return m_settings.isPostgres() ? m_settings.displayName() : m_settings.path; }

void addBackendRows()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    QTest::newRow("sqlite") << TestDatabase::Kind::SQLite;
    QTest::newRow("postgresql") << TestDatabase::Kind::PostgreSQL;
}

} // namespace lejek::test
