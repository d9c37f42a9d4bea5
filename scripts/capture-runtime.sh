#!/bin/sh
# OCI runtime wrapper for `dockerd --add-runtime rbc-capture=<this file>`.
#
# On `create` it copies <bundle>/config.json to
# ${RBC_CAPTURE_DIR:-/var/lib/rbc-capture}/<container-id>.json before runc sees it, so the spec
# Docker generated is kept even when the task ends at once or runc rejects it. Then, for every
# subcommand, it execs /usr/sbin/runc with the arguments unchanged.
#
# containerd's shim calls it as
#   <runtime> [global flags] create --bundle <dir> [--pid-file f] [--console-socket s] ... <id>
# with global flags such as --root <dir>, --log <file>, --log-format json, --systemd-cgroup.
# dockerd passes a minimal environment, hence absolute paths throughout.
set -u

capture_dir=${RBC_CAPTURE_DIR:-/var/lib/rbc-capture}

# Global flags that take a separate value (urfave/cli accepts one or two dashes).
takes_value() {
  case "$1" in
    --root | -root | --log | -log | --log-format | -log-format | --criu | -criu | --rootless | -rootless) return 0 ;;
    *) return 1 ;;
  esac
}

capture() {
  bundle=$PWD
  id=""
  while [ "$#" -gt 0 ]; do
    case "$1" in
      --bundle | -bundle | -b)
        [ "$#" -ge 2 ] && bundle=$2
        shift
        ;;
      --bundle=* | -bundle=* | -b=*) bundle=${1#*=} ;;
    esac
    id=$1
    shift
  done
  case "$id" in
    "" | -* | . | .. | */*) return 0 ;;
  esac
  [ -f "$bundle/config.json" ] || return 0
  /bin/mkdir -p "$capture_dir" &&
    /bin/cp "$bundle/config.json" "$capture_dir/.$id.json.tmp" &&
    /bin/mv -f "$capture_dir/.$id.json.tmp" "$capture_dir/$id.json"
}

# Find the subcommand: the first argument that is neither a global flag nor a flag's value.
skip_next=0
found=0
index=0
for arg in "$@"; do
  index=$((index + 1))
  if [ "$skip_next" = 1 ]; then
    skip_next=0
    continue
  fi
  case "$arg" in
    -*)
      if takes_value "$arg"; then skip_next=1; fi
      continue
      ;;
  esac
  if [ "$arg" = create ]; then found=$index; fi
  break
done

if [ "$found" -gt 0 ]; then
  # A failed copy must never stop the container: the capture is only an observer.
  (shift "$found" && capture "$@") 2>/dev/null || true
fi

exec /usr/sbin/runc "$@"
