#!/usr/bin/env bash
# Debian's PostgreSQL server binaries for the tests that run against a real database (tests/store/, the fault
# tests): the tests start a throwaway cluster of their own in a temporary folder (tests/support/postgresCluster.ts),
# so only the binaries are needed. Installed once when missing; runs unattended: as root (CI, the dev machines)
# it installs with apt-get, otherwise it says what to run.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-postgres: PostgreSQL's initdb is missing and installing it needs root: apt-get update && apt-get install -y postgresql" >&2
  exit 1
fi

echo "ensure-postgres: installing Debian's postgresql (once, about a minute)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
ls /usr/lib/postgresql/*/bin/initdb
