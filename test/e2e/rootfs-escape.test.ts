import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readlink, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRbc } from "../helpers/run-rbc.ts";
import { removeImage, runDockerChecked } from "../support/docker.ts";
import { END_OF_ARCHIVE, rawEntry, rawImageArchive } from "../support/raw-tar.ts";

/**
 * `rbc rootfs` on an image whose symlinks climb out of the rootfs and whose later entries go
 * through them: it writes what Docker's chrooted applier writes, inside the bundle, and nothing
 * anywhere else. (A layer that writes a file's bytes through such a symlink cannot be loaded and
 * saved again by Docker; hard links and files of a later layer can.)
 */

const run = randomBytes(4).toString("hex");
const IMAGE = `rbc.local/h-escape-${run}:1`;
const ESCAPED = `rbc-escaped-${run}`;

const layer = (...parts: Buffer[]): Buffer => Buffer.concat([...parts, END_OF_ARCHIVE]);
const dir = (name: string): Buffer => rawEntry({ name, typeflag: "5", mode: 0o755 });
const symlink = (name: string, linkname: string): Buffer =>
  rawEntry({ name, typeflag: "2", linkname });
const hardLink = (name: string, linkname: string): Buffer =>
  rawEntry({ name, typeflag: "1", linkname });

const LAYERS = [
  layer(
    dir("etc/"),
    rawEntry({ name: "etc/issue" }, "image issue\n"),
    symlink("link", "/etc/../../.."),
    symlink("up", "../../../.."),
    hardLink("via-link", "link/etc/issue"),
    hardLink("via-up", "up/up/etc/issue"),
    hardLink("climbing", "../../../etc/issue"),
  ),
  // `link` is a symlink of the layer below: this layer makes it a directory.
  layer(rawEntry({ name: `link/${ESCAPED}` }, "inside\n")),
];

/** Every path under `dir` (symlinks not followed), relative to it, but what `skip` names. */
async function listing(dir: string, skip: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => !name.startsWith(skip)).sort();
}

describe("rbc rootfs with symlinks that climb out of the rootfs", () => {
  /** Holds the project and nothing else, so that anything written beside it shows. */
  let sandbox: string;
  let root: string;
  let bundle: string;
  let hostIssueLinks: number;

  beforeAll(async () => {
    await runDockerChecked(["load", "--quiet"], {
      input: rawImageArchive(IMAGE, LAYERS).bytes,
    });
    sandbox = await mkdtemp(join(tmpdir(), "rbc-e2e-escape-"));
    root = join(sandbox, "project");
    bundle = join(root, "bundles/escape");
    await mkdir(bundle, { recursive: true });
    await writeFile(join(bundle, "bundle.yaml"), `image: ${IMAGE}\n`);
    hostIssueLinks = (await stat("/etc/issue")).nlink;
  });

  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
    await removeImage(IMAGE);
  });

  it("materializes inside the bundle what Docker's applier makes, and nothing outside", async () => {
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    const before = await listing(sandbox, "project/bundles/escape/.rootfs");

    const result = await runRbc(["rootfs"], { cwd: root });
    expect(result.stderr).toContain("bundles/escape: rootfs/ materialized and verified");
    expect(result.exitCode).toBe(0);

    const tree = join(bundle, ".rootfs/rootfs");
    const issue = await stat(join(tree, "etc/issue"));
    for (const link of ["via-link", "via-up", "climbing"]) {
      expect((await stat(join(tree, link))).ino, link).toBe(issue.ino);
    }
    expect(await readlink(join(tree, "up"))).toBe("../../../..");
    expect((await lstat(join(tree, "link"))).isDirectory()).toBe(true);
    expect(existsSync(join(tree, "link", ESCAPED))).toBe(true);

    // Nothing changed outside the bundle's .rootfs: the project, beside it, the host.
    expect(await listing(sandbox, "project/bundles/escape/.rootfs")).toEqual(before);
    expect((await stat("/etc/issue")).nlink).toBe(hostIssueLinks);
    for (const outside of ["/", tmpdir(), sandbox, root, bundle]) {
      expect(existsSync(join(outside, ESCAPED)), outside).toBe(false);
    }
    expect((await runRbc(["verify"], { cwd: root })).exitCode).toBe(0);
  });
});
