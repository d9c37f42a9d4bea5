import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOverlay, OVERLAY_FILE_MAX_BYTES } from "../../src/overlay/index.ts";
import { formatAll } from "./overlay-builders.ts";

const shadow = "root:$6$c2VjcmV0$aGFzaGhhc2g:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n";

/**
 * What loadOverlay reads: regular files of at most 4 MiB, never blocking on a fifo; and what it
 * shows of a base: nothing of a file outside the checkout or of a file that is not an overlay.
 */
describe("loadOverlay with hostile paths", () => {
  let dir: string;
  /** A checkout (it has .git) with bundles/web extending `reference`. */
  const bundle = async (name: string, overlay: string): Promise<string> => {
    const bundleDir = join(dir, "checkout", "bundles", name);
    await mkdir(bundleDir, { recursive: true });
    await writeFile(join(bundleDir, "bundle.yaml"), overlay);
    return bundleDir;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rbc-bounded-"));
    await mkdir(join(dir, "checkout", ".git"), { recursive: true });
    execFileSync("mkfifo", [join(dir, "fifo")]);
    await writeFile(join(dir, "big.yaml"), `image: a\n#${"x".repeat(OVERLAY_FILE_MAX_BYTES)}\n`);
    await writeFile(join(dir, "shadow"), shadow);
    await writeFile(join(dir, "outside.yaml"), "image: a\nmem_limit: lots-of-$6$secret\n");
    await writeFile(join(dir, "checkout", "creds.yaml"), "API_TOKEN: s3cr3t-value\n");
    await writeFile(join(dir, "checkout", "typo.yaml"), "usr: root\n");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("refuses a fifo base at its extends entry, without waiting for a writer", async () => {
    const web = await bundle("fifo", `image: a\nextends: ${join(dir, "fifo")}\n`);
    const result = await loadOverlay(web);
    expect(formatAll(result.diagnostics)).toBe(
      `${join(web, "bundle.yaml")}:2:10: error OVL102: cannot read ${join(dir, "fifo")}: not a regular file (a fifo)`,
    );
  });

  it("refuses a device base (/dev/zero) and a fifo bundle.yaml", async () => {
    const zero = await bundle("zero", "image: a\nextends: /dev/zero\n");
    expect(formatAll((await loadOverlay(zero)).diagnostics)).toContain(
      "error OVL102: cannot read /dev/zero: not a regular file (a character device)",
    );
    const fifoDir = join(dir, "checkout", "bundles", "fifo-overlay");
    await mkdir(fifoDir);
    execFileSync("mkfifo", [join(fifoDir, "bundle.yaml")]);
    expect(formatAll((await loadOverlay(fifoDir)).diagnostics)).toBe(
      `error OVL102: cannot read ${join(fifoDir, "bundle.yaml")}: not a regular file (a fifo)`,
    );
  });

  it("refuses an overlay that is not valid UTF-8 instead of reading U+FFFD into a setting", async () => {
    const web = await bundle("latin1", "");
    // `hostname: café` in ISO 8859-1: 0xE9 is no UTF-8 sequence.
    await writeFile(
      join(web, "bundle.yaml"),
      Buffer.concat([Buffer.from("image: a\nhostname: caf"), Buffer.from([0xe9, 0x0a])]),
    );
    expect(formatAll((await loadOverlay(web)).diagnostics)).toBe(
      `error OVL102: cannot read ${join(web, "bundle.yaml")}: not valid UTF-8 text`,
    );
  });

  it("refuses a base over 4 MiB", async () => {
    const web = await bundle("big", `image: a\nextends: ${join(dir, "big.yaml")}\n`);
    expect(formatAll((await loadOverlay(web)).diagnostics)).toContain(
      `error OVL102: cannot read ${join(dir, "big.yaml")}: larger than 4 MiB`,
    );
  });

  it("shows nothing of a base outside the checkout that is not an overlay", async () => {
    const web = await bundle("shadow", `image: a\nextends: ${join(dir, "shadow")}\n`);
    const text = formatAll((await loadOverlay(web)).diagnostics);
    expect(text).toBe(
      `${join(web, "bundle.yaml")}:2:10: error OVL102: base overlay "${join(dir, "shadow")}" is not an overlay (none of its keys is an overlay setting); its content is not shown (at extends)`,
    );
    expect(text).not.toMatch(/\$6\$|daemon|19000/);
  });

  it("shows nothing of the errors of an overlay outside the checkout", async () => {
    const web = await bundle("outside", `extends: ${join(dir, "outside.yaml")}\n`);
    const text = formatAll((await loadOverlay(web)).diagnostics);
    expect(text).toContain("is not a valid overlay (1 error(s)); it is outside the checkout");
    expect(text).not.toContain("$6$");
  });

  it("shows nothing of a file in the checkout with no overlay setting, but names a typo", async () => {
    const creds = await bundle("creds", "image: a\nextends: ../../creds.yaml\n");
    const text = formatAll((await loadOverlay(creds)).diagnostics);
    expect(text).toBe(
      `${join(creds, "bundle.yaml")}:2:10: error OVL102: base overlay "../../creds.yaml" is not an overlay (none of its keys is an overlay setting); its content is not shown (at extends)`,
    );
    const typo = await bundle("typo", "image: a\nextends: ../../typo.yaml\n");
    expect(formatAll((await loadOverlay(typo)).diagnostics)).toBe(
      `${join(dir, "checkout", "typo.yaml")}:1:1: error OVL201: unknown key "usr"; did you mean "user"? (at usr)`,
    );
  });
});
