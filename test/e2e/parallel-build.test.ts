import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { runRbc, scratchProject, type RbcResult } from "../helpers/run-rbc.ts";
import { faultyEngine } from "../support/faulty-engine.ts";

/**
 * `--jobs` changes how many bundles compile at once, never what comes out: the same files, byte
 * for byte, and the same output, in path order, with one job, four, or as many as the CPUs, with
 * and without the layer cache; and each image is inspected, looked up and saved once per run,
 * however many bundles use it.
 */

const { busybox, app, nousers } = IMAGE_NAMES;

/** 12 bundles over the three test images, with a base file several extend and several users. */
const overlays: Record<string, string> = {
  "bundles/base.yaml": "environment:\n  TIER: base\nread_only: true\n",
  "bundles/a01/bundle.yaml": `image: ${busybox}\n`,
  "bundles/a02/bundle.yaml": `image: ${busybox}\nuser: alice\nenvironment:\n  GREETING: hello\n`,
  "bundles/a03/bundle.yaml": `extends: ../base.yaml\nimage: ${busybox}\ncommand: ["httpd", "-f"]\n`,
  "bundles/a04/bundle.yaml": `image: ${busybox}\nuser: bob\nports: ["8080:80"]\n`,
  "bundles/a05/bundle.yaml": `extends: ../base.yaml\nimage: ${busybox}\nuser: alice\n`,
  "bundles/b01/bundle.yaml": `image: ${app}\n`,
  "bundles/b02/bundle.yaml": `image: ${app}\ncommand: ["/app/run.sh", "one"]\n`,
  "bundles/b03/bundle.yaml": `extends: ../base.yaml\nimage: ${app}\nuser: daemon\n`,
  "bundles/b04/bundle.yaml": `image: ${app}\nenvironment:\n  MODE: production\n`,
  "bundles/c01/bundle.yaml": `image: ${nousers}\n`,
  "bundles/c02/bundle.yaml": `image: ${nousers}\nuser: "1000:1000"\n`,
  "bundles/c03/bundle.yaml": `extends: ../base.yaml\nimage: ${nousers}\nworking_dir: /tmp\n`,
};

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

async function project(files: Record<string, string> = overlays): Promise<string> {
  const root = await scratchProject(files);
  scratch.push(root);
  return root;
}

/** A layer cache directory of its own (XDG_CACHE_HOME), empty at first. */
async function cacheHome(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), "rbc-jobs-cache-"));
  scratch.push(dir);
  return { XDG_CACHE_HOME: dir };
}

/** Every file under bundles/, by path: what a build wrote, and the overlays. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(join(root, "bundles"), { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(root.length + 1)] = await readFile(path, "utf8");
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Removes what builds wrote, keeping the overlays: the next build starts from nothing. */
async function unbuild(root: string): Promise<void> {
  const files = await snapshot(root);
  for (const path of Object.keys(files)) {
    if (!path.endsWith(".yaml")) await rm(join(root, path));
  }
}

