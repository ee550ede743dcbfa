#!/usr/bin/env bash
# Installs the Debian packages named as arguments with apt-get (through sudo when not root); the one place
# the test scripts install system packages (ensure-chromium.sh, ensure-checkers.sh).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "error: not root and sudo is not available; install $* manually (apt-get install -y $*)." >&2
    exit 1
  fi
  SUDO="sudo"
fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
