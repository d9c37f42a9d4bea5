/**
 * Provenance (pure): which input decided each field of a compiled config.json — an overlay key (in
 * the bundle's file or a base file), a patch, the image's config, a `container:` source's settings,
 * the target engine's defaults or rbc's own conventions. Spec generation records what decided
 * each field as it builds it (spec/spec-recorder.ts); this resolves those records against the
 * compilation's inputs. Drift reports, annotations, watch summaries and `rbc explain` use it.
 */
export { describeOrigin, originLocation } from "./origin.ts";
export type { Origin } from "./origin.ts";
export type { ProvenanceInputs } from "./provenance-inputs.ts";
export { specProvenance } from "./spec-provenance.ts";
export type { FieldOrigins, SpecProvenance } from "./spec-provenance.ts";
export { leafPointers } from "./leaf-pointers.ts";
export { explainFields, sectionOf, valueAt } from "./explain-fields.ts";
export type { ExplainedField } from "./explain-fields.ts";
