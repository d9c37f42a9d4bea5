import { decodeMtreePath, visDecode } from "./mtree-escape.ts";
import { sortEntries, type RootfsEntry, type RootfsEntryType } from "./rootfs-entry.ts";
import { MtreeSyntaxError } from "../errors/index.ts";

/**
 * Parses rbc's own mtree dialect (write-mtree.ts) back into entries. It is strict on purpose:
 * the file is committed and reviewed, so anything writeMtree would not produce (`/set`, relative
 * names, patterns, unknown keywords, a path whose parent is not listed) is an error with its line.
 * `sha256` is accepted as a synonym of `sha256digest`; without `time`, mtime reads as 0.
 */
export function readMtree(text: string): RootfsEntry[] {
  const entries: RootfsEntry[] = [];
  const dirs = new Set<string>();
  const seen = new Set<string>();
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const entry = parseLine(line, index + 1);
    const fail = (message: string): never => {
      throw new MtreeSyntaxError(index + 1, message);
    };
    if (seen.has(entry.path)) fail(`${entry.path} is listed twice`);
    const parent = entry.path.includes("/") ? entry.path.replace(/\/[^/]*$/, "") : ".";
    if (entry.path !== "." && !dirs.has(parent)) fail(`the parent of ${entry.path} is not listed`);
    seen.add(entry.path);
    if (entry.type === "dir") dirs.add(entry.path);
    entries.push(entry);
  });
  return sortEntries(entries);
}

const TYPES: Readonly<Record<string, RootfsEntryType>> = {
  dir: "dir",
  file: "file",
  link: "symlink",
  char: "char",
  block: "block",
  fifo: "fifo",
};

const KEYWORDS = new Set([
  "type",
  "mode",
  "uid",
  "gid",
  "size",
  "sha256digest",
  "link",
  "device",
  "time",
]);

type Fail = (message: string) => never;

function parseLine(line: string, lineNumber: number): RootfsEntry {
  const fail: Fail = (message) => {
    throw new MtreeSyntaxError(lineNumber, message);
  };
  if (line.startsWith("/")) fail(`${line.split(/\s/)[0] ?? ""} is not used by rbc's dialect`);
  const [token = "", ...words] = line.split(/[ \t]+/);
  const path = decodeMtreePath(token) ?? fail(`${token} is not a full path (. or ./a/b)`);
  const keys = parseKeywords(words, fail);
  const type = TYPES[keys.get("type") ?? ""] ?? fail(`missing or unknown type`);
  const number = numberReader(keys, fail);
  const base = {
    path,
    type,
    mode: type === "symlink" && !keys.has("mode") ? 0o777 : number("mode", 8) & 0o7777,
    uid: number("uid"),
    gid: number("gid"),
    mtime: keys.has("time") ? parseTime(keys.get("time") ?? "", fail) : 0,
  };
  return { ...base, ...typeFields(type, keys, fail) };
}

function numberReader(keys: ReadonlyMap<string, string>, fail: Fail) {
  return (key: string, radix = 10): number => {
    const value = keys.get(key) ?? fail(`missing ${key}`);
    const pattern = radix === 8 ? /^[0-7]{1,6}$/ : /^\d+$/;
    if (!pattern.test(value)) fail(`bad ${key} ${value}`);
    return parseInt(value, radix);
  };
}

/** The keywords only some types carry: content for files, text for links, numbers for devices. */
function typeFields(type: RootfsEntryType, keys: ReadonlyMap<string, string>, fail: Fail) {
  switch (type) {
    case "file": {
      const sha256 = keys.get("sha256digest") ?? fail("missing sha256digest");
      if (!/^[0-9a-f]{64}$/.test(sha256)) fail(`bad sha256digest ${sha256}`);
      return { size: numberReader(keys, fail)("size"), sha256 };
    }
    case "symlink": {
      const text = keys.get("link") ?? fail("missing link");
      return { link: visDecode(text) ?? fail(`bad link ${text}`) };
    }
    case "char":
    case "block": {
      const device = /^native,(\d+),(\d+)$/.exec(keys.get("device") ?? "");
      if (device === null) return fail("missing or bad device (device=native,<major>,<minor>)");
      return { devMajor: Number(device[1]), devMinor: Number(device[2]) };
    }
    default:
      return {};
  }
}

function parseKeywords(words: readonly string[], fail: Fail): Map<string, string> {
  const keys = new Map<string, string>();
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals <= 0) fail(`${word} is not keyword=value`);
    const name = word.slice(0, equals);
    const key = name === "sha256" ? "sha256digest" : name;
    if (!KEYWORDS.has(key)) fail(`unknown keyword ${name}`);
    if (keys.has(key)) fail(`${name} given twice`);
    keys.set(key, word.slice(equals + 1));
  }
  return keys;
}

function parseTime(value: string, fail: Fail): number {
  const match = /^(\d+)\.\d{1,9}$/.exec(value) ?? fail(`bad time ${value}`);
  return Number(match[1]);
}
