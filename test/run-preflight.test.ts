import { appendFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOverlay } from "../src/overlay/index.ts";
import { readRunBundle, type RunBundle } from "../src/run/index.ts";
import {
  checkBeforeRun,
  prepareRunVolumes,
  removeExtraPaths,
  type RunCheckOptions,
} from "../src/run-preflight.ts";
import { cliImage, cliProject, engineWith, runCli } from "./helpers/cli-harness.ts";

/** bundles/web built and materialized through the fake engine; its RunBundle. */
async function builtBundle(): Promise<{ root: string; dir: string; bundle: RunBundle }> {
  const root = await cliProject("web");
  const built = await runCli(["build", "--rootfs", join(root, "bundles")], {
    root,
    engine: engineWith([cliImage()]),
  });
  expect(built.exitCode).toBe(0);
  const dir = join(root, "bundles/web");
  const bundle = await readRunBundle(dir);
  if (bundle === undefined) throw new Error("no config.json");
  return { root, dir, bundle };
}

const options = (verify: RunCheckOptions["verify"] = "stat"): RunCheckOptions => ({
  verify,
  materialize: () => Promise.reject(new Error("materialized")),
});

describe("checkBeforeRun", () => {
  it("lets a current bundle start, with its overlay and nothing to remove", async () => {
    const { bundle } = await builtBundle();
    const checked = await checkBeforeRun(bundle, options());
    expect(checked).toMatchObject({ ok: true, extra: [] });
    expect(checked.ok && checked.overlay?.name).toBe("web");
  });

  it("refuses a bundle whose overlay changed since its build, unless told not to check", async () => {
    const { dir, bundle } = await builtBundle();
    const overlay = join(dir, "bundle.yaml");
    await writeFile(overlay, (await readFile(overlay, "utf8")).replace("hello", "bonjour"));
    const checked = await checkBeforeRun(bundle, options());
    expect(checked.ok).toBe(false);
    if (checked.ok || checked.refusal.kind !== "stale") throw new Error("not stale");
    expect(checked.refusal.check.results[0]?.reasons.map((r) => r.kind)).toEqual([
      "overlay-changed",
    ]);
    expect((await checkBeforeRun(bundle, options("none"))).ok).toBe(true);
  });

  it("takes the files as current when told the overlay they were written from (rbc watch)", async () => {
    const { dir, bundle } = await builtBundle();
    const compiledFrom = (await loadOverlay(dir)).value;
    if (compiledFrom === undefined) throw new Error("no overlay");
    // An edit after the build: the offline check would refuse, but watch rebuilds it next anyway.
    const overlay = join(dir, "bundle.yaml");
    await writeFile(overlay, (await readFile(overlay, "utf8")).replace("hello", "bonjour"));
    const checked = await checkBeforeRun(bundle, { ...options(), compiledFrom });
    expect(checked).toMatchObject({ ok: true, extra: [] });
    expect(checked.ok && checked.overlay).toBe(compiledFrom);
  });

  it("refuses a modified or missing path; lists paths the image lacks for removal", async () => {
    const { dir, bundle } = await builtBundle();
    const rootfs = join(dir, ".rootfs/rootfs");
    await writeFile(join(rootfs, "etc/planted"), "x");
    const extra = await checkBeforeRun(bundle, options());
    expect(extra).toMatchObject({ ok: true, extra: ["etc/planted"] });
    if (!extra.ok) throw new Error("refused");
    await removeExtraPaths(bundle, extra.extra);
    expect(await readdir(join(rootfs, "etc"))).not.toContain("planted");

    // The same size, other bytes: only the full check reads the file.
    await writeFile(join(rootfs, "etc/motd"), "HELLO\n");
    expect((await checkBeforeRun(bundle, options("stat"))).ok).toBe(true);
    const full = await checkBeforeRun(bundle, options("full"));
    expect(!full.ok && full.refusal.kind).toBe("tampered");
    await appendFile(join(rootfs, "etc/motd"), "more\n");
    const stat = await checkBeforeRun(bundle, options("stat"));
    if (stat.ok || stat.refusal.kind !== "tampered") throw new Error("not tampered");
    expect(stat.refusal.verification.diff?.modified.map((m) => m.path)).toEqual(["etc/motd"]);
    await rm(join(rootfs, "bin/sh"));
    const missing = await checkBeforeRun(bundle, options("stat"));
    expect(!missing.ok && missing.refusal.kind).toBe("tampered");
    expect((await checkBeforeRun(bundle, options("none"))).ok).toBe(true);
  });

  it("materializes a missing rootfs through the caller, and refuses when that fails", async () => {
    const { dir, bundle } = await builtBundle();
    await rm(join(dir, ".rootfs"), { recursive: true });
    const missing = { ...bundle, rootfsPresent: false };
    let asked = 0;
    const materialize = (ok: boolean) => () => {
      asked += 1;
      return Promise.resolve(ok);
    };
    const made = await checkBeforeRun(missing, { verify: "stat", materialize: materialize(true) });
    expect(made).toMatchObject({ ok: true, extra: [] });
    const failed = await checkBeforeRun(missing, {
      verify: "stat",
      materialize: materialize(false),
    });
    expect(failed).toEqual({ ok: false, refusal: { kind: "no-rootfs" } });
    expect(asked).toBe(2);
  });
});

describe("prepareRunVolumes", () => {
  it("plans from config.json and the overlay: nocopy volume empty, image volume filled", async () => {
    const { dir } = await builtBundle();
    const overlay = join(dir, "bundle.yaml");
    await appendFile(overlay, "volumes:\n  - conf:/etc:nocopy\n  - ./state:/state\n");
    expect(
      (await runCli(["build", dir], { root: dir, engine: engineWith([cliImage()]) })).exitCode,
    ).toBe(0);
    const rebuilt = await readRunBundle(dir);
    if (rebuilt === undefined) throw new Error("no config.json");
    const checked = await checkBeforeRun(rebuilt, options());
    if (!checked.ok) throw new Error("refused");
    const prepared = await prepareRunVolumes(rebuilt, checked.overlay);
    expect(prepared).toEqual({
      createdBinds: [join(dir, "state")],
      createdVolumes: [{ source: "volumes/conf", seeded: 0 }],
      seededVolumes: [],
    });
    // Without the overlay (unreadable), a volume is filled as Docker fills one: etc's 3 files.
    await rm(join(dir, "volumes/conf"), { recursive: true });
    const unknown = await prepareRunVolumes(rebuilt, undefined);
    expect(unknown.createdVolumes).toEqual([{ source: "volumes/conf", seeded: 3 }]);
  });
});
