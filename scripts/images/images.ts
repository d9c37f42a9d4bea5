import { readFile } from "node:fs/promises";
import { createImageArchive, sortEntries } from "./image-archive.ts";
import type { ImageArchive, ImageLayer } from "./image-archive.ts";
import type { TarEntry } from "./tar-writer.ts";

/**
 * The example and test images, built from Debian's busybox-static. Their bytes depend only on
 * /bin/busybox, so every machine with the same busybox-static version gets the same image IDs.
 */

export const BUSYBOX_BINARY = "/bin/busybox";

/** Image references the tests and the example bundles use. */
export const IMAGE_NAMES = {
  busybox: "rbc.local/busybox:1",
  app: "rbc.local/app:1",
  nousers: "rbc.local/nousers:1",
} as const;

export type ImageKey = keyof typeof IMAGE_NAMES;

export interface ImageDefinition {
  readonly key: ImageKey;
  readonly name: string;
  readonly archive: ImageArchive;
}

const APPLETS = [
  "sh",
  "echo",
  "cat",
  "ls",
  "id",
  "env",
  "sleep",
  "true",
  "false",
  "printf",
  "httpd",
  "wc",
  "head",
  "tr",
  "grep",
  "mkdir",
  "touch",
];

const PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const PASSWD = [
  "root:x:0:0:root:/root:/bin/sh",
  "daemon:x:1:1::/usr/sbin:/bin/false",
  "alice:x:1000:1000:Alice:/home/alice:/bin/sh",
  "bob:x:1001:100::/home/bob:/bin/sh",
  "nobody:x:65534:65534:nobody:/nonexistent:/bin/false",
];

const GROUP = [
  "root:x:0:",
  "daemon:x:1:",
  "users:x:100:bob",
  "audio:x:29:alice,bob",
  "video:x:44:bob",
  "alice:x:1000:",
  "staff:x:50:alice",
  "nogroup:x:65534:",
];

const RUN_SH = `#!/bin/sh
# rbc example app: prints its arguments, then its environment.
for arg in "$@"; do
  printf 'arg: %s\\n' "$arg"
done
env
`;

function lines(values: readonly string[]): string {
  return values.map((line) => `${line}\n`).join("");
}

function busyboxEntries(busybox: Uint8Array): TarEntry[] {
  return [
    { type: "dir", path: "bin" },
    { type: "file", path: "bin/busybox", data: busybox, mode: 0o755 },
    ...APPLETS.map((applet): TarEntry => ({
      type: "symlink",
      path: `bin/${applet}`,
      target: "busybox",
    })),
  ];
}

function baseLayer(busybox: Uint8Array): ImageLayer {
  const entries: TarEntry[] = [
    ...busyboxEntries(busybox),
    { type: "dir", path: "etc" },
    { type: "file", path: "etc/group", data: lines(GROUP) },
    { type: "file", path: "etc/passwd", data: lines(PASSWD) },
    { type: "dir", path: "home" },
    { type: "dir", path: "home/alice", uid: 1000, gid: 1000 },
    { type: "dir", path: "root", mode: 0o700 },
    { type: "dir", path: "tmp", mode: 0o1777 },
    { type: "dir", path: "var" },
    { type: "dir", path: "var/www" },
    { type: "file", path: "var/www/index.html", data: "hello from rbc\n" },
  ];
  return { entries: sortEntries(entries), createdBy: "rbc scripts/images: busybox base" };
}

const APP_LAYER: ImageLayer = {
  entries: sortEntries([
    { type: "dir", path: "app" },
    { type: "file", path: "app/run.sh", data: RUN_SH, mode: 0o755 },
  ]),
  createdBy: "rbc scripts/images: /app/run.sh",
};

/** Builds all image archives in memory from the host's busybox-static binary. */
export async function defineImages(): Promise<ImageDefinition[]> {
  const busybox = await readFile(BUSYBOX_BINARY);
  const base = baseLayer(busybox);
  const define = (key: ImageKey, archive: ImageArchive): ImageDefinition => ({
    key,
    name: IMAGE_NAMES[key],
    archive,
  });
  return [
    define(
      "busybox",
      createImageArchive({
        repoTags: [IMAGE_NAMES.busybox],
        config: { Env: [PATH_ENV], Cmd: ["sh"] },
        layers: [base],
      }),
    ),
    define(
      "app",
      createImageArchive({
        repoTags: [IMAGE_NAMES.app],
        config: {
          User: "alice",
          ExposedPorts: { "8080/tcp": {} },
          Env: [PATH_ENV, "APP_MODE=production", "GREETING=hello world"],
          Entrypoint: ["/bin/sh", "/app/run.sh"],
          Cmd: ["default-arg"],
          Volumes: { "/data": {} },
          WorkingDir: "/app",
          Labels: { "org.opencontainers.image.title": "rbc app", tier: "demo" },
          StopSignal: "SIGQUIT",
        },
        layers: [base, APP_LAYER],
      }),
    ),
    define(
      "nousers",
      createImageArchive({
        repoTags: [IMAGE_NAMES.nousers],
        config: { Env: [PATH_ENV], Cmd: ["sh"] },
        layers: [
          {
            entries: sortEntries(busyboxEntries(busybox)),
            createdBy: "rbc scripts/images: busybox only",
          },
        ],
      }),
    ),
  ];
}
