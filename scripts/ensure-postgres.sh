#!/usr/bin/env bash
# Debian's PostgreSQL server binaries for the tests that run against a real database (tests/store/, the fault
# tests): the tests start a throwaway cluster of their own in a temporary folder (tests/support/postgresCluster.ts),
# so only the binaries are needed. Installed once when missing; runs unattended: as root (CI, the dev machines)
# it installs with apt-get, otherwise it says what to run.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  exit 0
fi
bash "$(dirname "$0")/install-debian-package.sh" ensure-postgres postgresql "PostgreSQL's initdb is missing"
ls /usr/lib/postgresql/*/bin/initdb
