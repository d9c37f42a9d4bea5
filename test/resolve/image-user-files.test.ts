import { describe, expect, it } from "vitest";
import { imageManifest, scanImageArchive } from "../../src/rootfs/index.ts";
import { USER_FILES_KEPT, userFileReader } from "../../src/resolve/image-user-files.ts";
import type { ReadUserFile } from "../../src/resolve/user-lookup.ts";
import { createImageArchive, type TarEntry } from "../support/tar.ts";
import { chunked } from "../rootfs/stream-helpers.ts";

const PASSWD = "root:x:0:0:root:/root:/bin/sh\n";
const GROUP = "root:x:0:\n";
const etc: TarEntry[] = [
  { type: "dir", path: "etc/" },
  { type: "file", path: "etc/passwd", data: PASSWD },
  { type: "file", path: "etc/group", data: GROUP },
];

/** The image's read as describe-rootfs.ts makes it: final entries and the kept files. */
async function read(...layers: TarEntry[][]) {
  const archive = createImageArchive({
    repoTags: ["rbc.test/users:1"],
    config: {},
    layers: layers.map((entries, index) => ({ entries, createdBy: `layer ${index}` })),
  });
  const scan = await scanImageArchive(chunked(archive.bytes, 4096), { keep: USER_FILES_KEPT });
  const { entries } = imageManifest(scan);
  return { entries, files: scan.layers.flatMap((layer) => layer.files) };
}

/** What `reader` serves of both files: the text, or null for an absent file. */
async function served(reader: ReadUserFile | undefined): Promise<(string | null)[] | undefined> {
  if (reader === undefined) return undefined;
  const texts: (string | null)[] = [];
  for (const path of ["/etc/passwd", "/etc/group"]) {
    let text: string | null = null;
    await reader(path, async ({ body }) => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body) chunks.push(chunk);
      text = Buffer.concat(chunks).toString();
    });
    texts.push(text);
  }
  return texts;
}

describe("userFileReader", () => {
  it("serves the final tree's files: the topmost layer's, none where a whiteout removed them", async () => {
    expect(await served(userFileReader(await read(etc)))).toEqual([PASSWD, GROUP]);
    const upper: TarEntry[] = [
      { type: "dir", path: "etc/" },
      { type: "file", path: "etc/passwd", data: "alice:x:1000:1000\n" },
      { type: "file", path: "etc/.wh.group", data: "" },
    ];
    expect(await served(userFileReader(await read(etc, upper)))).toEqual([
      "alice:x:1000:1000\n",
      null,
    ]);
  });

  it("serves no file for an image without /etc", async () => {
    const image = await read([{ type: "file", path: "hello", data: "hi" }]);
    expect(await served(userFileReader(image))).toEqual([null, null]);
  });

  it("leaves to the probe what the tree does not settle", async () => {
    const cases: TarEntry[][] = [
      // A symbolic link Docker follows inside the container.
      [
        { type: "dir", path: "etc/" },
        { type: "file", path: "etc/group", data: GROUP },
        { type: "file", path: "passwd", data: PASSWD },
        { type: "symlink", path: "etc/passwd", target: "/passwd" },
      ],
      // /etc itself a symbolic link.
      [
        { type: "dir", path: "private/" },
        { type: "file", path: "private/passwd", data: PASSWD },
        { type: "symlink", path: "etc", target: "private" },
      ],
      // No regular file.
      [{ type: "dir", path: "etc/passwd/" }],
      // Over the size the read keeps.
      [
        { type: "dir", path: "etc/" },
        { type: "file", path: "etc/passwd", data: "#".repeat(USER_FILES_KEPT.maxBytes + 1) },
      ],
    ];
    for (const entries of cases) {
      expect(userFileReader(await read(entries))).toBeUndefined();
    }
  });
});
