import { error, type Diagnostic } from "../diagnostics.ts";
import { InternalError } from "../errors/index.ts";
import type { JsonPatchOperation } from "../overlay/index.ts";
import { applyPatches } from "./apply-patches.ts";
import { buildSpec, type SpecInput } from "./build-spec.ts";
import { hookNetwork } from "../contract/index.ts";
import type { OciHook, OciHooks, OciNamespace, OciSpec } from "./oci-types.ts";
import type { SpecRecorder } from "./spec-recorder.ts";
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
 * generation come back with the value; errors of either step come back without it. A recorder is
 * told what decided each field, the patches included.
 */
export function compileSpec(
  input: SpecInput,
  patches: readonly JsonPatchOperation[],
  recorder?: SpecRecorder,
): { readonly value?: CompiledSpec; readonly diagnostics: readonly Diagnostic[] } {
  const built = buildSpec(recorder ? { ...input, record: recorder.record } : input);
  if (built.value === undefined) return { diagnostics: built.diagnostics };
  const patched = patchSpec(built.value, patches);
  if ("diagnostics" in patched) return { diagnostics: patched.diagnostics };
  if (recorder) recordPatches(patches, recorder);
  const lost = lostNetworkNamespace(input.state, patched.spec);
  if (lost !== undefined) return { diagnostics: [error("SPC504", lost, { key: "patches" })] };
  const foreign = foreignHooks(built.value.hooks, patched.spec);
  return {
    value: { generated: built.value, spec: patched.spec },
    diagnostics: [...built.diagnostics, ...foreign],
  };
}

/**
 * The create-runtime hook configures the network of the namespace the container runs in, by
 * network mode (contract/hook-command.ts). For `bridge` and `none` that must be the container's
 * own new namespace: a patch that removes it, or points it at an existing one, would have the hook
 * configure the host's (or another process's) network.
 */
function lostNetworkNamespace(state: SpecInput["state"], spec: unknown): string | undefined {
  const network = hookNetwork(state.HostConfig.NetworkMode);
  if (network !== "bridge" && network !== "none") return undefined;
  const namespaces = (spec as { linux?: { namespaces?: unknown } }).linux?.namespaces;
  const entries = Array.isArray(namespaces) ? (namespaces as Partial<OciNamespace>[]) : [];
  const own = entries.filter((ns) => ns.type === "network");
  if (own.length === 1 && own[0]?.path === undefined) return undefined;
  return `network_mode ${network} needs a network namespace of the container's own, but the patched config.json ${own.length === 0 ? "has none" : "joins an existing one"}: the network hooks would configure the namespace rbc runs in`;
}

/**
 * What each patch decided, in order (RFC 6902 applies them so): the field it adds, replaces, copies
 * or moves to is the patch's, what it removes or moves away is gone; an append (`/-`) adds to its
 * list.
 */
function recordPatches(patches: readonly JsonPatchOperation[], recorder: SpecRecorder): void {
  patches.forEach((op, index) => {
    const cause = { patch: index };
    if (op.op === "test") return;
    if (op.op === "remove") {
      recorder.remove(op.path);
      return;
    }
    if (op.op === "move") recorder.remove(op.from);
    if (op.path.endsWith("/-")) recorder.record(op.path.slice(0, -2), cause);
    else recorder.replace(op.path, cause);
  });
}

const hookStages = [
  "prestart",
  "createRuntime",
  "createContainer",
  "startContainer",
  "poststart",
  "poststop",
];

/**
 * A warning for each hook of the patched config.json that rbc did not generate: `rbc run` runs
 * hooks as root on the host, so whoever reviews a bundle must see every one a patch adds.
 */
function foreignHooks(generated: OciHooks, spec: unknown): Diagnostic[] {
  const hooks = (spec as { hooks?: Record<string, unknown> }).hooks ?? {};
  return hookStages.flatMap((stage) => {
    const ours = (generated as Record<string, OciHook[] | undefined>)[stage] ?? [];
    const entries = hooks[stage];
    const list = Array.isArray(entries) ? (entries as OciHook[]) : [];
    return list
      .filter((hook) => !ours.some((own) => JSON.stringify(own) === JSON.stringify(hook)))
      .map((hook) => {
        const command = [hook.path, ...(hook.args ?? []).slice(1)].join(" ");
        const message = `config.json runs a ${stage} hook rbc did not generate, as root on the host under rbc run: ${command}`;
        return { ...error("SPC507", message, { key: "patches" }), severity: "warning" as const };
      });
  });
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
