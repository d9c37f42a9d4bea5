import type { JsonPatchOperation } from "./types.ts";

/** An overlay file as written, once it matches schemas/bundle.schema.json (before normalization). */
export interface OverlayDocument {
  readonly image?: string;
  readonly container?: string;
  readonly extends?: string | readonly string[];
  readonly command?: string | readonly string[];
  readonly entrypoint?: string | readonly string[];
  readonly environment?:
    Readonly<Record<string, string | number | boolean | null>> | readonly string[];
  readonly user?: string;
  readonly working_dir?: string;
  readonly hostname?: string;
  readonly domainname?: string;
  readonly tty?: boolean;
  readonly read_only?: boolean;
  readonly privileged?: boolean;
  readonly cap_add?: readonly string[];
  readonly cap_drop?: readonly string[];
  readonly volumes?: readonly string[];
  readonly tmpfs?: string | readonly string[];
  readonly labels?: Readonly<Record<string, string>> | readonly string[];
  readonly patches?: readonly PatchDocument[];
}

/** A patch operation as written: the schema guarantees `value` or `from` where the op needs one. */
export interface PatchDocument {
  readonly op: JsonPatchOperation["op"];
  readonly path: string;
  readonly value?: unknown;
  readonly from?: string;
}
