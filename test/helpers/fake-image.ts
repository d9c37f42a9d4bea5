import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXED_CREATED } from "../../scripts/images/image-archive.ts";
import {
  FIXED_MTIME,
  createImageArchive,
  createTar,
  sortEntries,
  type TarEntry,
} from "../support/tar.ts";
import type { ContainerRecording, ImageRecording } from "./fake-engine.ts";
import { recordingsDir } from "./fake-engine.ts";

/** What rbc reads from an image's files to resolve users and groups. */
const userFiles = ["/etc/passwd", "/etc/group"] as const;

export interface FakeImageInput {
  readonly ref: string;
  /** The image's runtime config, Docker's field names (`Env`, `Cmd`, `User`, …). */
  readonly config: Readonly<Record<string, unknown>>;
  /** Each layer's entries, lowest first. */
  readonly layers: readonly (readonly TarEntry[])[];
}

/**
 * An image built in memory for fakeEngine: a `docker save` archive (manifest.json, config blob,
 * layer tars) and inspect data consistent with it (Id = sha256 of the config blob, RootFS layers
 * = the layers' diff_ids), with `/etc/passwd` and `/etc/group` read from its layers.
 */
export function fakeImage(input: FakeImageInput): ImageRecording {
  const layers = input.layers.map((entries) => sortEntries(entries));
  const archive = createImageArchive({
    repoTags: [input.ref],
    config: input.config,
    layers: layers.map((entries, index) => ({ entries, createdBy: `layer ${index}` })),
  });
  // The layer tars exactly as createImageArchive writes them: their digests are the diff_ids.
  const diffIds = layers.map(
    (entries) =>
      `sha256:${createHash("sha256")
        .update(createTar(entries, { mtime: FIXED_MTIME }))
        .digest("hex")}`,
  );
  const inspect = {
    Id: archive.id,
    RepoTags: [input.ref],
    RepoDigests: [],
    Created: FIXED_CREATED,
    Os: "linux",
    Architecture: "amd64",
    Config: input.config,
    RootFS: { Type: "layers", Layers: diffIds },
  };
  return {
    ref: input.ref,
    inspect,
    files: userFilesOf(input.layers.flat()),
    archive: archive.bytes,
  };
}

export interface FakeContainerInput {
  readonly name: string;
  readonly id: string;
  readonly image: ImageRecording;
  /** Overrides of the recorded container's `Config` (`Env`, `Cmd`, `Hostname`, …). */
  readonly config?: Readonly<Record<string, unknown>>;
  /** Overrides of the recorded container's `HostConfig` (`PortBindings`, …). */
  readonly hostConfig?: Readonly<Record<string, unknown>>;
  /** The container's filesystem (its image's files, changed or not). */
  readonly entries: readonly TarEntry[];
}

/**
 * A container for fakeEngine, from the recorded `docker inspect` of a plain `docker create`
 * (test/fixtures/docker/containers/rbc-fixture-donor.json) with its id, name, image and config
 * replaced; `docker export` serves its entries.
 */
export function fakeContainer(input: FakeContainerInput): ContainerRecording {
  const recorded = JSON.parse(
    readFileSync(join(recordingsDir, "containers/rbc-fixture-donor.json"), "utf8"),
  ) as Record<string, unknown> & {
    Config: Record<string, unknown>;
    HostConfig: Record<string, unknown>;
  };
  const image = input.image.inspect as { Id: string };
  const entries = input.entries;
  return {
    inspect: {
      ...recorded,
      Id: input.id,
      Name: `/${input.name}`,
      Image: image.Id,
      Config: { ...recorded.Config, Image: input.image.ref, ...input.config },
      HostConfig: { ...recorded.HostConfig, ...input.hostConfig },
    },
    files: userFilesOf(entries),
    export: createTar(sortEntries(entries), { mtime: FIXED_MTIME }),
  };
}

/** The user files among entries (a later entry replaces an earlier one, as a higher layer does). */
function userFilesOf(entries: readonly TarEntry[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const path = `/${entry.path.replace(/^\.?\/+/, "")}`;
    if (entry.type === "file" && (userFiles as readonly string[]).includes(path)) {
      files[path] =
        typeof entry.data === "string" ? entry.data : Buffer.from(entry.data).toString("utf8");
    }
  }
  return files;
}
