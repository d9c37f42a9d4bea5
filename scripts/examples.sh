#!/usr/bin/env bash
# Regenerates the committed example bundles under bundles/:
#   bash scripts/examples.sh     (as root; from another user: sudo bash scripts/examples.sh)
# set-up (engine and images), a build of dist/ (bin/rbc.js loads it), then `rbc build bundles/`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
npm run build
node bin/rbc.js build bundles/
