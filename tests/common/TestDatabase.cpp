// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
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

TestDatabase::TestDatabase(Kind kind) : m_kind(kind)
{
    if (kind == Kind::SQLite) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings.driver = ConnectionSettings::Driver::SQLite;
        m_settings.path = m_dir->filePath(u"lejek.sqlite"_s);
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
    if (!adminExec(u"CREATE DATABASE "_s + m_pgName, &m_error)) {
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
