// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "DataMigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::Migrator", s); }

// A step that cannot be one text for both dialects ships one file per dialect, named
// with {dialect} (sqlite, postgresql).
const QStringList &migrationFiles()
{
    static const QStringList files{u":/lejek/sql/001_initial.sql"_s, u":/lejek/sql/002_metrics_indexes.sql"_s,
                                   u":/lejek/sql/003_change_notices.{dialect}.sql"_s,
                                   u":/lejek/sql/004_history_as_of.sql"_s, u":/lejek/sql/005_member_notices.{dialect}.sql"_s,
                                   u":/lejek/sql/006_stage_guidance.sql"_s,
                                   u":/lejek/sql/007_phone_e164.sql"_s,
                                   u":/lejek/sql/008_task_cancel.sql"_s,
                                   u":/lejek/sql/009_merged_leads.sql"_s,
                                   u":/lejek/sql/010_customer_leads.sql"_s,
                                   u":/lejek/sql/011_engine.sql"_s,
                                   u":/lejek/sql/012_report_paths.sql"_s,
                                   u":/lejek/sql/013_lead_facts.sql"_s,
                                   u":/lejek/sql/014_lead_facts_kept.{dialect}.sql"_s,
                                   u":/lejek/sql/015_lead_facts_tasks.sql"_s,
                                   u":/lejek/sql/016_lead_facts_tasks_kept.{dialect}.sql"_s,
                                   u":/lejek/sql/017_lead_facts_sections.sql"_s,
                                   u":/lejek/sql/018_stage_stays.sql"_s,
                                   u":/lejek/sql/019_stage_stays_kept.{dialect}.sql"_s,
                                   u":/lejek/sql/020_stage_stays_value.{dialect}.sql"_s,
                                   u":/lejek/sql/021_lead_facts_touched.sql"_s,
                                   u":/lejek/sql/022_lead_facts_touched_kept.{dialect}.sql"_s,
                                   u":/lejek/sql/023_report_days.{dialect}.sql"_s,
                                   u":/lejek/sql/024_report_lookups.{dialect}.sql"_s,
                                   u":/lejek/sql/025_stay_lengths.{dialect}.sql"_s,
                                   u":/lejek/sql/026_stays_furthest.{dialect}.sql"_s,
                                   u":/lejek/sql/027_stays_forecast.{dialect}.sql"_s,
                                   u":/lejek/sql/028_covering_indexes.{dialect}.sql"_s,
                                   u":/lejek/sql/029_lead_facts_since.sql"_s,
                                   u":/lejek/sql/030_lead_facts_since_kept.{dialect}.sql"_s,
                                   u":/lejek/sql/031_handoff_indexes.{dialect}.sql"_s,
                                   u":/lejek/sql/032_working_hours.{dialect}.sql"_s,
                                   u":/lejek/sql/033_handoff_stays.{dialect}.sql"_s,
                                   u":/lejek/sql/034_handoff_remainder.sql"_s};
    return files;
}

QString migrationFile(const Database &db, int version)
{
    QString path = migrationFiles().at(version - 1);
    return path.replace(u"{dialect}"_s,
                        db.dialect().kind() == SqlDialect::Kind::SQLite ? u"sqlite"_s : u"postgresql"_s);
}

Result<bool> tableExists(Database &db, const QString &table)
{
    auto count = db.scalar(db.dialect().tableExistsQuery(), {table});
    if (!count)
        return std::unexpected(count.error());
    return count->toInt() > 0;
}
// A setting kept in the database file (SQLite's WAL mode). Switching a new file to WAL
// takes an exclusive lock, for which SQLite does not wait out its busy timeout: another
// process opening the same new file at that moment makes it fail with "database is
// locked". The statement is idempotent, so it is tried again for as long as that
// timeout would have waited.
Result<void> applyPersistently(Database &db, const QString &statement)
{
    const QDeadlineTimer deadline(std::chrono::seconds(10));
    for (;;) {
        QSqlQuery query(db.connection());
        if (query.exec(statement))
            return ok();
        if (!Database::isBusy(query.lastError()) || deadline.hasExpired())
            return db.execScript(statement); // once more, for the error in Lejek's words
        QThread::msleep(20);
    }
}
// PostgreSQL: a table a migration rewrote (ALTER TABLE ... USING, one pass where an
// UPDATE would leave every row's old version behind) has no page marked visible to all
// until a vacuum, which autovacuum, seeing neither changed nor dead rows, may not run
// for long. Until then every index-only scan of it reads the table's pages too: after
// version 30, a past day's funnel on the 1M demo took 0.44 s instead of 0.30 s. VACUUM
// runs outside a transaction: once the migrations that rewrote have committed, for
// those this process ran or saw run since it read `before` (again, harmlessly, if
// another process migrated meanwhile). Half a second for the 1M leads' summary.
Result<void> vacuumRewritten(Database &db, int before, int target)
{
    static const QList<std::pair<int, QString>> rewrites{{26, u"stage_stays"_s}, {30, u"lead_facts"_s}};
    if (db.dialect().kind() != SqlDialect::Kind::PostgreSQL)
        return ok();
    for (const auto &[version, table] : rewrites)
        if (version > before && version <= target)
            if (auto r = db.execScript(u"VACUUM (ANALYZE) "_s + table); !r)
                return std::unexpected(Error::schema(tr("migration %1 failed: %2").arg(version).arg(r.error().message)));
    return ok();
}
} // namespace

