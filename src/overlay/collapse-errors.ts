import type { ErrorObject } from "ajv";
import { acceptsType } from "./describe-schema.ts";

/**
 * Keeps one clear error per problem from ajv's `allErrors` output. A failed `oneOf`/`anyOf` reports
 * every branch; when exactly one branch takes the value's type (a map for `environment`), that
 * branch's own errors explain the problem and the rest is noise. Otherwise the composite error
 * stays alone, to say which forms are allowed. `if` errors only repeat their `then` errors, and `propertyNames` errors those of the name.
 */
export function collapseErrors(errors: readonly ErrorObject[], root: unknown): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const e of errors) {
    // `propertyNames` repeats, without the name, the error its subschema gave the name.
    if (e.keyword === "if" || e.keyword === "propertyNames") dropped.add(e);
    if (e.keyword !== "oneOf" && e.keyword !== "anyOf") continue;
    const inside = errors.filter((other) => other !== e && isWithin(other, e.instancePath));
    // A value of a kind the node does not take at all: its own type error says it best.
    const ownType = inside.find((t) => t.keyword === "type" && t.parentSchema === e.parentSchema);
    if (ownType !== undefined) {
      for (const other of [e, ...inside]) if (other !== ownType) dropped.add(other);
      continue;
    }
    const branches: unknown[] = Array.isArray(e.schema) ? e.schema : [];
    const matching = branches.filter((branch) => acceptsType(branch, root, e.data));
    if (matching.length === 1) {
      dropped.add(e);
      for (const other of inside) {
        if (other.keyword === "type" && other.instancePath === e.instancePath) dropped.add(other);
      }
    } else {
      for (const other of inside) dropped.add(other);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

function isWithin(e: ErrorObject, pointer: string): boolean {
  return e.instancePath === pointer || e.instancePath.startsWith(`${pointer}/`);
}
