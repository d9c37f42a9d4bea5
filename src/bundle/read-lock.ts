import { Ajv } from "ajv";
import lockSchema from "../../schemas/bundle-lock.schema.json" with { type: "json" };
import type { BundleLock } from "./bundle-lock.ts";

const validate = new Ajv({ allErrors: true, strict: true }).compile(lockSchema);

/** A committed bundle.lock, checked against its schema; a message when it is not a valid lock. */
export function readLock(text: string): { lock: BundleLock } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { problem: `not JSON: ${String(cause)}` };
  }
  const valid: boolean = validate(value);
  if (!valid) {
    const first = validate.errors?.[0];
    return { problem: `${first?.instancePath || "/"} ${first?.message ?? "is invalid"}` };
  }
  return { lock: value as BundleLock };
}
