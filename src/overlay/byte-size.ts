/** Multipliers of the size units Compose accepts; binary multiples, as Docker's RAMInBytes reads them. */
const unitBytes: Readonly<Record<string, number>> = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

const sizePattern = /^(\d+(?:\.\d+)?) ?([a-z]*)$/i;

/**
 * A byte size in bytes: an integer as it is, or a string `<number>[unit]` with the units `b`, `k`/`kb`,
 * `m`/`mb`, `g`/`gb` in any case (`64m`, `1.5g`, `512 KB`). Fractions of a byte are dropped, as
 * Docker's RAMInBytes drops them.
 */
export function parseByteSize(
  raw: number | string,
): { readonly value: number } | { readonly problem: string } {
  if (typeof raw === "number") {
    return Number.isSafeInteger(raw) && raw >= 0 ? { value: raw } : { problem: malformed(raw) };
  }
  const match = sizePattern.exec(raw);
  const multiplier = unitBytes[(match?.[2] ?? "x").toLowerCase()];
  if (match?.[1] === undefined || multiplier === undefined) return { problem: malformed(raw) };
  const value = Math.trunc(Number(match[1]) * multiplier);
  if (!Number.isSafeInteger(value)) return { problem: `size ${JSON.stringify(raw)} is too large` };
  return { value };
}

function malformed(raw: number | string): string {
  return `malformed size ${JSON.stringify(String(raw))} (use bytes or a number with b, k, m or g)`;
}

/** Bytes as a person would write them: `512m` when a whole number of a unit, else the bytes. */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [
    ["g", 1024 ** 3],
    ["m", 1024 ** 2],
    ["k", 1024],
  ] as const) {
    if (bytes !== 0 && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return `${bytes} bytes`;
}
