#!/usr/bin/env bash
# Loads the project's test images (the tarballs scripts/images/build-images.ts writes to
# .cache/images/) into the extra engines (default: all of them), through each engine's client.
#
#   bash scripts/engines/load-images.sh [26.1-v1] [26.1-v2]   (as root)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/engines/common.sh
. "$here/common.sh"
readonly IMAGE_DIR=$here/../../.cache/images

shopt -s nullglob
tarballs=("$IMAGE_DIR"/*.tar)
[ "${#tarballs[@]}" -gt 0 ] || die "no image tarballs in $IMAGE_DIR: run npm run images first"
engines=("$@")
[ "${#engines[@]}" -gt 0 ] || engines=("${KNOWN_ENGINES[@]}")
for engine in "${engines[@]}"; do
  known_engine "$engine" || die "unknown engine $engine"
  for tarball in "${tarballs[@]}"; do
    # Through stdin: the client runs in the engine's chroot, where the repository is not.
    loaded=$(engine_docker "$engine" load --quiet <"$tarball") || die "$engine: docker load of $tarball failed"
    log "$engine: $loaded"
  done
done