/** What the run printed and returned, for comparing runs. */
function outcome(result: RbcResult) {
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

interface Verdict {
  readonly dir: string;
  readonly status: string;
}

const jobSettings: readonly (readonly string[])[] = [["--jobs", "1"], ["--jobs", "4"], []];

describe("rbc build and rbc check with --jobs", () => {
  it("write byte-identical files and print the same, whatever the jobs and the cache", async () => {
    const root = await project();
    const reference = await runRbc(["build", "--jobs", "1", "--no-cache"], { cwd: root });
    expect(reference.exitCode, reference.stderr).toBe(0);
    const written = await snapshot(root);
    expect(Object.keys(written).filter((p) => p.endsWith("/config.json"))).toHaveLength(12);
    // Every bundle's line, in path order.
    const lines = reference.stderr.split("\n").filter((line) => line.startsWith("✓ "));
    expect(lines.map((line) => line.split(":")[0])).toEqual(
      Object.keys(overlays)
        .filter((path) => path.endsWith("/bundle.yaml"))
        .map((path) => `✓ ${path.slice(0, -"/bundle.yaml".length)}`),
    );
    const warm = await cacheHome();
    const runs: [string[], Record<string, string>][] = [
      [["--jobs", "4"], warm],
      [[], warm],
      [["--jobs", "4", "--no-cache"], {}],
      [["-j", "3"], await cacheHome()],
    ];
    for (const [args, env] of runs) {
      await unbuild(root);
      const built = await runRbc(["build", ...args], { cwd: root, env });
      expect(outcome(built), args.join(" ")).toEqual(outcome(reference));
      expect(await snapshot(root), args.join(" ")).toEqual(written);
    }
    // Over the built files: every bundle up to date, in path order, however many jobs.
    const again: RbcResult[] = [];
    for (const args of jobSettings) again.push(await runRbc(["build", ...args], { cwd: root }));
    expect(again[0]?.stderr).toContain("12 bundles: 12 unchanged");
    for (const result of again) expect(outcome(result)).toEqual(outcome(again[0] as RbcResult));
    expect(await snapshot(root)).toEqual(written);
  }, 600_000);

  it("give the same verdicts online and offline, before and after an overlay is edited", async () => {
    const root = await project();
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    /** Each mode with several job settings, as JSON and as text: the same to the byte within one. */
    const modes: [string[], string[][], string[][]][] = [
      [
        [],
        [
          ["--jobs", "1"],
          ["--jobs", "4"],
        ],
        [["--jobs", "1"], []],
      ],
      [
        ["--offline"],
        [["--jobs", "1"], []],
        [
          ["--jobs", "1"],
          ["--jobs", "4"],
        ],
      ],
      [
        ["--no-cache"],
        [
          ["--jobs", "1"],
          ["--jobs", "4"],
        ],
        [],
      ],
    ];
    const verdicts = async (exitCode: number): Promise<string[]> => {
      const statuses: string[] = [];
      for (const [mode, jsonJobs, textJobs] of modes) {
        const run = async (format: string[], jobs: string[][]) => {
          const results: RbcResult[] = [];
          for (const args of jobs) {
            results.push(await runRbc(["check", ...format, ...mode, ...args], { cwd: root }));
          }
          for (const result of results) {
            expect(result.exitCode, result.stderr).toBe(exitCode);
            expect(outcome(result), mode.join(" ")).toEqual(outcome(results[0] as RbcResult));
          }
          return results[0];
        };
        const json = await run(["--json"], jsonJobs);
        await run([], textJobs);
        const bundles = (JSON.parse(json?.stdout ?? "") as { bundles: Verdict[] }).bundles;
        statuses.push(JSON.stringify(bundles.map((b) => [b.dir, b.status])));
      }
      // Online, offline and without the cache, the bundles get the same verdicts.
      expect(new Set(statuses).size).toBe(1);
      return (JSON.parse(statuses[0] ?? "[]") as [string, string][]).flatMap(([dir, status]) =>
        status === "ok" ? [] : [`${dir}: ${status}`],
      );
    };
    expect(await verdicts(0)).toEqual([]);
    // One overlay, and the base file three others extend.
    const edited = overlays["bundles/b02/bundle.yaml"]?.replace('"one"', '"two"') ?? "";
    await writeFile(join(root, "bundles/b02/bundle.yaml"), edited);
    await writeFile(
      join(root, "bundles/base.yaml"),
      "environment:\n  TIER: edited\nread_only: true\n",
    );
    expect(await verdicts(1)).toEqual([
      "bundles/a03: drift",
      "bundles/a05: drift",
      "bundles/b02: drift",
      "bundles/b03: drift",
      "bundles/c03: drift",
    ]);
  }, 600_000);

  it("fail only the bundle whose image is missing, and print in path order all the same", async () => {
    const missing = `rbc.local/missing-${randomBytes(4).toString("hex")}:1`;
    const root = await project({
      "bundles/a/bundle.yaml": `image: ${busybox}\n`,
      "bundles/b/bundle.yaml": `image: ${missing}\n`,
      "bundles/c/bundle.yaml": `image: ${app}\n`,
      "bundles/d/bundle.yaml": `image: ${busybox}\nuser: alice\n`,
    });
    const one = await runRbc(["build", "--jobs", "1"], { cwd: root });
    expect(one.exitCode).toBe(3);
    expect(one.stderr).toMatch(
      /✓ bundles\/a: wrote .*\n✓ bundles\/c: wrote .*\n✓ bundles\/d: wrote /u,
    );
    expect(one.stderr).toContain(`bundles/b/bundle.yaml: error: image "${missing}" is not present`);
    await unbuild(root);
    const four = await runRbc(["build", "--jobs", "4"], { cwd: root });
    expect(outcome(four)).toEqual(outcome(one));
  });
});

describe("each image is asked about once per run", () => {
  /** Runs rbc through a proxy in front of the engine that records every request's path. */
  async function throughProxy(root: string, args: readonly string[], env: Record<string, string>) {
    const socket = join(await mkdtemp(join(tmpdir(), "rbc-jobs-proxy-")), "docker.sock");
    const proxy = await faultyEngine(socket, []);
    try {
      const result = await runRbc(args, {
        cwd: root,
        env: { ...env, DOCKER_HOST: `unix://${socket}` },
      });
      return { result, requested: [...proxy.requested] };
    } finally {
      await proxy.close();
    }
  }
  const ids = () => inject("rbcImageIds");
  const count = (requested: readonly string[], pattern: RegExp) =>
    requested.filter((path) => pattern.test(path)).length;
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
  const inspections = (ref: string) => new RegExp(`^(/v[\\d.]+)?/images/${escaped(ref)}/json`, "u");
  const saves = (id: string) => new RegExp(`^(/v[\\d.]+)?/images/${escaped(id)}/get`, "u");
  const creates = /^(\/v[\d.]+)?\/containers\/create/u;

  const shared: Record<string, string> = {};
  for (let i = 1; i <= 6; i += 1)
    shared[`bundles/bb${String(i)}/bundle.yaml`] = `image: ${busybox}\nuser: alice\n`;
  for (let i = 1; i <= 3; i += 1) shared[`bundles/ap${String(i)}/bundle.yaml`] = `image: ${app}\n`;

  it.each([
    ["--no-cache", ["--no-cache"]],
    ["a cold cache", []],
  ])(
    "builds 9 bundles on 2 images with one inspection and one save per image, and no probe container (%s)",
    async (_name, extra) => {
      const root = await project(shared);
      const env = await cacheHome();
      const { result, requested } = await throughProxy(
        root,
        ["build", "--jobs", "4", ...extra],
        env,
      );
      expect(result.exitCode, result.stderr).toBe(0);
      for (const ref of [busybox, app]) expect(count(requested, inspections(ref)), ref).toBe(1);
      for (const ref of [busybox, app])
        expect(count(requested, saves(ids()[ref] ?? "")), ref).toBe(1);
      // The user lookups are answered from the image's read itself: no probe container.
      expect(count(requested, creates)).toBe(0);
    },
  );

  it("checks 9 unchanged bundles on 2 images with one inspection per image and no save", async () => {
    const root = await project(shared);
    const env = await cacheHome();
    expect((await runRbc(["build"], { cwd: root, env })).exitCode).toBe(0);
    const { result, requested } = await throughProxy(root, ["check", "--jobs", "4"], env);
    expect(result.exitCode, result.stderr).toBe(0);
    for (const ref of [busybox, app]) expect(count(requested, inspections(ref)), ref).toBe(1);
    expect(count(requested, /\/get$/u)).toBe(0);
    // The lock answers the user lookups of an image it was built from.
    expect(count(requested, creates)).toBe(0);
  });
});
