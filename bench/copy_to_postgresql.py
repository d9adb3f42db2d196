#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copy a Lejek SQLite database into an empty PostgreSQL database, for benchmarks.

The demo writer makes a database one statement per row: about 200 leads a second on
PostgreSQL, so a 1M-lead demo would take well over an hour. This copies the tables of
an SQLite demo as they stand, summaries included, through COPY with the triggers off
(the summaries were kept by SQLite's triggers, which the tests hold equal to
PostgreSQL's), then moves each identity on past the copied ids and analyses the tables.

    bench/copy_to_postgresql.py --lejek-cli build/release/src/cli/lejek-cli \
        /tmp/demo.sqlite postgresql://postgres@127.0.0.1:5432/demo

The PostgreSQL database must exist and have no tables: lejek-cli migrates it to its
schema version, and the script refuses to copy a file of another version.
"""
import argparse
import subprocess
import sys
import time


def sqlite(path, sql):
    return subprocess.run(['sqlite3', path, sql], capture_output=True, text=True, check=True).stdout


def psql(url, *commands, stdin=None):
    args = ['psql', url, '-v', 'ON_ERROR_STOP=1', '-Atq']
    for c in commands:
        args += ['-c', c]
    return subprocess.run(args, stdin=stdin, capture_output=True, text=True, check=True).stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--lejek-cli', required=True, help='lejek-cli, to migrate the PostgreSQL database')
    parser.add_argument('sqlite_file')
    parser.add_argument('postgresql_url')
    args = parser.parse_args()

    # Only into a database with no tables yet: lejek-cli migrates what it is given, and
    # the copy replaces every row of the tables it writes.
    if psql(args.postgresql_url, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'").strip() != '0':
        sys.exit('the PostgreSQL database already has tables: give an empty one (CREATE DATABASE ...)')
    version = sqlite(args.sqlite_file, "SELECT value FROM meta WHERE key = 'schema_version'").strip()
    subprocess.run([args.lejek_cli, 'pipelines', '--db', args.postgresql_url], capture_output=True, check=True)
    pg_version = psql(args.postgresql_url, "SELECT value FROM meta WHERE key = 'schema_version'").strip()
    if version != pg_version:
        sys.exit(f'schema versions differ: SQLite {version}, PostgreSQL {pg_version} (build lejek-cli from the same tree)')

    tables = sqlite(args.sqlite_file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").split()
    # Whatever the migrations wrote (meta, default rows) is replaced by the file's; one
    # statement, so that the tables' foreign keys to each other do not stop it.
    psql(args.postgresql_url, 'TRUNCATE ' + ', '.join(tables))
    for table in tables:
        columns = [line.split('|')[1] for line in sqlite(args.sqlite_file, f'PRAGMA table_info({table})').splitlines()]
        column_list = ', '.join(columns)
        started = time.monotonic()
        reader = subprocess.Popen(['sqlite3', '-csv', args.sqlite_file, f'SELECT {column_list} FROM {table}'], stdout=subprocess.PIPE)
        # session_replication_role = replica: no trigger fires, no foreign key is checked
        # (the rows come from a database that held them).
        psql(args.postgresql_url, 'SET session_replication_role = replica',
             f'\\copy {table} ({column_list}) FROM STDIN WITH (FORMAT csv)', stdin=reader.stdout)
        if reader.wait() != 0:
            sys.exit(f'sqlite3 failed reading {table}')
        rows = psql(args.postgresql_url, f'SELECT COUNT(*) FROM {table}').strip()
        print(f'{table}: {rows} rows, {time.monotonic() - started:.1f} s', flush=True)
        for column in psql(args.postgresql_url,
                           "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                           f"AND table_name = '{table}' AND (is_identity = 'YES' OR column_default LIKE 'nextval%')").split():
            psql(args.postgresql_url, f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                                      f"GREATEST(COALESCE(MAX({column}), 0), 1), MAX({column}) IS NOT NULL) FROM {table}")
    started = time.monotonic()
    psql(args.postgresql_url, 'VACUUM ANALYZE')
    print(f'VACUUM ANALYZE: {time.monotonic() - started:.1f} s')


if __name__ == '__main__':
    main()
