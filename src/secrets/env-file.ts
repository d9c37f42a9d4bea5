import { interpolate, parseTemplate, type Lookup } from "./interpolation.ts";

/**
 * Compose's env file format (compose-go dotenv/parser.go), read as `docker compose` reads a
 * service's `env_file`:
 *
 * - a UTF-8 byte order mark is skipped; blank lines and lines starting with `#` are ignored;
 * - `KEY=VALUE` or `KEY: VALUE`, optionally after `export `; spaces around the separator are
 *   dropped; a name holds letters, digits, `_`, `.`, `-`, `[` and `]`;
 * - a line holding a name alone (`KEY`) takes the variable from the environment, if it is set there;
 * - an unquoted value runs to the end of the line, ends before ` #` (an inline comment) and loses
 *   its trailing spaces;
 * - `'single quoted'` values are literal (`\'` is a quote); `"double quoted"` values understand
 *   `\n`, `\r`, `\t`, `\\`, `\"`, `\$`, `\a`, `\b`, `\f`, `\v` and `\0` followed by three octal
 *   digits; both may span lines;
 * - unquoted and double-quoted values are interpolated (interpolation.ts), from the environment
 *   first, then from the variables set earlier in the file;
 * - a name set twice keeps its first place and takes the later value.
 *
 * Compose treats a name alone on the last line, with no newline after it, as a value of an empty
 * name; here it is a name alone like any other.
 */

/** One variable an env file sets. */
export interface EnvFileVariable {
  readonly name: string;
  readonly value: string;
}

/**
 * The variables an env file sets, in file order, and those it read without a default that are
 * not set; or the first problem, by line. Messages never quote a value: the file holds secrets.
 */
export type ParsedEnvFile =
  | { readonly variables: readonly EnvFileVariable[]; readonly unset: readonly string[] }
  | { readonly problem: string; readonly line: number };

interface Cursor {
  readonly text: string;
  at: number;
  /** 1-based line of `at`. */
  line: number;
}

/**
 * Parses an env file's text. `lookup` is the environment it may read from; `earlier`, variables
 * set before the file (by earlier env files), read after the file's own.
 */
export function parseEnvFile(
  text: string,
  lookup: Lookup,
  earlier: Lookup = () => undefined,
): ParsedEnvFile {
  const cursor: Cursor = { text: text.replace(/^\uFEFF/u, ""), at: 0, line: 1 };
  const values = new Map<string, string>();
  const unset = new Set<string>();
  const read: Lookup = (name) => lookup(name) ?? values.get(name) ?? earlier(name);
  for (;;) {
    skipBlankAndComments(cursor);
    if (cursor.at >= cursor.text.length) break;
    const line = cursor.line;
    const key = readKey(cursor);
    if ("problem" in key) return { problem: key.problem, line };
    if (key.inherited) {
      const value = lookup(key.name);
      if (value !== undefined) values.set(key.name, value);
      continue;
    }
    const value = readValue(cursor, read);
    if ("problem" in value) return { problem: value.problem, line };
    values.set(key.name, value.value);
    for (const name of value.unset) unset.add(name);
  }
  return { variables: [...values].map(([name, value]) => ({ name, value })), unset: [...unset] };
}

/** Spaces that are not line breaks (compose-go's isSpace). */
const inlineSpace = /[\t\v\f\r \u0085\u00a0]/u;
const keyCharacter = /[\p{L}\p{N}_.[\]-]/u;

function skipBlankAndComments(cursor: Cursor): void {
  for (;;) {
    while (cursor.at < cursor.text.length && /\s/u.test(cursor.text[cursor.at] ?? "")) {
      if (cursor.text[cursor.at] === "\n") cursor.line += 1;
      cursor.at += 1;
    }
    if (cursor.text[cursor.at] !== "#") return;
    const newline = cursor.text.indexOf("\n", cursor.at);
    cursor.at = newline === -1 ? cursor.text.length : newline;
  }
}

