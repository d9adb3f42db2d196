# shellcheck shell=bash
# Throwaway PostgreSQL server for tests. Source this file, then:
#   lejek_pg_start   # sets LEJEK_PG_DIR, LEJEK_PG_PORT, exports LEJEK_TEST_PG_URL
#   lejek_pg_stop    # stops the server and deletes its directory (safe to call twice)
# Call lejek_pg_stop from an EXIT trap.
# Tunables: LEJEK_PG_BINDIR (default: newest /usr/lib/postgresql/*/bin),
#           LEJEK_PG_PORT_BASE (default 55432), LEJEK_PG_SAVE_LOG (copy the
#           server log there on stop).

LEJEK_PG_DIR=${LEJEK_PG_DIR:-}
LEJEK_PG_PORT=${LEJEK_PG_PORT:-}

_lejek_pg_bindir() {
  if [[ -n ${LEJEK_PG_BINDIR:-} ]]; then
    echo "$LEJEK_PG_BINDIR"
    return
  fi
  local d v best="" bestv=0
  for d in /usr/lib/postgresql/*/bin; do
    v=${d#/usr/lib/postgresql/}
    v=${v%%/*}
    [[ $v =~ ^[0-9]+$ && -x $d/initdb && -x $d/pg_ctl ]] || continue
    (( v > bestv )) && { best=$d; bestv=$v; }
  done
  if [[ -z $best ]]; then
    echo "error: PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin" >&2
    return 1
  fi
  echo "$best"
}

# Run a server-side command as the postgres OS user when we are root
# (initdb refuses to run as root), otherwise as ourselves.
_lejek_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# True if something accepts TCP connections on 127.0.0.1:$1.
_lejek_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

lejek_pg_start() {
  local bindir port tries=0
  bindir=$(_lejek_pg_bindir) || return 1
  LEJEK_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/lejek-pg.XXXXXX") || return 1
  if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "error: OS user 'postgres' missing (install the postgresql package)" >&2; return 1; }
    chown postgres: "$LEJEK_PG_DIR" || return 1
  fi
  echo "==> initdb in $LEJEK_PG_DIR ($bindir)"
  if ! _lejek_pg_as_owner "$bindir/initdb" -D "$LEJEK_PG_DIR/data" -U postgres -A trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$LEJEK_PG_DIR/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2
    cat "$LEJEK_PG_DIR/initdb.log" >&2
    return 1
  fi

  # Members of lejek_password_users must log in with a password (scram), so the
  # keychain tests prove that lejek-cli really sends the stored one; all else is trust.
  { echo "host all +lejek_password_users 127.0.0.1/32 scram-sha-256"; cat "$LEJEK_PG_DIR/data/pg_hba.conf"; } \
    >"$LEJEK_PG_DIR/pg_hba.new" && _lejek_pg_as_owner cp "$LEJEK_PG_DIR/pg_hba.new" "$LEJEK_PG_DIR/data/pg_hba.conf"

  port=${LEJEK_PG_PORT_BASE:-55432}
  while :; do
    while _lejek_port_in_use "$port"; do port=$((port + 1)); done
    if _lejek_pg_as_owner "$bindir/pg_ctl" -D "$LEJEK_PG_DIR/data" -l "$LEJEK_PG_DIR/server.log" \
          -w -t 60 -o "-p $port -c listen_addresses=127.0.0.1 -k '$LEJEK_PG_DIR' \
              -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
          start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if (( tries >= 5 )) || ! grep -q 'could not bind\|Address already in use' "$LEJEK_PG_DIR/server.log" 2>/dev/null; then
      echo "error: PostgreSQL failed to start; server log:" >&2
      tail -n 30 "$LEJEK_PG_DIR/server.log" >&2 2>/dev/null || true
      return 1
    fi
    port=$((port + 1))   # lost a race for the port: try the next one
  done
  LEJEK_PG_PORT=$port
  export LEJEK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"

  # Make sure it really answers over TCP before anybody relies on it.
  local out
  if ! "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 15 \
     || ! out=$("$bindir/psql" "$LEJEK_TEST_PG_URL" -XAtqc 'select 1' 2>&1) \
     || [[ $out != 1 ]]; then
    echo "error: PostgreSQL started but does not answer at $LEJEK_TEST_PG_URL: ${out:-pg_isready failed}" >&2
    tail -n 30 "$LEJEK_PG_DIR/server.log" >&2 2>/dev/null || true
    return 1
  fi
  "$bindir/psql" "$LEJEK_TEST_PG_URL" -XAtqc 'CREATE ROLE lejek_password_users NOLOGIN' >/dev/null
  echo "==> PostgreSQL up: $LEJEK_TEST_PG_URL"
}

lejek_pg_stop() {
  [[ -n ${LEJEK_PG_DIR:-} && -d $LEJEK_PG_DIR ]] || return 0
  local bindir pid
  bindir=$(_lejek_pg_bindir 2>/dev/null) || bindir=""
  if [[ -f $LEJEK_PG_DIR/data/postmaster.pid ]]; then
    echo "==> stopping PostgreSQL (port ${LEJEK_PG_PORT:-?})"
    if [[ -z $bindir ]] || ! _lejek_pg_as_owner "$bindir/pg_ctl" -D "$LEJEK_PG_DIR/data" \
          -m fast -w -t 30 stop >/dev/null 2>&1; then
      pid=$(head -n 1 "$LEJEK_PG_DIR/data/postmaster.pid" 2>/dev/null || true)
      if [[ $pid =~ ^[0-9]+$ ]]; then
        kill -QUIT "$pid" 2>/dev/null || true   # immediate shutdown
        sleep 1
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  fi
  if [[ -n ${LEJEK_PG_SAVE_LOG:-} && -f $LEJEK_PG_DIR/server.log ]]; then
    cp "$LEJEK_PG_DIR/server.log" "$LEJEK_PG_SAVE_LOG" 2>/dev/null || true
  fi
  rm -rf "$LEJEK_PG_DIR"
  LEJEK_PG_DIR=""
}
