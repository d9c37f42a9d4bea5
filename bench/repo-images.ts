import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createImageArchive,
  FIXED_CREATED,
  FIXED_MTIME,
  sha256Hex,
  sortEntries,
} from "../scripts/images/image-archive.ts";
import type { ImageArchive, ImageLayer } from "../scripts/images/image-archive.ts";
import { createTar } from "../scripts/images/tar-writer.ts";
import type { TarEntry } from "../scripts/images/tar-writer.ts";
import { runTimed } from "./run-timed.ts";

/**
 * The repository benchmark's ten images, all local and deterministic (no registry):
 * - `debian`: the manifest benchmark's rbc.local/bench-debian:1 (207.8 MiB, made by
 *   make-debian-image.sh when missing), tagged again under this run's name;
 * - `debian-app`: that image plus one small layer, so the two big images share their base layer;
 * - `small-1` … `small-8`: busybox-sized images from Debian's busybox-static, one shared base
 *   layer and one layer of their own each.
 * Plus `small-1`'s next version (one more layer), which the retag step moves `small-1`'s tag to.
 * Every name carries this run's suffix, so concurrent runs never move each other's tags; the ids
 * do not depend on it (a tag is not part of an image's config).
 */

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";
const DEBIAN_SOURCE = "rbc.local/bench-debian:1";
const MAKE_DEBIAN = fileURLToPath(new URL("make-debian-image.sh", import.meta.url));
const BUSYBOX = "/bin/busybox";
const PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const SMALL_COUNT = 8;

/** One image the bundles use, and what a bundle on it may set. */
export interface BenchImage {
  readonly ref: string;
  readonly id: string;
  readonly bytes: number;
  /** Users its /etc/passwd holds, for the bundles' `user`. */
  readonly users: readonly string[];
  readonly command: readonly string[];
  /** The port its command listens on. */
  readonly port: number;
}

export interface BenchImages {
  /** In the bundles' round-robin order: the two big ones first. */
  readonly images: readonly BenchImage[];
  /** The image the retag step moves, and the id it moves to (already loaded, tagged `nextRef`). */
  readonly retag: { readonly image: BenchImage; readonly nextRef: string; readonly nextId: string };
}

/** Every tag a run with this suffix creates, in the bundles' round-robin order, then the next. */
export function benchRefs(suffix: string): string[] {
  const small = Array.from(
    { length: SMALL_COUNT },
    (_, index) => `rbc.local/bench-repo-small-${index + 1}:${suffix}`,
  );
  return [
    `rbc.local/bench-repo-debian:${suffix}`,
    `rbc.local/bench-repo-debian-app:${suffix}`,
    ...small,
    `rbc.local/bench-repo-small-1-next:${suffix}`,
  ];
}

/** Loads (or tags) the images under names ending in `suffix`; `scratch` holds the tarballs. */
export async function prepareImages(suffix: string, scratch: string): Promise<BenchImages> {
  const [debianRef = "", appRef = "", ...rest] = benchRefs(suffix);
  const smallRefs = rest.slice(0, SMALL_COUNT);
  const nextRef = rest[SMALL_COUNT] ?? "";
  await ensureDebian();
  await runTimed(DOCKER, ["tag", DEBIAN_SOURCE, debianRef]);
  const debian = await described(debianRef, {
    users: ["www-data", "nobody", "daemon"],
    command: ["nginx", "-g", "daemon off;"],
    port: 80,
  });
  await load(scratch, await derivedArchive(debianRef, appRef));
  const app = await described(appRef, {
    users: ["www-data", "nobody"],
    command: ["nginx", "-g", "daemon off;"],
    port: 8080,
  });
  const busybox = await readFile(BUSYBOX);
  const small: BenchImage[] = [];
  for (const [index, ref] of smallRefs.entries()) {
    await load(scratch, smallArchive(busybox, index + 1, ref, false));
    small.push(await described(ref, smallTraits(index + 1)));
  }
  const first = small[0] as BenchImage;
  const nextId = await load(scratch, smallArchive(busybox, 1, nextRef, true));
  return { images: [debian, app, ...small], retag: { image: first, nextRef, nextId } };
}

