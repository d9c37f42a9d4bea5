/**
 * JSON.parse that keeps integers beyond 2^53 exact, as bigint. Docker writes uint64 values such as
 * unlimited rlimits (18446744073709551615) that a plain JSON.parse would round.
 */
export function parseJson(text: string): unknown {
  return JSON.parse(protectLargeIntegers(text), (_key, value: unknown) =>
    typeof value === "string" && value.startsWith(marker)
      ? BigInt(value.slice(marker.length))
      : value,
  );
}

const marker = "\u0000bigint:";

/** Quote every integer literal too large for a double, outside strings, with a marker prefix. */
function protectLargeIntegers(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      const literal = match?.[0] ?? ch;
      const isInteger = match !== null && match[1] === undefined && match[2] === undefined;
      out +=
        isInteger && !Number.isSafeInteger(Number(literal))
          ? JSON.stringify(marker + literal)
          : literal;
      i += literal.length;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\\") i += 2;
    else if (ch === '"') return i + 1;
    else i += 1;
  }
  return i;
}
