#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/browser/), installed once when missing. playwright-core drives
# it; Playwright's own browser download (`npx playwright install`) cannot be used here.
# Runs unattended: as root (CI, the dev machines) it installs with apt-get; otherwise it says what to run.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
bash "$(dirname "$0")/install-debian-package.sh" ensure-chromium chromium "$CHROMIUM is missing"
"$CHROMIUM" --version
