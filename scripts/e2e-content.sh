#!/usr/bin/env bash
# The content the end-to-end tests run against: the site's own articles (content/posts) and the extra
# articles only the tests need (e2e/fixtures/posts: enough for three pages of /posts/ and two of a
# category), copied into one folder, .e2e-content/, which `PULSE_CONTENT_DIR=.e2e-content` builds from.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rm -rf .e2e-content
mkdir .e2e-content
cp -R content/posts/. .e2e-content/
cp -R e2e/fixtures/posts .e2e-content/fixtures
