/**
 * What content-addressed reuse saves: an unchanged `rbc check` of a bundle on the 200 MB Debian
 * image with reuse (the default) against `--no-cache` (the image read, as before), with one
 * `docker image inspect` as the baseline; and a build of a second image that shares the Debian
 * layer, with a cold layer cache against a warm one. Run by hand (as root, with the engine up and
 * dist/ built), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/check-bench.ts [image] [--rounds N]
 *
 * The second image is the first plus one layer (`docker commit` of a container that wrote one
 * file). Each round times every method once, in an order that rotates from round to round, with
 * an untimed `sync` before each. Whether a check read the image is taken from the engine's own
 * `save` events. Exits 1 if a warm and a cold build wrote different files. Everything created is
 * removed at the end.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runTimed } from "./run-timed.ts";
import { median, ratioRow, timeRow } from "./table.ts";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";
const RBC = fileURLToPath(new URL("../bin/rbc.js", import.meta.url));

interface Samples {
  readonly inspect: number[];
  readonly reused: number[];
  readonly noCache: number[];
  readonly cold: number[];
  readonly warm: number[];
  /** `docker save` events during the reusing checks, and during the --no-cache ones. */
  readonly savesReused: number[];
  readonly savesNoCache: number[];
}

interface Fixture {
  readonly work: string;
  readonly derived: string;
}

function parseOptions(): { image: string; rounds: number } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: "string", default: "3" } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error("--rounds must be 2 or more");
  return { image: positionals[0] ?? "rbc.local/bench-debian:1", rounds };
}

/** The derived image, the project (bundles/deb on the image, bundles/app on the derived one). */
async function prepare(image: string): Promise<Fixture> {
  const work = await mkdtemp(join(tmpdir(), "rbc-check-bench-"));
  const suffix = randomBytes(4).toString("hex");
  const derived = `rbc.local/bench-debian-app:${suffix}`;
  const container = `rbc-check-bench-${suffix}`;
  progress(`docker commit of ${image} plus one file as ${derived}`);
  await runTimed(DOCKER, [
    "run",
    "--name",
    container,
    image,
    "sh",
    "-c",
    "echo bench > /srv/bench",
  ]);
  await runTimed(DOCKER, ["commit", container, derived]);
  await runTimed(DOCKER, ["rm", container]);
  for (const [name, ref] of [
    ["deb", image],
    ["app", derived],
  ] as const) {
    await mkdir(join(work, "bundles", name), { recursive: true });
    const overlay = `image: ${ref}\ncommand: ["nginx", "-g", "daemon off;"]\n`;
    await writeFile(join(work, "bundles", name, "bundle.yaml"), overlay);
  }
  progress("rbc build bundles/deb (not timed)");
  await rbc(work, join(work, "cache-setup"), ["build", "bundles/deb"]);
  return { work, derived };
}

function rbc(work: string, cacheHome: string, args: readonly string[]) {
  return runTimed("env", ["-C", work, `XDG_CACHE_HOME=${cacheHome}`, "node", RBC, ...args]);
}

/**
 * Seconds of `rbc check bundles/deb`, and how many `docker save` of the image the engine logged
 * while it ran (other processes may save other images meanwhile).
 */
async function timedCheck(fixture: Fixture, image: string, args: readonly string[]) {
  const since = (Date.now() / 1000).toFixed(3);
  const run = await rbc(fixture.work, join(fixture.work, "cache-check"), ["check", ...args]);
  const until = (Date.now() / 1000).toFixed(3);
  const events = await runTimed(DOCKER, [
    "events",
    `--since=${since}`,
    `--until=${until}`,
    "--filter=type=image",
    "--filter=event=save",
    "--format={{.ID}}",
  ]);
  const id = (await runTimed(DOCKER, ["image", "inspect", "--format={{.Id}}", image])).stdout;
  const saves = events.stdout.split("\n").filter((line) => line === id.trim()).length;
  return { seconds: run.seconds, saves };
}

/** Seconds of `rbc build bundles/app` from nothing, with a cache that is empty or knows the base. */
async function timedBuild(fixture: Fixture, warm: boolean): Promise<number> {
  const app = join(fixture.work, "bundles", "app");
  for (const name of await readdir(app)) {
    if (name !== "bundle.yaml") await rm(join(app, name), { recursive: true });
  }
  const cacheHome = join(fixture.work, warm ? "cache-warm" : "cache-cold");
  await rm(cacheHome, { recursive: true, force: true });
  if (warm) await warmFrom(fixture, cacheHome);
  await runTimed("sync", []);
  const run = await rbc(fixture.work, cacheHome, ["build", "bundles/app"]);
  const files = await Promise.all(
    ["config.json", "rootfs.mtree", "bundle.lock"].map((name) => readFile(join(app, name), "utf8")),
  );
  built.push(files.join("\0"));
  return run.seconds;
}

