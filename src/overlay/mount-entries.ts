import { parseByteSize } from "./byte-size.ts";
import type { Draft, Path, SourceText } from "./draft.ts";
import { formatKeyPath } from "./key-path.ts";
import { tmpfsTarget, volumeTarget } from "./mount-target.ts";
import type { LongVolumeDocument } from "./overlay-document.ts";
import type { LongVolume, VolumeSetting } from "./types.ts";

/** Reads `volumes` (short and long syntax) and `tmpfs` entries. */

type Problem = { readonly path: Path; readonly problem: string };

const typeOptions = ["bind", "volume", "tmpfs"] as const;

/** Highest tmpfs mode: permission bits plus setuid, setgid and sticky. */
const maxMode = 0o7777;

/** `volumes`: short-syntax strings kept as written, long-syntax maps checked and normalized. */
export function volumeEntries(
  raw: readonly (string | LongVolumeDocument)[],
  sourceText: SourceText,
): Draft<VolumeSetting>[] {
  return raw.map((value, i) =>
    typeof value === "string"
      ? shortMount(["volumes", i], value, volumeTarget)
      : longVolume(["volumes", i], value, sourceText),
  );
}

/** `tmpfs`: one string or a list, each `TARGET` or `TARGET:OPTIONS`. */
export function tmpfsEntries(raw: string | readonly string[]): Draft<string>[] {
  return typeof raw === "string"
    ? [shortMount(["tmpfs"], raw, tmpfsTarget)]
    : raw.map((value, i) => shortMount(["tmpfs", i], value, tmpfsTarget));
}

function shortMount(
  path: Path,
  value: string,
  target: (text: string) => string | undefined,
): Draft<string> {
  if (target(value) !== undefined) return { path, value };
  const key = formatKeyPath(path);
  const form =
    path[0] === "volumes"
      ? "SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET"
      : "TARGET or TARGET:OPTIONS, with an absolute TARGET";
  return { path, problem: `"${key}" must be ${form}, got ${JSON.stringify(value)}` };
}

/**
 * The checks the schema leaves to code: an absolute target, a source where the type needs one and
 * none where it takes none, options only for their own type, and the tmpfs size and mode.
 */
function longVolume(
  path: Path,
  volume: LongVolumeDocument,
  sourceText: SourceText,
): Draft<VolumeSetting> {
  const problem = longVolumeProblem(path, volume);
  if (problem !== undefined) return problem;
  const { tmpfs, ...rest } = volume;
  if (tmpfs === undefined) return { path, value: rest };
  const options: { size?: number; mode?: number } = {};
  if (tmpfs.size !== undefined) {
    const size = parseByteSize(tmpfs.size);
    if ("problem" in size) return { path: [...path, "tmpfs", "size"], problem: size.problem };
    options.size = size.value;
  }
  if (tmpfs.mode !== undefined) {
    const modePath = [...path, "tmpfs", "mode"];
    const mode = readMode(tmpfs.mode, sourceText(modePath));
    if (mode === undefined) return { path: modePath, problem: badMode(modePath, tmpfs.mode) };
    options.mode = mode;
  }
  const value: LongVolume = { ...rest, tmpfs: options };
  return { path, value };
}

function longVolumeProblem(path: Path, volume: LongVolumeDocument): Problem | undefined {
  const key = formatKeyPath(path);
  if (!volume.target.startsWith("/")) {
    const problem = `"${key}.target" must be an absolute path, got ${JSON.stringify(volume.target)}`;
    return { path: [...path, "target"], problem };
  }
  if (volume.type === "bind" && volume.source === undefined) {
    return { path, problem: `"${key}" is a bind mount and needs a "source" (the host path)` };
  }
  if (volume.type === "tmpfs" && volume.source !== undefined) {
    return {
      path: [...path, "source"],
      problem: `"${key}" is a tmpfs mount and takes no "source"`,
    };
  }
  const misplaced = typeOptions.find((type) => type !== volume.type && volume[type] !== undefined);
  if (misplaced !== undefined) {
    const problem = `"${key}.${misplaced}" sets options for a ${misplaced} mount, but this one has type ${volume.type}`;
    return { path: [...path, misplaced], problem };
  }
  return undefined;
}

/**
 * A tmpfs mode: a YAML integer as it is (`0o1770` is already octal to YAML), except a plain
 * `01770`, which YAML 1.2 reads as decimal but people mean as octal; a string is octal.
 */
function readMode(raw: number | string, written: string | undefined): number | undefined {
  const mode =
    typeof raw === "string"
      ? octal(raw.replace(/^0o/i, ""))
      : written !== undefined && /^0\d+$/.test(written)
        ? octal(written)
        : raw;
  return mode !== undefined && Number.isInteger(mode) && mode >= 0 && mode <= maxMode
    ? mode
    : undefined;
}

function octal(digits: string): number | undefined {
  return /^[0-7]+$/.test(digits) ? Number.parseInt(digits, 8) : undefined;
}

function badMode(path: Path, raw: number | string): string {
  return `"${formatKeyPath(path)}" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got ${JSON.stringify(raw)}`;
}
