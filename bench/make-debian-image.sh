#!/usr/bin/env bash
# Builds the manifest benchmark's large local image, rbc.local/bench-debian:1, from Debian
# packages alone (no container registry): a minbase bookworm with nginx-light and a few more
# packages, so that the image is at least 150 MB. Skips the build when the image exists.
#
#   sudo bash bench/make-debian-image.sh [image]
#
# The mirror is the one apt already uses (/etc/apt/sources.list or sources.list.d/*.{list,sources});
# MIRROR=<url> overrides it. The rootfs tar is written with sorted names, numeric owners and
# mtimes clamped to SOURCE_DATE_EPOCH, so two builds differ only where debootstrap itself does.
# Progress goes to stderr; the last line on stdout is the image's reference and size.
set -euo pipefail

readonly DOCKER=/usr/bin/docker
readonly IMAGE="${1:-rbc.local/bench-debian:1}"
readonly SUITE=bookworm
# minbase + nginx-light alone is about 136 MB without apt's lists and .debs (measured); perl,
# python3-minimal and locales take it past 150 MB.
readonly INCLUDE=nginx-light,perl,python3-minimal,locales
readonly MIN_BYTES=$((150 * 1000 * 1000))
# The date of the snapshot this machine's apt sources point at (2025-05-20T00:00:00Z).
readonly EPOCH="${SOURCE_DATE_EPOCH:-1747699200}"

log() { printf 'make-debian-image: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

image_size() { "$DOCKER" image inspect --format '{{.Size}}' "$IMAGE"; }

# The first deb URI that serves $SUITE, from one-line .list files or deb822 .sources files.
configured_mirror() {
  local files=() file
  [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
  for file in /etc/apt/sources.list.d/*.list; do [ -f "$file" ] && files+=("$file"); done
  for file in "${files[@]}"; do
    awk -v suite="$SUITE" '$1 == "deb" {
        sub(/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?/, "")
        if ($2 == suite) { print $1; exit }
      }' "$file"
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk -v suite="$SUITE" '
      function flush() { if (deb && uri != "" && has) print uri; deb = 0; uri = ""; has = 0 }
      /^[[:space:]]*$/ { flush(); next }
      /^Types:/ { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite) has = 1 }
      END { flush() }' "$file"
  done
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return
  log "installing debootstrap (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >&2
}

build() {
  local mirror="${MIRROR:-$(configured_mirror | head -n 1)}"
  [ -n "$mirror" ] || die "no deb source for $SUITE in /etc/apt; set MIRROR=<url>"
  ensure_debootstrap
  local work
  work="$(mktemp -d /var/tmp/rbc-bench-debian.XXXXXX)"
  # shellcheck disable=SC2064 # expand $work now: it is local
  trap "rm -rf '$work'" EXIT
  log "debootstrap --variant=minbase --include=$INCLUDE $SUITE $work/rootfs $mirror"
  debootstrap --variant=minbase --include="$INCLUDE" "$SUITE" "$work/rootfs" "$mirror" >&2
  log "removing apt's downloaded package lists and archives (rebuilt by apt-get update)"
  rm -rf "$work"/rootfs/var/lib/apt/lists/* "$work"/rootfs/var/cache/apt/archives/*.deb
  log "tar -C $work/rootfs -c . | $DOCKER import - $IMAGE"
  tar -C "$work/rootfs" --sort=name --numeric-owner --mtime="@$EPOCH" --clamp-mtime -c . |
    "$DOCKER" import - "$IMAGE" >&2
}

main() {
  [ "$(id -u)" = 0 ] || die "debootstrap and docker need root: sudo bash $0"
  if "$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1; then
    log "$IMAGE exists; skipping the build (docker rmi it to rebuild)"
  else
    build
  fi
  local size
  size="$(image_size)"
  [ "$size" -ge "$MIN_BYTES" ] || die "$IMAGE is $size bytes, under $MIN_BYTES: add packages"
  printf '%s %s bytes (%s MiB)\n' "$IMAGE" "$size" "$((size / 1024 / 1024))"
}

main
