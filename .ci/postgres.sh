#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the sdk-jdbc tests (PostgresJdbcTest) and prints the
# connection settings as shell exports on stdout, for: eval "$(.ci/postgres.sh)"
#
# PostgreSQL refuses to run as root and CI runs as root: this script (run as root) installs Debian's
# postgresql package when it is missing, creates a cluster owned by the postgres user in a temporary
# directory, listening on loopback only, and creates a test user and database with a password.
# Run again, it reuses the running server. Everything it logs goes to stderr.
set -euo pipefail

PGROOT=${DSDS_PG_ROOT:-/tmp/dsds-postgres}
PORT=${DSDS_PG_PORT:-54329}
DB=dsds_test
USER_NAME=dsds_test
PASSWORD=dsds-test-only

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "installing postgresql"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$PGROOT"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGROOT"; fi
ready() { as_postgres "$BIN/pg_isready" -h "$PGROOT" -p "$PORT" -q; }
if ! ready; then
  # a server left half-dead by a killed session (stale postmaster.pid, exiting processes): stop it first
  as_postgres "$BIN/pg_ctl" -D "$PGROOT/data" stop -m immediate >/dev/null 2>&1 || true
  if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
    log "creating a cluster in $PGROOT/data"
    as_postgres "$BIN/initdb" -D "$PGROOT/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  log "starting the server on 127.0.0.1:$PORT"
  as_postgres "$BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
    -o "-p $PORT -k $PGROOT -c listen_addresses=127.0.0.1" start >/dev/null
  for _ in $(seq 30); do ready && break; sleep 1; done
fi

psql_admin() { as_postgres "$BIN/psql" -h "$PGROOT" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER $USER_NAME" >&2
fi

echo "export DSDS_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PORT/$DB"
echo "export DSDS_TEST_PG_USER=$USER_NAME"
echo "export DSDS_TEST_PG_PASSWORD=$PASSWORD"
