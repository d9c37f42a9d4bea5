#!/usr/bin/env bash
# The full test run (what README documents and .ci/run executes):
#   bash scripts/test.sh         (as root; from another user: sudo bash scripts/test.sh)
# set-up (packages, node_modules, Docker engine, images), then lint, typecheck, a build of dist/
# (the CLI tests run bin/rbc.js, which loads dist/), and every vitest project.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
npm run lint
npm run typecheck
npm run build
npx vitest run
