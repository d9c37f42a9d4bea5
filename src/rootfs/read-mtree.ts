import { decodeMtreePath, visDecode } from "./mtree-escape.ts";
import {
  comparePaths,
  sortEntries,
  type RootfsEntry,
  type RootfsEntryType,
} from "./rootfs-entry.ts";
import { MtreeSyntaxError } from "../errors/index.ts";

/**
 * Parses rbc's own mtree dialect (write-mtree.ts) back into entries. It is strict on purpose:
 * the file is committed and reviewed, so anything writeMtree would not produce (`/set`, relative
 * names, patterns, unknown keywords, a path whose parent is not listed) is an error with its line.
 * `sha256` is accepted as a synonym of `sha256digest`; without `time`, mtime reads as 0.
 *
 * One pass over the text, line by line, with no per-line split, lookup table or closure:
 * `rbc verify` reads a manifest of 100,000 lines before it looks at a single file.
 */
export function readMtree(text: string): RootfsEntry[] {
  const entries: RootfsEntry[] = [];
  const dirs = new Set<string>();
  // Every path listed, kept only once a line is found out of path order: until then a path
  // listed twice is the one just before it.
  let paths: Set<string> | undefined;
  // The last parent found listed: siblings follow one another, so most lines need no lookup.
  let knownParent: string | undefined;
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    start = end + 1;
    lineNumber += 1;
    if (line === "" || line.startsWith("#")) continue;
    const entry = parseLine(line, lineNumber);
    const { path } = entry;
    const previous = entries[entries.length - 1];
    const order =
      previous === undefined || paths !== undefined ? -1 : comparePaths(previous.path, path);
    if (order > 0) paths = new Set(entries.map((listed) => listed.path));
    if (order === 0 || paths?.has(path) === true) fail(lineNumber, `${path} is listed twice`);
    paths?.add(path);
    const slash = path.lastIndexOf("/");
    const parent = slash === -1 ? "." : path.slice(0, slash);
    if (path !== "." && parent !== knownParent) {
      if (!dirs.has(parent)) fail(lineNumber, `the parent of ${path} is not listed`);
      knownParent = parent;
    }
    if (entry.type === "dir") dirs.add(path);
    entries.push(entry);
  }
  // writeMtree's output is already in path order; only a hand-edited file needs sorting.
  return paths === undefined ? entries : sortEntries(entries);
}

function fail(lineNumber: number, message: string): never {
  throw new MtreeSyntaxError(lineNumber, message);
}

/** A line's keyword values as written, undefined when absent. */
interface Keywords {
  type: string | undefined;
  mode: string | undefined;
  uid: string | undefined;
  gid: string | undefined;
  size: string | undefined;
  sha256digest: string | undefined;
  link: string | undefined;
  device: string | undefined;
  time: string | undefined;
}

const OCTAL = /^[0-7]{1,6}$/;
const DECIMAL = /^\d+$/;
const DEVICE = /^native,(\d+),(\d+)$/;
const TIME = /^(\d+)\.\d{1,9}$/;

function parseLine(line: string, lineNumber: number): RootfsEntry {
  const tokenEnd = separatorAt(line, 0);
  const token = line.slice(0, tokenEnd);
  if (line.startsWith("/")) {
    fail(lineNumber, `${line.split(/\s/)[0] ?? ""} is not used by rbc's dialect`);
  }
  const path =
    decodeMtreePath(token) ?? fail(lineNumber, `${token} is not a full path (. or ./a/b)`);
  const keys = parseKeywords(line, tokenEnd, lineNumber);
  const type = entryType(keys.type) ?? fail(lineNumber, "missing or unknown type");
  const mode =
    type === "symlink" && keys.mode === undefined
      ? 0o777
      : readNumber(keys.mode, "mode", OCTAL, lineNumber) & 0o7777;
  const uid = readNumber(keys.uid, "uid", DECIMAL, lineNumber);
  const gid = readNumber(keys.gid, "gid", DECIMAL, lineNumber);
  const mtime = keys.time === undefined ? 0 : parseTime(keys.time, lineNumber);
  switch (type) {
    case "file": {
      const sha256 = keys.sha256digest ?? fail(lineNumber, "missing sha256digest");
      if (!isSha256(sha256)) fail(lineNumber, `bad sha256digest ${sha256}`);
      const size = readNumber(keys.size, "size", DECIMAL, lineNumber);
      return { path, type, mode, uid, gid, mtime, size, sha256 };
    }
    case "symlink": {
      const text = keys.link ?? fail(lineNumber, "missing link");
      const link = visDecode(text) ?? fail(lineNumber, `bad link ${text}`);
      return { path, type, mode, uid, gid, mtime, link };
    }
    case "char":
    case "block": {
      const device = DEVICE.exec(keys.device ?? "");
      if (device === null) {
        return fail(lineNumber, "missing or bad device (device=native,<major>,<minor>)");
      }
      const [devMajor, devMinor] = [Number(device[1]), Number(device[2])];
      return { path, type, mode, uid, gid, mtime, devMajor, devMinor };
    }
    default:
      return { path, type, mode, uid, gid, mtime };
  }
}

