import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-rbc.ts";

const run = promisify(execFile);

interface LockEntry {
  readonly dev?: boolean;
  readonly [key: string]: unknown;
}

/** npm, quiet about updates and funding, in `cwd`. */
async function npm(args: readonly string[], cwd: string): Promise<string> {
  const env = { ...process.env, npm_config_update_notifier: "false", NO_COLOR: "1" };
  const { stdout } = await run("npm", [...args], { cwd, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/**
 * A lock file for a new project that pins rbc's dependencies to the versions rbc's own
 * package-lock.json does. Offline, npm can only resolve a version range from the registry's
 * package metadata, which `npm ci` (scripts/setup.sh) does not keep in the cache; with the
 * versions pinned, it installs the tarballs the cache holds, as a project with its lock committed
 * does.
 */
async function lockWithRbcDependencies(): Promise<string> {
  const lock = JSON.parse(await readFile(join(repoRoot, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const packages: Record<string, unknown> = { "": { name: "consumer", version: "1.0.0" } };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path !== "" && entry.dev !== true) packages[path] = { ...entry, dev: true };
  }
  const consumer = { name: "consumer", version: "1.0.0", lockfileVersion: 3, requires: true };
  return `${JSON.stringify({ ...consumer, packages }, null, 2)}\n`;
}

describe("rbc installed with npm into another repository", () => {
  let work: string;
  let project: string;
  let version: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "rbc-npm-"));
    project = join(work, "consumer");
    version = (
      JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it(
    "packs (prepare builds dist/), installs the tarball offline, and runs npx rbc",
    { timeout: 600_000 },
    async () => {
      const packed = JSON.parse(
        await npm(["pack", "--json", "--pack-destination", work], repoRoot),
      ) as { filename: string; files: { path: string }[] }[];
      const [tarball] = packed;
      expect(tarball?.filename).toBe(`rbc-${version}.tgz`);
      const files = tarball?.files.map((file) => file.path) ?? [];
      expect(files).toEqual(
        expect.arrayContaining([
          "bin/rbc.js",
          "dist/cli/index.js",
          "libexec/hook-launcher.sh",
          "schemas/bundle.schema.json",
        ]),
      );
      expect(files.filter((path) => /^(src|test|node_modules)\//.test(path))).toEqual([]);

      await cp(join(repoRoot, "bundles"), join(project, "bundles"), {
        recursive: true,
        filter: (source) => !source.includes("/.rootfs"),
      });
      await writeFile(
        join(project, "package.json"),
        '{\n  "name": "consumer",\n  "version": "1.0.0",\n  "private": true\n}\n',
      );
      await writeFile(join(project, "package-lock.json"), await lockWithRbcDependencies());
      const tgz = join(work, `rbc-${version}.tgz`);
      await npm(["install", "--save-dev", "--offline", "--no-audit", "--no-fund", tgz], project);
      const manifest = JSON.parse(await readFile(join(project, "package.json"), "utf8")) as {
        devDependencies?: Record<string, string>;
      };
      expect(manifest.devDependencies?.rbc).toMatch(/^file:.*rbc-.*\.tgz$/);

      expect(await npm(["exec", "--offline", "--", "rbc", "--version"], project)).toBe(
        `${version}\n`,
      );
      // The copied example bundles: outside git, their locks' identities stand.
      const checked = await run("npx", ["--offline", "rbc", "check", "--offline", "bundles/"], {
        cwd: project,
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(checked.stderr).toContain("2 bundles checked: 2 up to date");
      const named = await run("npx", ["--offline", "rbc", "check", "--offline", "web"], {
        cwd: project,
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(named.stderr).toContain("1 bundle checked: 1 up to date");
    },
  );
});
