import type { LongVolume } from "../overlay/index.ts";
import type { MountPoint } from "../spec/index.ts";
import {
  anonymousVolumeSource,
  bind,
  isVolumeName,
  normalizeSource,
  propagations,
  volume,
} from "./parse-volume.ts";

/**
 * One Compose long-syntax volume, as the mount point `docker run --mount` would give
 * (volume/mounts/linux_parser.go validateMountConfig, ParseMountSpec): a bind keeps its
 * propagation (by default rprivate, see bind) and may be non-recursive, or read-only for itself alone
 * (`writable`) or with every mount below it (`readonly`); a volume is named or anonymous and
 * lives under the bundle's `volumes/` directory (`nocopy` changes nothing in the spec); a tmpfs
 * carries the mount data Docker derives from its size and mode. Options of another type are
 * errors, as Docker reports them.
 */
export function longVolumeMount(v: LongVolume): { mount: MountPoint } | { error: string } {
  if (!v.target.startsWith("/")) return { error: `target "${v.target}" must be an absolute path` };
  const extra = (["bind", "volume", "tmpfs"] as const).find(
    (o) => o !== v.type && v[o] !== undefined,
  );
  if (extra !== undefined) return { error: `"${extra}" options do not apply to a ${v.type} mount` };
  const rw = v.read_only !== true;
  switch (v.type) {
    case "bind":
      return bindMount(v, rw);
    case "volume":
      if (v.source === undefined || v.source === "") {
        return { mount: volume("", anonymousVolumeSource(v.target), v.target, rw) };
      }
      if (!isVolumeName(v.source)) return { error: `"${v.source}" is not a valid volume name` };
      return { mount: volume(v.source, `volumes/${v.source}`, v.target, rw) };
    case "tmpfs":
      return tmpfsMount(v, rw);
  }
}

function bindMount(v: LongVolume, rw: boolean): { mount: MountPoint } | { error: string } {
  if (v.source === undefined || v.source === "") return { error: "a bind mount needs a source" };
  const propagation = v.bind?.propagation ?? "";
  if (propagation !== "" && !propagations.has(propagation)) {
    return { error: `unknown propagation "${propagation}"` };
  }
  const bound = bind(normalizeSource(v.source), v.target, { rw, propagation });
  if ("error" in bound) return bound;
  const recursive = v.bind?.recursive ?? "enabled";
  if (recursive === "enabled") return bound;
  if (recursive === "disabled") return { mount: { ...bound.mount, NonRecursive: true } };
  // Docker refuses both read-only variants on a writable bind when the container starts
  // (daemon/volumes_unix.go setupMounts: "mount options conflict").
  if (rw) return { error: `bind.recursive: ${recursive} needs read_only: true` };
  return { mount: { ...bound.mount, ...readOnlyBindOption[recursive] } };
}

/** Compose's `bind.recursive` read-only values as Docker's BindOptions (`--mount bind-recursive`). */
const readOnlyBindOption = {
  writable: { ReadOnlyNonRecursive: true },
  readonly: { ReadOnlyForceRecursive: true },
} as const;

function tmpfsMount(v: LongVolume, rw: boolean): { mount: MountPoint } | { error: string } {
  if (v.source !== undefined) return { error: "a tmpfs mount takes no source" };
  const size = v.tmpfs?.size ?? 0;
  const mode = v.tmpfs?.mode ?? 0;
  if (size < 0 || !Number.isInteger(size)) return { error: `invalid tmpfs size ${size}` };
  if (mode < 0 || !Number.isInteger(mode)) return { error: `invalid tmpfs mode ${mode}` };
  return {
    mount: {
      Type: "tmpfs",
      Name: "",
      Source: "",
      Destination: v.target,
      RW: rw,
      Propagation: "",
      TmpfsData: tmpfsData(size, mode, !rw),
    },
  };
}

/**
 * The tmpfs mount data Docker derives for `--mount type=tmpfs` (volume/mounts ConvertTmpfsOptions):
 * `ro` when read-only, `mode=<octal>` when set, `size=<n><unit>` with the largest of g, m, k that
 * divides the size exactly (plain bytes otherwise), joined by commas.
 */
export function tmpfsData(sizeBytes: number, mode: number, readOnly: boolean): string {
  const data: string[] = [];
  if (readOnly) data.push("ro");
  if (mode !== 0) data.push(`mode=${mode.toString(8)}`);
  if (sizeBytes !== 0) {
    const unit = (
      [
        ["g", 2 ** 30],
        ["m", 2 ** 20],
        ["k", 2 ** 10],
      ] as const
    ).find(([, divisor]) => sizeBytes % divisor === 0);
    data.push(unit ? `size=${sizeBytes / unit[1]}${unit[0]}` : `size=${sizeBytes}`);
  }
  return data.join(",");
}