/** The `keyword=value` words after the path (from `start`), separated by spaces and tabs. */
function parseKeywords(line: string, start: number, lineNumber: number): Keywords {
  const keys: Keywords = {
    type: undefined,
    mode: undefined,
    uid: undefined,
    gid: undefined,
    size: undefined,
    sha256digest: undefined,
    link: undefined,
    device: undefined,
    time: undefined,
  };
  for (let from = start; from < line.length;) {
    const end = separatorAt(line, from);
    if (end > from) addKeyword(keys, line, from, end, lineNumber);
    from = end + 1;
  }
  return keys;
}

/** The word `line[from, end)`, sliced into name and value without a copy of the word itself. */
function addKeyword(keys: Keywords, line: string, from: number, end: number, lineNumber: number) {
  const equals = line.indexOf("=", from);
  if (equals <= from || equals >= end) {
    fail(lineNumber, `${line.slice(from, end)} is not keyword=value`);
  }
  const name = line.slice(from, equals);
  const value = line.slice(equals + 1, end);
  // A switch, not keys[name]: each field is then written with a fixed name.
  switch (name) {
    case "type":
      keys.type = once(keys.type, name, value, lineNumber);
      return;
    case "mode":
      keys.mode = once(keys.mode, name, value, lineNumber);
      return;
    case "uid":
      keys.uid = once(keys.uid, name, value, lineNumber);
      return;
    case "gid":
      keys.gid = once(keys.gid, name, value, lineNumber);
      return;
    case "size":
      keys.size = once(keys.size, name, value, lineNumber);
      return;
    case "sha256digest":
    case "sha256":
      keys.sha256digest = once(keys.sha256digest, name, value, lineNumber);
      return;
    case "link":
      keys.link = once(keys.link, name, value, lineNumber);
      return;
    case "device":
      keys.device = once(keys.device, name, value, lineNumber);
      return;
    case "time":
      keys.time = once(keys.time, name, value, lineNumber);
      return;
    default:
      fail(lineNumber, `unknown keyword ${name}`);
  }
}

/** A keyword's value, which must not be given twice. */
function once(current: string | undefined, name: string, value: string, line: number): string {
  return current === undefined ? value : fail(line, `${name} given twice`);
}

function entryType(keyword: string | undefined): RootfsEntryType | undefined {
  switch (keyword) {
    case "dir":
    case "file":
    case "char":
    case "block":
    case "fifo":
      return keyword;
    case "link":
      return "symlink";
    default:
      return undefined;
  }
}

/** The index of the first space or tab at or after `from` (the line's length if none). */
function separatorAt(line: string, from: number): number {
  for (let index = from; index < line.length; index += 1) {
    const char = line.charCodeAt(index);
    if (char === 0x20 || char === 0x09) return index;
  }
  return line.length;
}

function readNumber(
  value: string | undefined,
  key: string,
  pattern: RegExp,
  lineNumber: number,
): number {
  if (value === undefined) return fail(lineNumber, `missing ${key}`);
  if (!pattern.test(value)) fail(lineNumber, `bad ${key} ${value}`);
  return parseInt(value, pattern === OCTAL ? 8 : 10);
}

function parseTime(value: string, lineNumber: number): number {
  const match = TIME.exec(value) ?? fail(lineNumber, `bad time ${value}`);
  return Number(match[1]);
}

/** 64 lowercase hex digits; a loop, as the equivalent regular expression costs more per line. */
function isSha256(value: string): boolean {
  if (value.length !== 64) return false;
  for (let index = 0; index < 64; index += 1) {
    const char = value.charCodeAt(index);
    if (!((char >= 0x30 && char <= 0x39) || (char >= 0x61 && char <= 0x66))) return false;
  }
  return true;
}