int Migrator::latestVersion() { return static_cast<int>(migrationFiles().size()); }

Result<int> Migrator::currentVersion(Database &db)
{
    // Any table first, then meta: another process migrating meanwhile commits meta with
    // the schema in one transaction, so when its tables are seen here, meta is too (the
    // other order read "no meta", then that process's tables: "other tables").
    auto tables = db.scalar(db.dialect().kind() == SqlDialect::Kind::SQLite
                                ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"_s
                                : u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s);
    if (!tables)
        return std::unexpected(tables.error());
    if (tables->toInt() == 0)
        return 0;
    auto hasMeta = tableExists(db, u"meta"_s);
    if (!hasMeta)
        return std::unexpected(hasMeta.error());
    if (!*hasMeta)
        return std::unexpected(
            Error::schema(tr("%1 holds other tables but no Lejek schema; refusing to write to it").arg(db.settings().displayName())));
    auto version = db.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    if (!version)
        return std::unexpected(version.error());
    bool ok = false;
    const int v = version->toString().toInt(&ok);
    if (!ok)
        return std::unexpected(Error::schema(tr("%1 has no readable schema version").arg(db.settings().displayName())));
    return v;
}

Result<void> Migrator::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto newer = [&](int version) {
        return Error::schema(tr("%1 was created by a newer Lejek (schema version %2; this version knows up to %3). "
                                "Open it with a newer Lejek; nothing was changed.")
                                 .arg(db.settings().displayName())
                                 .arg(version)
                                 .arg(latestVersion()));
    };
    // Read-only first: a database this build must not touch is refused before any write.
    auto before = currentVersion(db);
    if (!before)
        return std::unexpected(before.error());
    if (*before > latestVersion())
        return std::unexpected(newer(*before));
    for (const QString &statement : db.dialect().persistentSetup())
        if (auto r = applyPersistently(db, statement); !r)
            return r;
    // Each step re-reads the version under the write lock, so several processes
    // opening one database at once migrate it exactly once.
    for (;;) {
        Transaction tx(db);
        if (!tx.started())
            return std::unexpected(tx.started().error());
        if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty())
            if (auto r = db.scalar(lock); !r)
                return std::unexpected(r.error());
        auto current = currentVersion(db);
        if (!current)
            return std::unexpected(current.error());
        if (*current > latestVersion())
            return std::unexpected(newer(*current));
        if (*current >= target)
            break; // the unit of work wrote nothing; it rolls back
        const int version = *current + 1;
        QFile file(migrationFile(db, version));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(Error::schema(tr("migration %1 is missing from this build").arg(version)));
        const QString script = db.dialect().expand(QString::fromUtf8(file.readAll()));
        if (version == 1) {
            if (auto r = db.execScript(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s); !r)
                return r;
            if (auto r = db.exec(u"INSERT INTO meta (key, value) VALUES ('schema_version', '0'), ('created_at', ?)"_s,
                                 {QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                !r)
                return std::unexpected(r.error());
        }
        if (auto r = db.execScript(script); !r)
            return std::unexpected(Error::schema(tr("migration %1 failed: %2").arg(version).arg(r.error().message)));
        if (auto r = DataMigrations::after(db, version); !r)
            return std::unexpected(Error::schema(tr("migration %1 failed: %2").arg(version).arg(r.error().message)));
        if (auto r = db.exec(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s, {QString::number(version)}); !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return r;
    }
    return vacuumRewritten(db, *before, target);
}

} // namespace lejek
