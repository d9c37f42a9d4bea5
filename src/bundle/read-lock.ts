import type { BundleLock } from "./bundle-lock.ts";
import { validateLockDocument as validate } from "./validate-lock-document.generated.ts";

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
