import type { SourceLocation } from "../diagnostics.ts";

/**
 * The input that decided a field of config.json. `location` is the overlay line to point a
 * reviewer at: the key itself, the patch, the line naming the image or container, the `target`
 * line (for a target's default, when the overlay sets one).
 */
export type Origin =
  | {
      /** An overlay key, in the bundle's file or the base file of its `extends` chain that sets it. */
      readonly kind: "overlay";
      readonly key: string;
      readonly location: SourceLocation;
    }
  | {
      readonly kind: "patch";
      /** The patch's index in the merged `patches` list. */
      readonly index: number;
      readonly op: string;
      readonly path: string;
      readonly location?: SourceLocation;
    }
  | {
      /** The image's config: `Env[0]`, `User`, `Entrypoint`, `Volumes["/data"]`, `Os`, … */
      readonly kind: "image";
      readonly key: string;
      /** The image reference the overlay names (or the container's image). */
      readonly image: string;
      readonly location?: SourceLocation;
    }
  | {
      /** A `container:` source's own settings: `HostConfig.Memory`, `Config.Env[2]`, … */
      readonly kind: "container";
      readonly key: string;
      readonly container: string;
      readonly location?: SourceLocation;
    }
  | {
      /** What the target engine does when nothing asks otherwise, with the Docker rule. */
      readonly kind: "engine-default";
      readonly target: string;
      readonly rule: string;
      readonly location?: SourceLocation;
    }
  | {
      /** rbc's own bundle conventions (the rootfs path, the hooks, the cgroup's name, …). */
      readonly kind: "rbc";
      /** The convention in words (what `rbc explain` prints). */
      readonly convention: string;
      /** Where rbc implements it, for `--json` readers: `contract/rootfs-layout.ts`. */
      readonly source?: string;
    }
  | {
      /** A gap in rbc's records (a bug): what it could not place. */
      readonly kind: "unknown";
      readonly what: string;
    };

/** One line for an origin: `bundle.yaml:7 cpus`, `image config Env[0] (rbc.local/app:1)`. */
export function describeOrigin(origin: Origin): string {
  switch (origin.kind) {
    case "overlay":
      return `${at(origin.location)} ${origin.key}`;
    case "patch": {
      const where = origin.location === undefined ? "" : `${at(origin.location)} `;
      return `${where}patches[${origin.index}] (${origin.op} ${origin.path})`;
    }
    case "image":
      return `image config ${origin.key} (${origin.image})`;
    case "container":
      return `container ${origin.key} (${origin.container})`;
    case "engine-default":
      return `engine default (${origin.target}): ${origin.rule}`;
    case "rbc":
      return `rbc convention: ${origin.convention}`;
    case "unknown":
      return `unknown (${origin.what})`;
  }
}

/** The overlay line an origin points at, if any (rbc's conventions have none). */
export function originLocation(origin: Origin): SourceLocation | undefined {
  return origin.kind === "rbc" || origin.kind === "unknown" ? undefined : origin.location;
}

function at(location: SourceLocation): string {
  return `${location.file}:${location.line}`;
}
