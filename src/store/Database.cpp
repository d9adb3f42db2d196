// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SqlTiming.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::Database", s); }

Error sqlError(const QSqlError &error, const QString &what)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // After the busy timeout SQLite says "database is locked": not by what, nor that
    // waiting helps.
    if (Database::isBusy(error))
        text = tr("another program or import has been writing to this database file for longer than this write could "
                  "wait; try again when it is done (%1)")
                   .arg(text);
    return Error::storage(u"%1: %2"_s.arg(what, text));
}

bool isTagChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

// Whether `statement` so far is an SQLite trigger whose BEGIN … END body is still open:
// the ';' between its statements do not end it.
bool insideTriggerBody(const QString &statement)
{
    const QString text = statement.trimmed();
    static const QRegularExpression trigger(u"^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(u"\\bEND$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return trigger.match(text).hasMatch() && begin.match(text).hasMatch() && !end.match(text).hasMatch();
}

// Splits a script on ';', except inside a dollar-quoted body ($$ … $$ or $tag$ … $tag$,
// a PostgreSQL function) or an SQLite trigger's BEGIN … END, each of which stays one
// statement.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QString openQuote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == u'$' && (i == 0 || !isTagChar(script.at(i - 1)))) {
            qsizetype end = i + 1;
            while (end < script.size() && isTagChar(script.at(end)))
                ++end;
            if (end < script.size() && script.at(end) == u'$') {
                const QString tag = script.mid(i, end - i + 1);
                if (openQuote.isEmpty())
                    openQuote = tag;
                else if (tag == openQuote)
                    openQuote.clear();
                current += tag;
                i = end;
                continue;
            }
        }
        if (c == u';' && openQuote.isEmpty() && !insideTriggerBody(current)) {
            statements.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    statements.append(current);
    return statements;
}
} // namespace

Error Database::refusal(const QSqlError &error)
{
    return sqlError(error, tr("the database refused a statement"));
}

bool Database::isBusy(const QSqlError &error)
{
    return error.nativeErrorCode() == u"5"_s;
}

Database::Database(QSqlDatabase db, SqlDialect dialect, ConnectionSettings settings)
    : m_db(std::move(db)), m_dialect(dialect), m_settings(std::move(settings))
{
}

Database::~Database()
{
    qDeleteAll(m_prepared);
    m_prepared.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSettings &settings, const QString &connectionName)
{
    const SqlDialect dialect(settings.isPostgres() ? SqlDialect::Kind::PostgreSQL : SqlDialect::Kind::SQLite);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return std::unexpected(Error::storage(tr("the Qt SQL driver %1 is not installed").arg(dialect.driverName())));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    if (settings.isPostgres()) {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setUserName(settings.user);
        db.setDatabaseName(settings.database);
        if (!settings.password.isEmpty())
            db.setPassword(settings.password);
        QStringList options{u"connect_timeout=10"_s, u"application_name=lejek"_s};
        options += settings.options; // later entries win in libpq
        db.setConnectOptions(options.join(u';'));
    } else {
        const QFileInfo dir(QFileInfo(settings.path).absolutePath());
        if (!dir.exists() || !dir.isDir())
            return std::unexpected(Error::storage(tr("cannot open %1: the folder %2 does not exist").arg(settings.path, dir.filePath())));
        db.setDatabaseName(settings.path);
        // Another writer (a second window, lejek-cli) holds the lock briefly: wait, do not fail.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open()) {
        const Error error = sqlError(db.lastError(), tr("cannot open %1").arg(settings.displayName()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::unexpected(error);
    }
    std::unique_ptr<Database> database(new Database(db, dialect, settings));
    for (const QString &statement : dialect.sessionSetup()) {
        QSqlQuery q(database->m_db);
        if (!q.exec(statement))
            return std::unexpected(sqlError(q.lastError(), tr("cannot set the connection up")));
    }
    return database;
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = m_prepared.value(sql);
    if (!query) {
        query = new QSqlQuery(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const Error error = sqlError(query->lastError(), tr("cannot prepare a statement"));
            delete query;
            return std::unexpected(error);
        }
        m_prepared.insert(sql, query);
    }
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), values[i]);
    const SqlTiming timing(sql); // the statement's run, not the caller's reading of its rows
    if (!query->exec())
        return std::unexpected(refusal(query->lastError()));
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if ((*query)->next())
        value = (*query)->value(0);
    (*query)->finish();
    return value;
}

Result<QList<qint64>> Database::ids(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> ids;
    while ((*query)->next())
        ids.append((*query)->value(0).toLongLong());
    (*query)->finish();
    return ids;
}

