import { describeOrigin, sectionOf, type ExplainedField } from "../provenance/index.ts";
import { paint, type Terminal } from "./terminal.ts";

/** Characters of a value shown before it is cut with "…". */
const maxValue = 60;

/**
 * Print explained fields grouped by top-level section: `/process/env/3  PATH=/usr/…  image config
 * Env[0] (rbc.local/app:1)`, one field a line, the value cut to fit.
 */
export function printExplained(terminal: Terminal, fields: readonly ExplainedField[]): void {
  // Fields asked for in any order are told under one header per section, in first-asked order.
  const sections = new Map<string, ExplainedField[]>();
  for (const field of fields) {
    const section = sectionOf(field.pointer);
    sections.set(section, [...(sections.get(section) ?? []), field]);
  }
  for (const [section, list] of sections) {
    if (fields.length > 1) {
      terminal.out(`${paint(terminal, "bold", section === "" ? "(document)" : section)}\n`);
    }
    for (const field of list) {
      const origins = field.origins.map(describeOrigin).join("; ");
      terminal.out(`  ${field.pointer}  ${renderValue(field)}  ${origins}\n`);
    }
  }
}

/** A field's value on one line: strings as they are, the rest as JSON; `(absent)` when left out. */
export function renderValue(field: ExplainedField): string {
  if (!("value" in field)) return "(absent)";
  const { value } = field;
  const text =
    typeof value === "string"
      ? value
      : JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
  return text.length > maxValue ? `${text.slice(0, maxValue - 1)}…` : text;
}
