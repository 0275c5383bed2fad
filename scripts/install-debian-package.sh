#!/usr/bin/env bash
# Installs one Debian package for the tests, unattended: as root (CI, the dev machines) with apt-get; otherwise it
# says what to run and fails. Used by ensure-chromium.sh and ensure-postgres.sh once they found it missing.
# usage: install-debian-package.sh CALLER PACKAGE WHAT-IS-MISSING
set -euo pipefail

caller=$1 package=$2 missing=$3
if [ "$(id -u)" -ne 0 ]; then
  echo "$caller: $missing and installing it needs root: apt-get update && apt-get install -y $package" >&2
  exit 1
fi

echo "$caller: installing Debian's $package (once, about a minute)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$package" >/dev/null
