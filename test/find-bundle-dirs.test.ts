import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { findBundleDir, findBundleDirs } from "../src/find-bundle-dirs.ts";

// Relative, as users pass paths. Bare names resolve against the working directory, which is the
// repository's root under vitest: its committed examples bundles/web and bundles/api are there.
const fixtures = relative(process.cwd(), join(import.meta.dirname, "fixtures/overlays"));
const at = (...parts: string[]) => join(fixtures, ...parts);
const missingName = `no-such-bundle-${randomBytes(4).toString("hex")}`;

async function scratch(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "rbc-bundles-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe("findBundleDirs", () => {
  it("finds the bundles among a folder's direct subdirectories", async () => {
    const result = await findBundleDirs([at("basic")]);
    expect(result).toEqual({ value: [at("basic/api"), at("basic/web")], diagnostics: [] });
  });

  it("takes a bundle directory as itself, without duplicates", async () => {
    const result = await findBundleDirs([at("basic/web/"), at("basic"), at("basic/web")]);
    expect(result.value).toEqual([at("basic/api"), at("basic/web")]);
  });

  it("takes a path to a bundle.yaml as its directory", async () => {
    const result = await findBundleDirs([at("basic/web/bundle.yaml")]);
    expect(result).toEqual({ value: [at("basic/web")], diagnostics: [] });
    expect((await findBundleDirs(["bundles/api/bundle.yaml"])).value).toEqual(["bundles/api"]);
  });

  it("takes a bare name as bundles/<name> when no such directory is here", async () => {
    expect(await findBundleDirs(["web", "api/"])).toEqual({
      value: undefined,
      diagnostics: [
        {
          code: "OVL102",
          severity: "error",
          message: "no bundle at api/: no such directory",
        },
      ],
    });
    expect((await findBundleDirs(["web", "api"])).value).toEqual(["bundles/api", "bundles/web"]);
  });

  it("takes a bare name as itself when it is a folder of bundles here", async () => {
    // `bundles` is a folder of bundles in the working directory; bundles/bundles does not exist.
    expect((await findBundleDirs(["bundles"])).value).toEqual(["bundles/api", "bundles/web"]);
  });

  it("says, for a name, every place it looked", async () => {
    const result = await findBundleDirs([missingName]);
    expect(result.diagnostics).toEqual([
      {
        code: "OVL102",
        severity: "error",
        message: `no bundle "${missingName}": looked for ./${missingName}/bundle.yaml, ./${missingName}/*/bundle.yaml, ./bundles/${missingName}/bundle.yaml and ./bundles/${missingName}/*/bundle.yaml`,
      },
    ]);
  });

  it("tells a missing directory, a missing bundle.yaml and a folder with no bundle apart", async () => {
    const dir = await scratch({ "notes.txt": "", "empty/README": "" });
    const result = await findBundleDirs([
      join(dir, "gone"),
      join(dir, "gone/bundle.yaml"),
      join(dir, "empty"),
      join(dir, "notes.txt"),
      at("basic/_base"),
    ]);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.message.replaceAll(dir, "<dir>")])).toEqual([
      ["OVL102", "no bundle at <dir>/gone: no such directory"],
      ["OVL102", "no bundle at <dir>/gone/bundle.yaml: no such file"],
      [
        "OVL102",
        "no bundle at <dir>/empty: no <dir>/empty/bundle.yaml, nor bundle.yaml in its subdirectories",
      ],
      [
        "OVL102",
        "no bundle at <dir>/notes.txt: not a directory (give a bundle directory, a folder of bundles, or a bundle.yaml)",
      ],
      [
        "OVL102",
        `no bundle at ${at("basic/_base")}: no ${at("basic/_base/bundle.yaml")}, nor bundle.yaml in its subdirectories`,
      ],
    ]);
  });

  it("refuses a bundle.yaml that is not a regular file", async () => {
    const dir = await scratch({ "odd/bundle.yaml/README": "" });
    const result = await findBundleDirs([join(dir, "odd/bundle.yaml")]);
    expect(result.diagnostics.map((d) => d.message.replaceAll(dir, "<dir>"))).toEqual([
      "no bundle at <dir>/odd/bundle.yaml: not a regular file",
    ]);
  });

  it("sorts in byte order", async () => {
    const names = ["b", "\u{1F600}", "a", "\uFF21", "Z"];
    const dir = await scratch(
      Object.fromEntries(names.map((name) => [`${name}/bundle.yaml`, "image: alpine\n"])),
    );
    const result = await findBundleDirs([dir]);
    expect(result.value?.map((path) => relative(dir, path))).toEqual([
      "Z",
      "a",
      "b",
      "\uFF21",
      "\u{1F600}",
    ]);
  });
});

describe("findBundleDir", () => {
  it("takes a bundle directory, its bundle.yaml or its name in bundles/", async () => {
    for (const given of ["bundles/web", "bundles/web/", "bundles/web/bundle.yaml", "web"]) {
      expect(await findBundleDir(given)).toEqual({ value: "bundles/web", diagnostics: [] });
    }
  });

  it("takes a compiled bundle whose overlay is gone, so that it can still be stopped", async () => {
    const dir = await scratch({ "web/config.json": "{}\n" });
    expect((await findBundleDir(join(dir, "web"))).value).toBe(join(dir, "web"));
  });

  it("prefers ./<name> when it is a bundle, and skips it when it is not", async () => {
    const dir = await scratch({ "own/bundle.yaml": "image: alpine\n" });
    const own = relative(process.cwd(), join(dir, "own"));
    expect((await findBundleDir(own)).value).toBe(own);
    // `src` is a directory here, but no bundle: bundles/src is looked for next.
    expect(await findBundleDir("src")).toEqual({
      value: undefined,
      diagnostics: [
        {
          code: "OVL102",
          severity: "error",
          message: 'no bundle "src": looked for ./src/bundle.yaml and ./bundles/src/bundle.yaml',
        },
      ],
    });
  });

  it("takes no folder of bundles: one bundle is meant", async () => {
    const result = await findBundleDir("bundles");
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'no bundle "bundles": looked for ./bundles/bundle.yaml and ./bundles/bundles/bundle.yaml',
    ]);
  });

  it("says a path does not exist rather than that it is not built", async () => {
    const result = await findBundleDir(`bundles/${missingName}`);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `no bundle at bundles/${missingName}: no such directory`,
    ]);
  });
});
