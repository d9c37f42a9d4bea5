import type { Draft, SourceText } from "./draft.ts";
import type { TargetItem } from "./layer.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import type { CgroupVersion, DockerRelease, TargetSetting } from "./types.ts";

type TargetDocument = NonNullable<OverlayDocument["target"]>;

const dockerReleases: readonly DockerRelease[] = ["20.10", "26.1"];

/**
 * `target` taken apart into its `docker` and `cgroup` fields, so a file can set one and inherit
 * the other from its base (merge.ts). A release written as a YAML number counts as written:
 * `docker: 20.10` is "20.10", though its value is the number 20.1.
 */
export function targetEntries(raw: TargetDocument, sourceText: SourceText): Draft<TargetItem>[] {
  const items: Draft<TargetItem>[] = [];
  if (raw.docker !== undefined) {
    const path = ["target", "docker"];
    const written = typeof raw.docker === "number" ? sourceText(path) : raw.docker;
    const release = dockerReleases.find((known) => known === written);
    items.push(
      release === undefined
        ? {
            path,
            problem: `${String(written ?? raw.docker)} is not a Docker release rbc targets: write "20.10" or "26.1"`,
          }
        : { path, value: { field: "docker", docker: release } },
    );
  }
  if (raw.cgroup !== undefined) {
    items.push({ path: ["target", "cgroup"], value: { field: "cgroup", cgroup: raw.cgroup } });
  }
  return items;
}

/** A field is set once: a later `docker` replaces the earlier one. */
export function targetIdentity(item: TargetItem): string {
  return item.field;
}

/** Origin keys of merged items, after `target`: `.docker`, `.cgroup`. */
export function targetOriginKeys(items: readonly TargetItem[]): string[] {
  return items.map((item) => `.${item.field}`);
}

/** Merged items back into one `target`, `docker` first. */
export function targetSetting(items: readonly TargetItem[]): TargetSetting {
  let docker: DockerRelease | undefined;
  let cgroup: CgroupVersion | undefined;
  for (const item of items) {
    if (item.field === "docker") docker = item.docker;
    else cgroup = item.cgroup;
  }
  return { ...(docker && { docker }), ...(cgroup && { cgroup }) };
}
