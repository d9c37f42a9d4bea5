/**
 * A parsed JSON document that keeps what a Go decoder needs and `JSON.parse` loses: every number as
 * its literal text (so `1.0` and `-1` can be refused for a uint, and 2^64-1 stays exact) and every
 * object member in document order, duplicates included (Go lets a later member win).
 */
export type JsonTree =
  | { readonly kind: "null" }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "array"; readonly items: readonly JsonTree[] }
  | { readonly kind: "object"; readonly members: readonly (readonly [string, JsonTree])[] };

/**
 * Nesting limit, so that hostile input cannot overflow the stack. Go's decoder allows 10000; no
 * seccomp profile nests beyond 5 levels.
 */
const maxDepth = 1_000;

/** Parse strict JSON (RFC 8259) text into a tree, or return an error message. */
export function readJsonTree(text: string): { tree: JsonTree } | { error: string } {
  const reader = new Reader(text);
  try {
    const tree = reader.document();
    return { tree };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: error.message };
    throw error;
  }
}

class JsonSyntaxError extends Error {}

const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const escapes: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Reader {
  private readonly text: string;
  private pos = 0;
  private depth = 0;

  constructor(text: string) {
    this.text = text;
  }

  document(): JsonTree {
    const tree = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("unexpected data after the top-level value");
    return tree;
  }

  private value(): JsonTree {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === "{") return this.nested(() => this.object());
    if (ch === "[") return this.nested(() => this.array());
    if (ch === '"') return { kind: "string", value: this.string() };
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return this.number();
    if (this.literal("true")) return { kind: "boolean", value: true };
    if (this.literal("false")) return { kind: "boolean", value: false };
    if (this.literal("null")) return { kind: "null" };
    return this.fail(ch === undefined ? "unexpected end of JSON input" : `unexpected ${ch}`);
  }

  private nested(read: () => JsonTree): JsonTree {
    this.depth += 1;
    if (this.depth > maxDepth) this.fail("exceeded max depth");
    const tree = read();
    this.depth -= 1;
    return tree;
  }

  private object(): JsonTree {
    const members: (readonly [string, JsonTree])[] = [];
    this.pos += 1;
    if (this.peekAfterSpace() === "}") {
      this.pos += 1;
      return { kind: "object", members };
    }
    for (;;) {
      if (this.peekAfterSpace() !== '"') this.fail("expected a string member name");
      const key = this.string();
      if (this.peekAfterSpace() !== ":") this.fail(`expected ":" after member name "${key}"`);
      this.pos += 1;
      members.push([key, this.value()]);
      const next = this.peekAfterSpace();
      this.pos += 1;
      if (next === "}") return { kind: "object", members };
      if (next !== ",") this.fail('expected "," or "}" in object');
    }
  }

  private array(): JsonTree {
    const items: JsonTree[] = [];
    this.pos += 1;
    if (this.peekAfterSpace() === "]") {
      this.pos += 1;
      return { kind: "array", items };
    }
    for (;;) {
      items.push(this.value());
      const next = this.peekAfterSpace();
      this.pos += 1;
      if (next === "]") return { kind: "array", items };
      if (next !== ",") this.fail('expected "," or "]" in array');
    }
  }

  private string(): string {
    let out = "";
    let i = this.pos + 1;
    for (;;) {
      const ch = this.text[i];
      if (ch === undefined) this.fail("unterminated string");
      if (ch === '"') break;
      if (ch < " ") this.fail("control character in string");
      if (ch === "\\") {
        const [decoded, length] = this.escape(i);
        out += decoded;
        i += length;
      } else {
        out += ch;
        i += 1;
      }
    }
    this.pos = i + 1;
    return out;
  }

  /** Decode the escape at `at` (the backslash); returns the text and the escape's length. */
  private escape(at: number): [string, number] {
    const ch = this.text[at + 1] ?? "";
    const simple = escapes[ch];
    if (simple !== undefined) return [simple, 2];
    const hex = this.text.slice(at + 2, at + 6);
    if (ch !== "u" || !/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid escape in string");
    return [String.fromCharCode(parseInt(hex, 16)), 6];
  }

  private number(): JsonTree {
    numberPattern.lastIndex = this.pos;
    const match = numberPattern.exec(this.text);
    if (match === null) this.fail("invalid number");
    this.pos += match[0].length;
    return { kind: "number", text: match[0] };
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.pos)) return false;
    this.pos += word.length;
    return true;
  }

  private peekAfterSpace(): string | undefined {
    this.skipSpace();
    return this.text[this.pos];
  }

  private skipSpace(): void {
    while (/^[ \t\n\r]$/.test(this.text[this.pos] ?? "")) this.pos += 1;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(`invalid JSON at offset ${this.pos}: ${message}`);
  }
}
