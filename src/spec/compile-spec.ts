import { error, type Diagnostic } from "../diagnostics.ts";
import { InternalError } from "../errors/index.ts";
import type { JsonPatchOperation } from "../overlay/index.ts";
import { applyPatches } from "./apply-patches.ts";
import { buildSpec, type SpecInput } from "./build-spec.ts";
import type { OciSpec } from "./oci-types.ts";
import { validateSpec } from "./validate-spec.ts";

/** A compiled config.json: the spec rbc generated, and what the overlay's patches made of it. */
export interface CompiledSpec {
  /** The spec as generated, before patches. */
  readonly generated: OciSpec;
  /** What config.json holds: the generated spec with the patches applied. */
  readonly spec: unknown;
}

/**
 * The config.json for a resolved container: the generated spec (buildSpec), then the overlay's
 * JSON patches, last, and a check that the result is still a valid runtime config. Warnings of
 * generation come back with the value; errors of either step come back without it.
 */
export function compileSpec(
  input: SpecInput,
  patches: readonly JsonPatchOperation[],
): { readonly value?: CompiledSpec; readonly diagnostics: readonly Diagnostic[] } {
  const built = buildSpec(input);
  if (built.value === undefined) return { diagnostics: built.diagnostics };
  const patched = patchSpec(built.value, patches);
  if ("diagnostics" in patched) return { diagnostics: patched.diagnostics };
  return { value: { generated: built.value, spec: patched.spec }, diagnostics: built.diagnostics };
}

function patchSpec(
  spec: OciSpec,
  patches: readonly JsonPatchOperation[],
): { spec: unknown } | { diagnostics: Diagnostic[] } {
  if (patches.length === 0) {
    const problems = validateSpec(spec);
    // Without patches, an invalid spec is rbc's own mistake, never the user's.
    if (problems.length > 0)
      throw new InternalError(`generated an invalid config.json: ${problems.join("; ")}`);
    return { spec };
  }
  const patched = applyPatches(spec, patches);
  if ("failed" in patched) {
    const key = `patches[${patched.failed}]`;
    return { diagnostics: [error("SPC501", `patch does not apply: ${patched.reason}`, { key })] };
  }
  const problems = validateSpec(patched.value);
  if (problems.length === 0) return { spec: patched.value };
  return {
    diagnostics: problems.map((p) =>
      error("SPC504", `patched config.json is not a valid runtime config: ${p}`, {
        key: "patches",
      }),
    ),
  };
}
