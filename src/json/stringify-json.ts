/**
 * JSON text for committed files: two-space indentation, keys in insertion order (rbc builds objects
 * in the runtime-spec struct order), bigint written as an exact integer, undefined members dropped,
 * and a trailing newline. The same value always gives the same bytes.
 */
export function stringifyJson(value: unknown): string {
  return `${write(value, "")}\n`;
}

function write(value: unknown, indent: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`cannot write ${String(value)} as JSON`);
      return JSON.stringify(value);
    case "bigint":
      return value.toString();
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return Array.isArray(value) ? writeArray(value, indent) : writeObject(value, indent);
    default:
      throw new TypeError(`cannot write a ${typeof value} as JSON`);
  }
}

function writeArray(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return "[]";
  const inner = `${indent}  `;
  return `[\n${items.map((item) => inner + write(item, inner)).join(",\n")}\n${indent}]`;
}

function writeObject(object: object, indent: string): string {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const inner = `${indent}  `;
  const members = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`);
  return `{\n${members.join(",\n")}\n${indent}}`;
}
