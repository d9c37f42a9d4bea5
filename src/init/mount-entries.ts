import type { ImageConfig, MountPoint } from "../spec/index.ts";
import type { LongVolumeDocument } from "../overlay/index.ts";
import type { OverlayEntry } from "./overlay-document.ts";

/**
 * `volumes`: the container's mounts but the anonymous volumes its image declares, which `image:`
 * adds after the overlay's as Docker does. Binds keep their host source; a named volume gets a
 * note (its data is Docker's, and rbc keeps a bundle's under `volumes/NAME`). What the short
 * syntax cannot say (non-recursive binds, a read-only anonymous volume, tmpfs mounts) is written
 * in the long syntax.
 */
export function mountEntries(
  mounts: readonly MountPoint[],
  image: ImageConfig,
): OverlayEntry | undefined {
  const imageVolumes = new Set(Object.keys(image.Volumes ?? {}));
  const own = mounts.filter(
    (m) => !(m.Type === "volume" && m.Name === "" && m.RW && imageVolumes.has(m.Destination)),
  );
  if (own.length === 0) return undefined;
  const itemComments: Record<number, string> = {};
  own.forEach((m, i) => {
    if (m.Type === "volume" && m.Name !== "") {
      itemComments[i] =
        `host state: Docker's volume ${m.Name}; the bundle keeps its own in volumes/${m.Name}`;
    }
  });
  return {
    key: "volumes",
    value: own.map(volumeOf),
    comment: "Mounts (HostConfig.Binds, HostConfig.Mounts)",
    itemComments,
  };
}

function volumeOf(m: MountPoint): string | LongVolumeDocument {
  switch (m.Type) {
    case "bind":
      return bindOf(m);
    case "volume": {
      const ro = m.RW ? "" : ":ro";
      if (m.Name !== "") return `${m.Name}:${m.Destination}${ro}`;
      return m.RW ? m.Destination : { type: "volume", target: m.Destination, read_only: true };
    }
    case "tmpfs":
      return tmpfsOf(m);
  }
}

/** Docker's default propagation of a bind (see resolve's bind): rslave near its data root. */
function defaultPropagation(source: string): string {
  const root = "/var/lib/docker";
  return source.startsWith(root) || root.startsWith(source) ? "rslave" : "rprivate";
}

function bindOf(m: MountPoint): string | LongVolumeDocument {
  const propagation = m.Propagation === defaultPropagation(m.Source) ? "" : m.Propagation;
  const recursive = m.NonRecursive
    ? "disabled"
    : m.ReadOnlyNonRecursive
      ? "writable"
      : m.ReadOnlyForceRecursive
        ? "readonly"
        : undefined;
  if (recursive === undefined && !m.Source.includes(":") && !m.Destination.includes(":")) {
    const modes = [...(m.RW ? [] : ["ro"]), ...(propagation === "" ? [] : [propagation])];
    return `${m.Source}:${m.Destination}${modes.length > 0 ? `:${modes.join(",")}` : ""}`;
  }
  const bind = {
    ...(propagation === "" ? {} : { propagation }),
    ...(recursive === undefined ? {} : { recursive }),
  };
  return {
    type: "bind",
    source: m.Source,
    target: m.Destination,
    ...(m.RW ? {} : { read_only: true }),
    ...(Object.keys(bind).length > 0 ? { bind } : {}),
  } as LongVolumeDocument;
}

/** A `--mount type=tmpfs`: its mount data (`ro,mode=1770,size=64m`) as size and mode. */
function tmpfsOf(m: MountPoint): LongVolumeDocument {
  const options = (m.TmpfsData ?? "").split(",").filter((o) => o !== "");
  const size = options.find((o) => o.startsWith("size="))?.slice("size=".length);
  const mode = options.find((o) => o.startsWith("mode="))?.slice("mode=".length);
  const tmpfs = {
    ...(size === undefined ? {} : { size }),
    ...(mode === undefined ? {} : { mode }),
  };
  return {
    type: "tmpfs",
    target: m.Destination,
    ...(m.RW ? {} : { read_only: true }),
    ...(Object.keys(tmpfs).length > 0 ? { tmpfs } : {}),
  };
}