function readKey(
  cursor: Cursor,
): { readonly name: string; readonly inherited: boolean } | { readonly problem: string } {
  const { text } = cursor;
  const exported = /^export[\t\v\f\r \u0085\u00a0]+/u.exec(text.slice(cursor.at, cursor.at + 64));
  if (exported !== null) cursor.at += exported[0].length;
  const start = cursor.at;
  let i = start;
  for (; i < text.length; i += 1) {
    const char = text[i] ?? "";
    if (char === "=" || char === ":" || char === "\n") break;
    if (!inlineSpace.test(char) && !keyCharacter.test(char)) {
      return { problem: `unexpected character ${JSON.stringify(char)} in a variable name` };
    }
  }
  const name = text.slice(start, i).replace(/\s+$/u, "");
  if (/\s/u.test(name)) return { problem: "a variable name cannot contain a space" };
  const inherited = i >= text.length || text[i] === "\n";
  cursor.at = i >= text.length ? i : i + 1;
  if (text[i] === "\n") cursor.line += 1;
  if (name === "") return { problem: "a variable has no name" };
  return { name, inherited };
}

type ReadValue =
  { readonly value: string; readonly unset: readonly string[] } | { readonly problem: string };

function readValue(cursor: Cursor, lookup: Lookup): ReadValue {
  const { text } = cursor;
  while (cursor.at < text.length && inlineSpace.test(text[cursor.at] ?? "")) cursor.at += 1;
  const quote = text[cursor.at];
  if (quote === '"' || quote === "'") return readQuoted(cursor, quote, lookup);
  const newline = text.indexOf("\n", cursor.at);
  const end = newline === -1 ? text.length : newline;
  const raw = text.slice(cursor.at, end);
  cursor.at = end;
  const comment = raw.indexOf(" #");
  const value = (comment === -1 ? raw : raw.slice(0, comment)).replace(/\s+$/u, "");
  return expand(value, lookup);
}

function readQuoted(cursor: Cursor, quote: '"' | "'", lookup: Lookup): ReadValue {
  const { text } = cursor;
  let chars = "";
  let escaped = false;
  for (let i = cursor.at + 1; i < text.length; i += 1) {
    const char = text[i] ?? "";
    if (char === "\n") cursor.line += 1;
    if (char !== quote) {
      if (!escaped && char === "\\") {
        escaped = true;
        continue;
      }
      if (escaped) chars += "\\";
      escaped = false;
      chars += char;
      continue;
    }
    if (escaped) {
      // An escaped quote is the quote itself, in either kind of quotes.
      escaped = false;
      chars += char;
      continue;
    }
    cursor.at = i + 1;
    return quote === "'" ? { value: chars, unset: [] } : expand(expandEscapes(chars), lookup);
  }
  return { problem: `unterminated ${quote === '"' ? "double" : "single"}-quoted value` };
}

function expand(value: string, lookup: Lookup): ReadValue {
  const parsed = parseTemplate(value);
  if ("problem" in parsed) return { problem: "invalid interpolation in a value" };
  const filled = interpolate(parsed.template, lookup);
  if ("missing" in filled) {
    const { name, message } = filled.missing;
    return {
      problem: `required variable ${name} is missing a value${message ? `: ${message}` : ""}`,
    };
  }
  return filled;
}

const escapes: Readonly<Record<string, string>> = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  '"': '"',
  "\\": "\\",
  // Not a Go escape: compose-go turns `\$` into `$$`, the template's literal dollar.
  $: "$$",
};

/** The escapes of a double-quoted value (compose-go expandEscapes); others stay as written. */
function expandEscapes(value: string): string {
  return value.replace(/\\(?:([abfnrtv"\\$])|0([0-7]{3}))/gu, (match, letter, octal) => {
    if (typeof letter === "string") return escapes[letter] ?? match;
    const code = Number.parseInt(String(octal), 8);
    return code <= 0xff ? String.fromCharCode(code) : match;
  });
}