/** Moves the retagged image's tag to its next version, or back (`restore`). */
export async function moveRetagged(images: BenchImages, restore: boolean): Promise<void> {
  const { image, nextId } = images.retag;
  await runTimed(DOCKER, ["tag", restore ? image.id : nextId, image.ref]);
}

/** Removes this run's tags (the images, once no other tag names them). */
export async function removeImages(refs: readonly string[]): Promise<void> {
  for (const ref of refs) await runTimed(DOCKER, ["rmi", ref]).catch(() => undefined);
}

async function ensureDebian(): Promise<void> {
  const found = await runTimed(DOCKER, ["image", "inspect", DEBIAN_SOURCE]).then(
    () => true,
    () => false,
  );
  if (found) return;
  process.stderr.write(`repo-bench: ${DEBIAN_SOURCE} missing: bash ${MAKE_DEBIAN} (about 1 min)\n`);
  await runTimed("bash", [MAKE_DEBIAN, DEBIAN_SOURCE]);
}

async function described(
  ref: string,
  traits: Pick<BenchImage, "users" | "command" | "port">,
): Promise<BenchImage> {
  const format = "{{.Id}} {{.Size}}";
  const answer = (await runTimed(DOCKER, ["image", "inspect", `--format=${format}`, ref])).stdout;
  const [id = "", size = ""] = answer.trim().split(" ");
  return { ref, id, bytes: Number(size), ...traits };
}

async function load(scratch: string, archive: ImageArchive): Promise<string> {
  const file = join(scratch, `${archive.id.slice("sha256:".length)}.tar`);
  await writeFile(file, archive.bytes);
  await runTimed(DOCKER, ["load", "--quiet", "--input", file]);
  return archive.id;
}

/**
 * A `docker save`-format archive of `base` plus one small layer, without the base's layers:
 * `docker load` takes a layer the engine already holds (by chain id) from its layer store and
 * never opens its file (moby image/tarexport/load.go, in the classic image store of Engine 20.10
 * this project runs). So the big image is derived in milliseconds, with no container and no
 * `docker commit` (whose `created` would change the id on every run).
 */
async function derivedArchive(base: string, ref: string): Promise<ImageArchive> {
  const format = "{{json .RootFS.Layers}}";
  const inspected = (await runTimed(DOCKER, ["image", "inspect", `--format=${format}`, base]))
    .stdout;
  const baseDiffIds = JSON.parse(inspected) as string[];
  const entries: TarEntry[] = [
    { type: "dir", path: "etc" },
    { type: "dir", path: "etc/nginx" },
    { type: "dir", path: "etc/nginx/conf.d" },
    {
      type: "file",
      path: "etc/nginx/conf.d/bench.conf",
      data: "server { listen 8080; root /srv/www; }\n",
    },
    { type: "dir", path: "srv" },
    { type: "dir", path: "srv/www" },
    { type: "file", path: "srv/www/index.html", data: "rbc repository benchmark\n" },
  ];
  const layer = createTar(entries, { mtime: FIXED_MTIME });
  const layerHex = sha256Hex(layer);
  const history = [...baseDiffIds, layerHex].map((_, index) => ({
    created: FIXED_CREATED,
    created_by: index < baseDiffIds.length ? `${base} layer ${index}` : "rbc bench: /srv/www",
  }));
  const config = Buffer.from(
    JSON.stringify({
      architecture: "amd64",
      config: {
        Env: [PATH_ENV],
        Cmd: ["nginx", "-g", "daemon off;"],
        ExposedPorts: { "8080/tcp": {} },
        WorkingDir: "/srv/www",
      },
      created: FIXED_CREATED,
      history,
      os: "linux",
      rootfs: { type: "layers", diff_ids: [...baseDiffIds, `sha256:${layerHex}`] },
    }),
  );
  const configHex = sha256Hex(config);
  const layers = [...baseDiffIds.map((id) => id.slice("sha256:".length)), layerHex];
  const manifest = [
    {
      Config: `${configHex}.json`,
      RepoTags: [ref],
      Layers: layers.map((hex) => `${hex}/layer.tar`),
    },
  ];
  const archive: TarEntry[] = [
    { type: "file", path: `${configHex}.json`, data: config },
    { type: "dir", path: `${layerHex}/` },
    { type: "file", path: `${layerHex}/layer.tar`, data: layer },
    { type: "file", path: "manifest.json", data: JSON.stringify(manifest) },
  ];
  return {
    id: `sha256:${configHex}`,
    bytes: createTar(sortEntries(archive), { mtime: FIXED_MTIME }),
  };
}

