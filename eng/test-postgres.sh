#!/usr/bin/env bash
# Starts a PostgreSQL server for the storage tests and prints the connection string for SAYSOMETHING_TEST_POSTGRES.
# Idempotent: installs Debian's postgresql only when missing, starts the cluster only when down, creates the role once.
# Needs root (CI runs as root). Usage: export SAYSOMETHING_TEST_POSTGRES="$(bash eng/test-postgres.sh)"
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main >&2
fi
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
status=$(pg_lsclusters --no-header | awk 'NR==1 {print $4}')
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi

for _ in $(seq 1 30); do
  if su postgres -c "psql -p $port -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

# A role that may create and drop the tests' throw-away databases.
su postgres -c "psql -p $port -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'saysomething_test') THEN CREATE ROLE saysomething_test LOGIN CREATEDB PASSWORD 'saysomething_test'; END IF; END \\\$\\\$;\"" >&2

echo "Host=127.0.0.1;Port=$port;Username=saysomething_test;Password=saysomething_test;Database=postgres"
