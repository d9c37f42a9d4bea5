import { pointerToken } from "../spec/index.ts";

/**
 * The JSON pointer of every leaf of a JSON value (scalars, and empty lists and objects), in
 * document order.
 */
export function leafPointers(value: unknown, at = ""): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [at];
    return value.flatMap((item, i) => leafPointers(item, `${at}/${i}`));
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [at];
    return entries.flatMap(([key, item]) => leafPointers(item, `${at}/${pointerToken(key)}`));
  }
  return [at];
}