function smallTraits(k: number): Pick<BenchImage, "users" | "command" | "port"> {
  const port = 8000 + k;
  return {
    users: ["app", "www", "nobody", "1000:1000"],
    command: ["httpd", "-f", "-p", String(port), "-h", `/srv/app-${k}`],
    port,
  };
}

/** Small image `k`: the shared busybox layer and one of its own (`next`: plus one more). */
function smallArchive(busybox: Uint8Array, k: number, ref: string, next: boolean): ImageArchive {
  const own: ImageLayer = {
    entries: sortEntries([
      { type: "dir", path: "srv" },
      { type: "dir", path: `srv/app-${k}`, uid: 1000, gid: 1000 },
      { type: "file", path: `srv/app-${k}/index.html`, data: `service ${k}\n` },
      { type: "file", path: `etc/app-${k}.conf`, data: `name=app-${k}\nworkers=${k}\n` },
    ]),
    createdBy: `rbc bench: app ${k}`,
  };
  const release: ImageLayer = {
    entries: [{ type: "file", path: `srv/app-${k}/VERSION`, data: "2\n" }],
    createdBy: `rbc bench: app ${k} release 2`,
  };
  const port = smallTraits(k).port;
  return createImageArchive({
    repoTags: [ref],
    config: {
      Env: [PATH_ENV, `APP_ID=${k}`],
      Cmd: smallTraits(k).command,
      ExposedPorts: { [`${port}/tcp`]: {} },
      WorkingDir: `/srv/app-${k}`,
      ...(k % 2 === 0 ? { User: "app" } : {}),
    },
    layers: [busyboxLayer(busybox), own, ...(next ? [release] : [])],
  });
}

function busyboxLayer(busybox: Uint8Array): ImageLayer {
  const applets = ["sh", "cat", "echo", "env", "httpd", "id", "ls", "sleep", "true"];
  const lines = (values: readonly string[]) => values.map((line) => `${line}\n`).join("");
  const entries: TarEntry[] = [
    { type: "dir", path: "bin" },
    { type: "file", path: "bin/busybox", data: busybox, mode: 0o755 },
    ...applets.map((name): TarEntry => ({
      type: "symlink",
      path: `bin/${name}`,
      target: "busybox",
    })),
    { type: "dir", path: "etc" },
    {
      type: "file",
      path: "etc/passwd",
      data: lines([
        "root:x:0:0:root:/root:/bin/sh",
        "app:x:1000:1000:app:/srv:/bin/sh",
        "www:x:1001:1001:www:/srv:/bin/false",
        "nobody:x:65534:65534:nobody:/nonexistent:/bin/false",
      ]),
    },
    {
      type: "file",
      path: "etc/group",
      data: lines(["root:x:0:", "app:x:1000:", "www:x:1001:app", "nogroup:x:65534:"]),
    },
    { type: "dir", path: "tmp", mode: 0o1777 },
  ];
  return { entries: sortEntries(entries), createdBy: "rbc bench: busybox base" };
}
