import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commitFiles, completePendingWrite } from "../src/bundle-journal.ts";
import { readBundleFiles, writeBundleFiles } from "../src/bundle/index.ts";

async function bundleDir(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "rbc-journal-")), "web");
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const old = { "config.json": "old config\n", hostname: "old\n" };

describe("writeBundleFiles", () => {
  it("writes what changed, leaves the rest, and leaves no staging behind", async () => {
    const dir = await bundleDir(old);
    const files = new Map([
      ["config.json", "new config\n"],
      ["hostname", "old\n"],
    ]);
    expect(await writeBundleFiles(dir, files)).toEqual(["config.json"]);
    expect(await readFile(join(dir, "config.json"), "utf8")).toBe("new config\n");
    expect((await readdir(dir)).sort()).toEqual(["config.json", "hostname"]);
    expect(await writeBundleFiles(dir, files)).toEqual([]);
  });
});

describe("completePendingWrite", () => {
  it("finishes a write interrupted after its journal: every file is the new one", async () => {
    // The state a kill leaves after the journal and the first rename.
    const dir = await bundleDir({
      "config.json": "new config\n",
      hostname: "old\n",
      ".hostname.rbc-new": "new\n",
      ".rbc-commit": "config.json\nhostname\n",
    });
    expect(Object.fromEntries(await readBundleFiles(dir))).toEqual({
      "config.json": "new config\n",
      hostname: "new\n",
    });
    expect((await readdir(dir)).sort()).toEqual(["config.json", "hostname"]);
  });

  it("discards a write interrupted before its journal: every file is the old one", async () => {
    const dir = await bundleDir({
      ...old,
      ".config.json.rbc-new": "new config\n",
      ".1a2b3c4d5e6f.rbc-tmp": "half a journal",
    });
    await completePendingWrite(dir);
    expect((await readdir(dir)).sort()).toEqual(["config.json", "hostname"]);
    expect(await readFile(join(dir, "config.json"), "utf8")).toBe("old config\n");
  });

  it("renames nothing outside the bundle whatever the journal names", async () => {
    const dir = await bundleDir({ ...old, ".rbc-commit": "../escape\n/etc/passwd\n" });
    await writeFile(join(dir, "..", "..escape.rbc-new"), "x");
    await completePendingWrite(dir);
    expect((await readdir(dir)).sort()).toEqual(["config.json", "hostname"]);
    expect(await readdir(join(dir, ".."))).toContain("..escape.rbc-new");
  });

  it("commits several files as one unit", async () => {
    const dir = await bundleDir(old);
    await commitFiles(
      dir,
      new Map([
        ["config.json", "new config\n"],
        ["hostname", "new\n"],
      ]),
    );
    expect(await readFile(join(dir, "hostname"), "utf8")).toBe("new\n");
    expect((await readdir(dir)).sort()).toEqual(["config.json", "hostname"]);
  });
});