/** Fills the cache with the base image's layers: a build of bundles/deb with no lock to reuse. */
async function warmFrom(fixture: Fixture, cacheHome: string): Promise<void> {
  const lock = join(fixture.work, "bundles", "deb", "bundle.lock");
  const saved = await readFile(lock, "utf8");
  await rm(lock);
  await rbc(fixture.work, cacheHome, ["build", "bundles/deb"]);
  await writeFile(lock, saved);
}

const built: string[] = [];

type Method = (fixture: Fixture, samples: Samples, image: string) => Promise<string>;

const METHODS: readonly Method[] = [
  async (_fixture, samples, image) => {
    samples.inspect.push((await runTimed(DOCKER, ["image", "inspect", image])).seconds);
    return `inspect ${fixed(samples.inspect)}`;
  },
  async (fixture, samples, image) => {
    const { seconds, saves } = await timedCheck(fixture, image, ["bundles/deb"]);
    samples.reused.push(seconds);
    samples.savesReused.push(saves);
    return `check ${fixed(samples.reused)} (${saves} save)`;
  },
  async (fixture, samples, image) => {
    const { seconds, saves } = await timedCheck(fixture, image, ["--no-cache", "bundles/deb"]);
    samples.noCache.push(seconds);
    samples.savesNoCache.push(saves);
    return `check --no-cache ${fixed(samples.noCache)} (${saves} save)`;
  },
  async (fixture, samples) => {
    samples.cold.push(await timedBuild(fixture, false));
    return `cold build ${fixed(samples.cold)}`;
  },
  async (fixture, samples) => {
    samples.warm.push(await timedBuild(fixture, true));
    return `warm build ${fixed(samples.warm)}`;
  },
];

async function measure(fixture: Fixture, image: string, rounds: number): Promise<Samples> {
  const samples: Samples = {
    inspect: [],
    reused: [],
    noCache: [],
    cold: [],
    warm: [],
    savesReused: [],
    savesNoCache: [],
  };
  for (let round = 0; round < rounds; round += 1) {
    const done: string[] = [];
    for (let step = 0; step < METHODS.length; step += 1) {
      const method = METHODS[(round + step) % METHODS.length];
      if (method === undefined) continue;
      await runTimed("sync", []);
      done.push(await method(fixture, samples, image));
    }
    progress(`round ${round + 1}/${rounds}: ${done.join(", ")}`);
  }
  return samples;
}

function report(image: string, rounds: number, samples: Samples): string {
  const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
  const inspect = median(samples.inspect);
  const reused = median(samples.reused);
  return [
    `image ${image}; ${rounds} rounds, methods rotating; seconds, median first`,
    "",
    timeRow(
      "inspect",
      samples.inspect,
      "docker image inspect (the baseline: what proves nothing changed)",
    ),
    timeRow("check", samples.reused, "rbc check of the unchanged bundle, reusing rootfs.mtree"),
    timeRow("check -nc", samples.noCache, "rbc check --no-cache: the image read, as before reuse"),
    timeRow(
      "build cold",
      samples.cold,
      "rbc build of a second image sharing the base, empty cache",
    ),
    timeRow("build warm", samples.warm, "the same with the base layer's scan cached"),
    "",
    ratioRow(
      "check/-nc",
      reused / median(samples.noCache),
      reused < median(samples.noCache),
      "< 1",
    ),
    ratioRow(
      "check-insp",
      reused - inspect,
      true,
      "(seconds over the inspect; Node start-up is most of it)",
    ),
    ratioRow(
      "warm/cold",
      median(samples.warm) / median(samples.cold),
      median(samples.warm) < median(samples.cold),
      "< 1",
    ),
    "",
    `docker save during the checks: ${total(samples.savesReused)} with reuse, ${total(samples.savesNoCache)} with --no-cache`,
  ].join("\n");
}

async function main(): Promise<number> {
  const { image, rounds } = parseOptions();
  const fixture = await prepare(image);
  try {
    const samples = await measure(fixture, image, rounds);
    process.stdout.write(`${report(image, rounds, samples)}\n`);
    const same = built.every((files) => files === built[0]);
    process.stdout.write(`cold and warm builds wrote ${same ? "identical" : "DIFFERENT"} files\n`);
    return same ? 0 : 1;
  } finally {
    await runTimed(DOCKER, ["rmi", fixture.derived]).catch(() => undefined);
    await rm(fixture.work, { recursive: true, force: true });
  }
}

function fixed(values: readonly number[]): string {
  return `${(values.at(-1) ?? Number.NaN).toFixed(2)} s`;
}

function progress(message: string): void {
  process.stderr.write(`check-bench: ${message}\n`);
}

process.exitCode = await main();
