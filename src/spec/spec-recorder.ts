/**
 * What decided one field of config.json, as spec generation saw it: a field of the container's
 * state (Docker's names: `HostConfig.NanoCpus`, `Config.Env` with the variable's name as `item`),
 * a rule of the target engine's defaults, one of rbc's own bundle conventions, a field of the image
 * record, an overlay key the spec reads directly (`annotations`), or a patch (its index).
 * provenance/ turns the state fields into the inputs that set them.
 */
export type SpecCause =
  | { readonly state: string; readonly item?: string }
  | { readonly rule: string }
  | {
      /** The convention in words, for users. */
      readonly rbc: string;
      /** Where rbc implements it (a source path), for `--json` readers. */
      readonly source?: string;
    }
  | { readonly image: string }
  | { readonly overlay: string }
  | { readonly patch: number };

/**
 * Told by spec generation, as it builds each field: the field at `pointer` (and what lies below
 * it, unless recorded itself) was decided by `causes`. A field recorded but left out of the spec
 * says what would set it.
 */
export type RecordCause = (pointer: string, ...causes: readonly SpecCause[]) => void;

/** Fed by spec generation as it builds each field, then by the patches as they apply. */
export interface SpecRecorder {
  readonly record: RecordCause;
  /** A patch replaced the field at `pointer`: what was recorded below it no longer holds. */
  readonly replace: (pointer: string, cause: SpecCause) => void;
  /** A patch removed the field at `pointer`. */
  readonly remove: (pointer: string) => void;
}

/** The causes recorded, by JSON pointer. */
export type SpecCauses = ReadonlyMap<string, readonly SpecCause[]>;

/** A recorder and what it holds. */
export function specRecorder(): SpecRecorder & { readonly causes: SpecCauses } {
  const causes = new Map<string, SpecCause[]>();
  const removeBelow = (pointer: string): void => {
    for (const key of [...causes.keys()]) {
      if (key === pointer || key.startsWith(`${pointer}/`)) causes.delete(key);
    }
  };
  return {
    causes,
    record: (pointer, ...more) => {
      const known = causes.get(pointer) ?? [];
      const fresh = more.filter((c) => !known.some((k) => sameCause(k, c)));
      causes.set(pointer, [...known, ...fresh]);
    },
    replace: (pointer, cause) => {
      removeBelow(pointer);
      causes.set(pointer, [cause]);
    },
    remove: removeBelow,
  };
}

/** Records nothing, for callers that want the spec alone. */
export const noRecord: RecordCause = () => undefined;

function sameCause(a: SpecCause, b: SpecCause): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A JSON pointer's reference token (RFC 6901: `~` as `~0`, `/` as `~1`). */
export function pointerToken(name: string | number): string {
  return String(name).replaceAll("~", "~0").replaceAll("/", "~1");
}
