import { RUN_ENVIRONMENT_ANNOTATION } from "../contract/index.ts";
import type { SpecCause, SpecCauses } from "../spec/index.ts";
import type { Origin } from "./origin.ts";
import { sourceLocation, type ProvenanceInputs } from "./provenance-inputs.ts";
import { stateOrigins, targetRule } from "./state-origins.ts";

/** The origins of one field: the pointer they were recorded at (the field or one above it). */
export interface FieldOrigins {
  readonly recordedAt: string;
  readonly origins: readonly Origin[];
}

/** Which input decided each field of a compiled config.json. */
export interface SpecProvenance {
  /** The origins of the field at `pointer`: those recorded at it, or at the nearest field above. */
  readonly originsOf: (pointer: string) => FieldOrigins | undefined;
}

/**
 * The provenance of a compilation: the causes spec generation and the patches recorded, each state
 * field resolved to the input that set it (stateOrigins).
 */
export function specProvenance(causes: SpecCauses, inputs: ProvenanceInputs): SpecProvenance {
  const resolved = new Map<string, Origin[]>();
  for (const [pointer, list] of causes) {
    resolved.set(pointer, dedupe(list.flatMap((cause) => causeOrigins(cause, inputs))));
  }
  return {
    originsOf: (pointer) => {
      for (let at: string | undefined = pointer; at !== undefined; at = parentPointer(at)) {
        const origins = resolved.get(at);
        if (origins !== undefined) return { recordedAt: at, origins };
      }
      return undefined;
    },
  };
}

function causeOrigins(cause: SpecCause, inputs: ProvenanceInputs): Origin[] {
  if ("state" in cause) return stateOrigins(cause, inputs);
  if ("rule" in cause) return [targetRule(cause.rule, inputs)];
  if ("rbc" in cause) {
    const { rbc, source } = cause;
    return [{ kind: "rbc", convention: rbc, ...(source === undefined ? {} : { source }) }];
  }
  if ("patch" in cause) return [patchOrigin(cause.patch, inputs)];
  if ("image" in cause) {
    const location = sourceLocation(inputs);
    return [
      { kind: "image", key: cause.image, image: inputs.image, ...(location && { location }) },
    ];
  }
  return [overlayOrigin(cause.overlay, inputs)];
}

function patchOrigin(index: number, inputs: ProvenanceInputs): Origin {
  const op = inputs.overlay.settings.patches?.[index];
  const origins = inputs.overlay.origins;
  const location = origins[`patches[${index}]`] ?? origins["patches"];
  return {
    kind: "patch",
    index,
    op: op?.op ?? "?",
    path: op?.path ?? "?",
    ...(location && { location }),
  };
}

/**
 * An overlay key the spec reads directly: an `annotations` entry, or the run-time environment
 * rbc records as an annotation (from `environment` templates and `env_file`).
 */
function overlayOrigin(key: string, inputs: ProvenanceInputs): Origin {
  const origins = inputs.overlay.origins;
  const run = key === `annotations.${RUN_ENVIRONMENT_ANNOTATION}`;
  const candidates = run ? ["env_file", "environment"] : [key, "annotations"];
  const found = candidates.find((k) => origins[k] !== undefined);
  const location = found === undefined ? undefined : origins[found];
  if (found === undefined || location === undefined) {
    return { kind: "unknown", what: `the overlay's ${key}` };
  }
  return { kind: "overlay", key: found, location };
}

/** `/a/b` → `/a`, `/a` → ``, `` → undefined. */
function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

function dedupe(origins: readonly Origin[]): Origin[] {
  const seen = new Set<string>();
  return origins.filter((o) => {
    const key = JSON.stringify(o);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