Result<void> Database::execScript(const QString &script)
{
    // Migrations hold no ';' inside literals, function bodies are dollar-quoted and
    // trigger bodies end with END, so splitting is safe here.
    QString withoutComments;
    for (const QString &line : script.split(u'\n')) {
        if (!line.trimmed().startsWith(u"--"_s))
            withoutComments += line + u'\n';
    }
    for (const QString &part : splitStatements(withoutComments)) {
        const QString statement = part.trimmed();
        if (statement.isEmpty())
            continue;
        QSqlQuery q(m_db);
        if (!q.exec(statement))
            return std::unexpected(sqlError(q.lastError(), tr("a schema statement failed")));
    }
    return ok();
}

void Database::releaseResults()
{
    for (QSqlQuery *q : std::as_const(m_prepared))
        q->finish();
}

Result<void> Database::begin()
{
    if (m_transactionDepth++ > 0)
        return ok();
    m_rollbackOnly = false;
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.beginWrite())) {
        m_transactionDepth = 0;
        return std::unexpected(sqlError(q.lastError(), tr("cannot start a transaction")));
    }
    return ok();
}

Result<void> Database::commit()
{
    if (m_transactionDepth <= 0)
        return std::unexpected(Error::storage(tr("commit without a transaction")));
    if (--m_transactionDepth > 0)
        return ok();
    for (QSqlQuery *q : std::as_const(m_prepared))
        q->finish();
    if (m_rollbackOnly) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        m_rollbackOnly = false;
        return std::unexpected(Error::storage(tr("a part of this change failed, so none of it was written")));
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        const Error error = sqlError(q.lastError(), tr("cannot commit"));
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return std::unexpected(error);
    }
    return ok();
}

void Database::rollback()
{
    // A nested unit that fails dooms the whole unit of work, but the transaction stays
    // open until the outermost unit ends: statements in between must not autocommit.
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        m_rollbackOnly = true;
        return;
    }
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    for (QSqlQuery *q : std::as_const(m_prepared))
        q->finish();
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db)
{
    if (db.inTransaction())
        return;
    QSqlQuery q(db.m_db);
    if (!q.exec(db.m_dialect.beginRead())) {
        m_started = std::unexpected(sqlError(q.lastError(), tr("cannot start reading")));
        return;
    }
    m_open = true;
    ++db.m_transactionDepth; // a unit of work begun inside it joins it
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    for (QSqlQuery *q : std::as_const(m_db.m_prepared))
        q->finish();
    // Nothing was written: nothing to lose. A COMMIT that failed (interrupted by a
    // cancel, JobCanceller) leaves the transaction open, or aborted: rolled back.
    if (!QSqlQuery(m_db.m_db).exec(u"COMMIT"_s))
        QSqlQuery(m_db.m_db).exec(u"ROLLBACK"_s);
}

Transaction::Transaction(Database &db) : m_db(db), m_started(db.begin()) {}

Transaction::~Transaction()
{
    if (!m_done && m_started)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    m_done = true;
    if (!m_started)
        return m_started;
    return m_db.commit();
}

Savepoint::Savepoint(Database &db) : m_db(db), m_depth(db.m_transactionDepth), m_rollbackOnly(db.m_rollbackOnly)
{
    if (m_depth == 0) {
        m_started = std::unexpected(Error::storage(tr("a savepoint needs an open transaction")));
        return;
    }
    m_name = u"lejek_sp_%1"_s.arg(m_depth);
    QSqlQuery q(m_db.m_db);
    if (!q.exec(u"SAVEPOINT "_s + m_name))
        m_started = std::unexpected(sqlError(q.lastError(), tr("cannot set a savepoint")));
}

Savepoint::~Savepoint()
{
    if (m_done || !m_started)
        return;
    for (QSqlQuery *q : std::as_const(m_db.m_prepared))
        q->finish();
    QSqlQuery(m_db.m_db).exec(u"ROLLBACK TO SAVEPOINT "_s + m_name);
    QSqlQuery(m_db.m_db).exec(u"RELEASE SAVEPOINT "_s + m_name);
    // What failed inside is undone, so it no longer dooms the outer unit.
    m_db.m_transactionDepth = m_depth;
    m_db.m_rollbackOnly = m_rollbackOnly;
}

Result<void> Savepoint::release()
{
    m_done = true;
    if (!m_started)
        return m_started;
    if (m_db.m_rollbackOnly && !m_rollbackOnly) {
        // A nested unit failed inside: undo this part, as the destructor would.
        m_done = false;
        return std::unexpected(Error::storage(tr("a part of this change failed, so it was undone")));
    }
    QSqlQuery q(m_db.m_db);
    if (!q.exec(u"RELEASE SAVEPOINT "_s + m_name))
        return std::unexpected(sqlError(q.lastError(), tr("cannot release a savepoint")));
    return ok();
}

} // namespace lejek
