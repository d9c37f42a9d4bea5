import type { MountPoint } from "../spec/index.ts";

/**
 * One Compose short-syntax volume (`SOURCE:TARGET[:MODE]` or `TARGET`), as a mount point.
 * Relative sources (`./data`, `../shared`) are binds relative to the bundle directory, absolute
 * sources are host binds, other sources are named volumes; a lone target is an anonymous volume.
 * Named and anonymous volumes live under the bundle's `volumes/` directory, so no bundle depends on
 * Docker's data root.
 */
export function parseVolume(spec: string): { mount: MountPoint } | { error: string } {
  const parts = spec.split(":");
  if (parts.length > 3 || parts.some((p) => p === "")) {
    return { error: `"${spec}" is not SOURCE:TARGET[:MODE] or TARGET` };
  }
  if (parts.length === 1) return anonymousVolume(parts[0] ?? "");
  const [source = "", target = "", mode = ""] = parts;
  if (!target.startsWith("/")) return { error: `target "${target}" must be an absolute path` };
  const modes = parseModes(mode);
  if ("error" in modes) return modes;
  if (source.startsWith("/") || source.startsWith(".")) {
    return bind(normalizeSource(source), target, modes);
  }
  if (!isVolumeName(source)) {
    return { error: `"${source}" is not a valid volume name or path (start paths with ./ or /)` };
  }
  if (modes.propagation !== "") {
    return { error: `propagation "${modes.propagation}" applies to bind mounts only` };
  }
  return { mount: volume(source, `volumes/${source}`, target, modes.rw) };
}

/** Docker's volume name syntax (rbc also accepts one-character names). */
export function isVolumeName(name: string): boolean {
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name);
}

/** The bundle-relative directory of an anonymous volume, named after its target. */
export function anonymousVolumeSource(target: string): string {
  return `volumes/_anonymous${target.replace(/\/+$/, "")}`;
}

function anonymousVolume(target: string): { mount: MountPoint } | { error: string } {
  if (!target.startsWith("/")) return { error: `target "${target}" must be an absolute path` };
  return { mount: volume("", anonymousVolumeSource(target), target, true) };
}

export interface Modes {
  readonly rw: boolean;
  readonly propagation: string;
}

export const propagations: ReadonlySet<string> = new Set([
  "private",
  "rprivate",
  "shared",
  "rshared",
  "slave",
  "rslave",
]);

/** Docker's volume modes: ro/rw, SELinux z/Z (no effect without SELinux), nocopy, propagation. */
function parseModes(mode: string): Modes | { error: string } {
  let rw = true;
  let propagation = "";
  for (const m of mode === "" ? [] : mode.split(",")) {
    if (m === "ro" || m === "rw") rw = m === "rw";
    else if (propagations.has(m)) propagation = m;
    else if (m !== "z" && m !== "Z" && m !== "nocopy")
      return { error: `unknown volume mode "${m}"` };
  }
  return { rw, propagation };
}

/** dockerd's default `--data-root`, which rbc assumes (as it assumes the other daemon defaults). */
const dockerDataRoot = "/var/lib/docker";

/**
 * A bind mount. Docker gives every bind a propagation: rprivate unless asked otherwise, but rslave
 * for a source inside Docker's data root or above it (`/`, `/var`), where it also refuses a
 * propagation other than rslave or rshared (daemon validateBindDaemonRoot, a plain string-prefix
 * test). Bundle-relative sources are never there.
 */
export function bind(
  source: string,
  target: string,
  modes: Modes,
): { mount: MountPoint } | { error: string } {
  const nearDataRoot =
    source.startsWith("/") &&
    (source.startsWith(dockerDataRoot) || dockerDataRoot.startsWith(source));
  const explicit = modes.propagation;
  if (nearDataRoot && explicit !== "" && explicit !== "rslave" && explicit !== "rshared") {
    return {
      error: `a bind of ${source} (Docker's data root or above it) takes propagation rslave or rshared, not ${explicit}`,
    };
  }
  const propagation = explicit !== "" ? explicit : nearDataRoot ? "rslave" : "rprivate";
  return {
    mount: {
      Type: "bind",
      Name: "",
      Source: source,
      Destination: target,
      RW: modes.rw,
      Propagation: propagation,
    },
  };
}

export function volume(name: string, source: string, target: string, rw: boolean): MountPoint {
  return {
    Type: "volume",
    Name: name,
    Source: source,
    Destination: target,
    RW: rw,
    Propagation: "",
  };
}

/** Clean a source path; relative ones stay relative (to the bundle directory), without `./`. */
export function normalizeSource(source: string): string {
  const absolute = source.startsWith("/");
  const parts: string[] = [];
  for (const part of source.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !absolute) parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}
