/**
 * Path and link encoding for rbc's mtree dialect, checked against NetBSD mtree(8):
 * - Every byte outside printable ASCII, and space, `\` and `#`, is written `\ooo` (three octal
 *   digits, vis(3) VIS_OCTAL); NetBSD decodes names with strunvis(3), so UTF-8 names round-trip
 *   byte for byte.
 * - NetBSD matches a name containing `*`, `?` or `[` with fnmatch(3), AFTER unvis, and compares
 *   parent components of full paths with strcmp against the name stored for the parent entry.
 *   So a component holding one of those characters is written as an fnmatch pattern matching only
 *   itself: `\`, `*`, `?`, `[` are backslash-escaped, then vis-encoded (`/usr/bin/[` becomes
 *   `./usr/bin/\134[`). The same escaped form is used wherever the component occurs.
 */

const MAGIC = /[*?[]/;
const UTF8 = new TextEncoder();
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** `.` for the root, else `./a/b` with every component escaped. */
export function encodeMtreePath(path: string): string {
  if (path === ".") return ".";
  return `./${path.split("/").map(encodeComponent).join("/")}`;
}

function encodeComponent(component: string): string {
  return visEncode(MAGIC.test(component) ? component.replace(/[\\*?[]/g, "\\$&") : component);
}

/** Text that visEncode leaves as it is: printable ASCII but space, `\` and `#`. */
const PLAIN = /^[!"$-[\]-~]*$/;

/** vis(3)-style: printable ASCII except space, `\` and `#` as is, every other byte `\ooo`. */
export function visEncode(text: string): string {
  // Nearly every name is plain: no UTF-8 encoding, no string built byte by byte.
  if (PLAIN.test(text)) return text;
  let out = "";
  for (const byte of UTF8.encode(text)) {
    const plain = byte > 0x20 && byte < 0x7f && byte !== 0x5c && byte !== 0x23;
    out += plain ? String.fromCharCode(byte) : `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return out;
}

const C_ESCAPES: Readonly<Record<string, number>> = {
  "\\": 0x5c,
  "#": 0x23,
  s: 0x20,
  t: 0x09,
  n: 0x0a,
  r: 0x0d,
};

/** A backslash or a character beyond ASCII: a token without either decodes to itself. */
const NOT_PLAIN = /[\\\u0080-\uffff]/;

/** Inverse of visEncode; also accepts NetBSD's `\s`, `\t`, `\n`, `\\` and `\#`. */
export function visDecode(token: string): string | undefined {
  // Nearly every token is plain ASCII; its bytes are its UTF-8 and need no decoder.
  if (!NOT_PLAIN.test(token)) return token;
  const bytes: number[] = [];
  for (let index = 0; index < token.length; index += 1) {
    const char = token.charCodeAt(index);
    if (char > 0x7f) return undefined;
    if (char !== 0x5c) {
      bytes.push(char);
      continue;
    }
    const octal = /^[0-7]{3}/.exec(token.slice(index + 1, index + 4));
    const named = C_ESCAPES[token.charAt(index + 1)];
    if (octal !== null) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      index += 3;
    } else if (named !== undefined) {
      bytes.push(named);
      index += 1;
    } else {
      return undefined;
    }
  }
  try {
    return STRICT_UTF8.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Decodes a full-path token back to a rootfs path; undefined when it is not rbc's dialect. */
export function decodeMtreePath(token: string): string | undefined {
  if (isPlainPath(token)) return token.slice(2);
  const text = visDecode(token);
  if (text === ".") return ".";
  if (text === undefined || !text.startsWith("./")) return undefined;
  const components = text.slice(2).split("/").map(decodeComponent);
  if (components.some((c) => c === undefined || c === "" || c === "." || c === "..")) {
    return undefined;
  }
  return components.join("/");
}

/** Removes the fnmatch escapes of a pattern component; an unescaped wildcard is not ours. */
function decodeComponent(component: string): string | undefined {
  if (!MAGIC.test(component)) return component;
  let out = "";
  for (let index = 0; index < component.length; index += 1) {
    const char = component.charAt(index);
    if (char === "\\") {
      index += 1;
      if (index >= component.length) return undefined;
      out += component.charAt(index);
    } else if (MAGIC.test(char)) {
      return undefined;
    } else {
      out += char;
    }
  }
  return out;
}

const DOT = 0x2e;
const SLASH = 0x2f;

/**
 * `./a/b` in printable ASCII with no backslash and no wildcard, whose components are neither
 * empty nor `.` or `..`: a path its own decoding gives back unchanged, checked in one scan.
 */
function isPlainPath(token: string): boolean {
  if (token.length < 3 || token.charCodeAt(0) !== DOT || token.charCodeAt(1) !== SLASH) {
    return false;
  }
  let componentStart = 2;
  for (let index = 2; index <= token.length; index += 1) {
    const char = index === token.length ? SLASH : token.charCodeAt(index);
    if (char === SLASH) {
      const length = index - componentStart;
      const dots = token.charCodeAt(componentStart) === DOT;
      const dotOrDotDot =
        dots && (length === 1 || (length === 2 && token.charCodeAt(componentStart + 1) === DOT));
      if (length === 0 || dotOrDotDot) return false;
      componentStart = index + 1;
    } else if (char <= 0x20 || char >= 0x7f || isSpecial(char)) {
      return false;
    }
  }
  return true;
}

/** `\`, and the wildcards of MAGIC: `*`, `?` and `[`. */
function isSpecial(char: number): boolean {
  return char === 0x5c || char === 0x2a || char === 0x3f || char === 0x5b;
}
