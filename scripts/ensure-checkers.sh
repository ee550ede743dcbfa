#!/usr/bin/env bash
# Makes sure the independent checkers the end-to-end tests run are installed, from Debian with apt when
# missing (as scripts/ensure-chromium.sh does for the browser): protego, the second robots.txt parser
# (python3-protego), and a Java runtime for the Nu HTML Checker (default-jre-headless; the checker itself
# is the npm package vnu-jar).
set -euo pipefail

missing=()
/usr/bin/python3 -c 'import protego' >/dev/null 2>&1 || missing+=(python3-protego)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get..." >&2
  bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" "${missing[@]}"
fi
