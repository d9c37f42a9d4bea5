import { bundleDirOfState, RUNTIME_BUNDLE_ANNOTATION } from "../contract/index.ts";

/** The container state runc writes to a hook's stdin (runtime-spec runtime.md#state). */
export interface HookState {
  readonly id: string;
  readonly pid: number;
  readonly bundle: string;
}

/** Parses the state JSON; throws a plain message when it is not one (runc shows it). */
export function parseHookState(text: string): HookState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error("expected the OCI container state as JSON on stdin (rbc hook runs from runc)");
  }
  const record = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const { id, pid, bundle, annotations } = record;
  if (typeof id !== "string" || typeof bundle !== "string") {
    throw new Error("the container state on stdin has no id or bundle");
  }
  const own = (annotations ?? {}) as Record<string, unknown>;
  const runtimeOf = own[RUNTIME_BUNDLE_ANNOTATION];
  const known = typeof runtimeOf === "string" ? { [RUNTIME_BUNDLE_ANNOTATION]: runtimeOf } : {};
  // A bundle run from its runtime config.json (run/runtime-bundle.ts) keeps its files at home.
  return {
    id,
    bundle: bundleDirOfState({ id, bundle, annotations: known }),
    pid: typeof pid === "number" ? pid : 0,
  };
}
