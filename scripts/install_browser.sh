#!/usr/bin/env bash
# Installs Debian's Chromium for the dashboard's browser tests (tests/web), if it is missing.
# Playwright drives this system browser; it never downloads a browser build of its own.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser: apt-get not found; install Chromium at /usr/bin/chromium by hand" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
$SUDO apt-get update
$SUDO apt-get install -y chromium
