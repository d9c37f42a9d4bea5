import type { SourceLocation } from "../diagnostics.ts";
import type { EngineTarget, LoadedOverlay } from "../overlay/index.ts";
import type { CreateRequest, RequestKeys } from "../resolve/index.ts";
import type { ContainerState, ImageConfig } from "../spec/index.ts";

/** What a compilation knows of its inputs, to name the one behind each field. */
export interface ProvenanceInputs {
  readonly overlay: LoadedOverlay;
  readonly request: CreateRequest;
  /** The overlay keys behind each request field. */
  readonly keys: RequestKeys;
  /** The container's settings before the request: an image's config or a container's state. */
  readonly base:
    | { readonly kind: "image"; readonly ref: string; readonly config: ImageConfig }
    | { readonly kind: "container"; readonly ref: string; readonly state: ContainerState };
  /** The image, as named for its origins (the overlay's reference, or the container's image). */
  readonly image: string;
  readonly target: EngineTarget;
}

/** The overlay line naming the image or container (its origin's location). */
export function sourceLocation(inputs: ProvenanceInputs): SourceLocation | undefined {
  return inputs.overlay.origins[inputs.overlay.settings.source.kind];
}
