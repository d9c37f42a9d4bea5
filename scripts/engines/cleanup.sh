# Finding and ending what an engine left behind (sourced by start.sh and stop.sh).
# shellcheck shell=bash

# The cgroup the engine's process tree is started in (a v1 pids hierarchy, or a v2 root), empty
# when the host has neither.
tracking_cgroup() {
  local name
  name=$(engine_cgroup_name "$1")
  if [ "$(stat -fc %T /sys/fs/cgroup/pids 2>/dev/null)" = cgroupfs ]; then
    printf '/sys/fs/cgroup/pids/%s' "$name"
  elif [ "$(stat -fc %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ]; then
    printf '/sys/fs/cgroup/%s' "$name"
  fi
}

# Every cgroup directory of the engine in any mounted hierarchy (the tracking cgroup and the
# containers' cgroups under --cgroup-parent), deepest first.
engine_cgroups() {
  local name
  name=$(engine_cgroup_name "$1")
  find /sys/fs/cgroup -mindepth 1 -maxdepth 3 -type d -name "$name" -print0 2>/dev/null |
    xargs -0 -r -I{} find {} -type d 2>/dev/null | awk '{ print length($0) "\t" $0 }' |
    sort -rn | cut -f2-
}

engine_cgroup_pids() {
  local dir
  engine_cgroups "$1" | while read -r dir; do cat "$dir/cgroup.procs" 2>/dev/null || true; done
}

# Kills every process left in the engine's cgroups (dockerd, containerd, shims, containers),
# removes the cgroups and wipes the exec-root, the pid file and the socket.
clean_up_engine() {
  local engine=$1 round pids exec_dir
  for round in 1 2 3 4 5 6 7 8 9 10; do
    pids=$(engine_cgroup_pids "$engine" | sort -u | tr '\n' ' ')
    [ -n "${pids// /}" ] || break
    [ "$round" = 1 ] && log "$engine: killing what is left of it: pids $pids"
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    sleep 0.5
  done
  [ -z "$(engine_cgroup_pids "$engine")" ] || log "$engine: warning: processes survive in its cgroups"
  engine_cgroups "$engine" | while read -r dir; do rmdir "$dir" 2>/dev/null || true; done
  exec_dir=$(engine_state_dir "$engine")/exec
  if [ -d "$exec_dir" ]; then
    if grep -q " $exec_dir[ /]" /proc/self/mounts; then
      die "$exec_dir has mounts in the host's namespace; not wiping it"
    fi
    rm -rf --one-file-system "$exec_dir"
  fi
  rm -f "$(engine_pidfile "$engine")" "$(engine_socket "$engine")"
}
