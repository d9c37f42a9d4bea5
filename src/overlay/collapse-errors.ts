import type { ErrorObject } from "ajv";
import { acceptsType } from "./describe-schema.ts";

/**
 * Keeps one clear error per problem from ajv's `allErrors` output. A failed `oneOf`/`anyOf` reports
 * every branch; when exactly one branch takes the value's type (a map for `environment`), that
 * branch's own errors explain the problem and the rest is noise. Otherwise the composite error
 * stays alone, to say which forms are allowed. `if` errors only repeat their `then` errors.
 */
export function collapseErrors(errors: readonly ErrorObject[], root: unknown): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword === "if") dropped.add(e);
    if (e.keyword !== "oneOf" && e.keyword !== "anyOf") continue;
    const inside = errors.filter((other) => other !== e && isWithin(other, e.instancePath));
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
