/** A Compose scalar as its text (`8080`, `true`, `udp`); anything else as JSON. */
export function scalarText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : JSON.stringify(value);
}
