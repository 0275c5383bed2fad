#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/browser/), installed once when missing. playwright-core drives
# it; Playwright's own browser download (`npx playwright install`) cannot be used here.
# Runs unattended: as root (CI, the dev machines) it installs with apt-get; otherwise it says what to run.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing and installing it needs root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium (once, about a minute)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
