import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runDocker } from "../../scripts/images/docker-cli.ts";
import { parseJson } from "../../src/json/index.ts";
import type { NormalizeOptions } from "../differential/host-specific.ts";
import { runtimeBundle, runtimeConfig } from "../../src/run/runtime-bundle.ts";
import { describeDifferences } from "../differential/describe-differences.ts";
import { currentHost } from "../differential/harness.ts";
import { normalizeHostSpecific } from "../differential/host-specific.ts";
import { runRbc } from "../helpers/run-rbc.ts";
import { captureSettings } from "../support/capture.ts";
import { defaultEngine } from "../support/engines.ts";

/**
 * The Compose import round trip: `rbc import` of compose-import/compose.yaml, then `rbc build`,
 * gives for each service the config.json `docker compose up` hands runc, captured from the host's
 * Docker 20.10 engine through its capture runtime (scripts/capture-runtime.sh). The Compose client
 * is Debian trixie's docker-compose 2.26 (Compose v2), installed in the 26.1 engines' chroot by
 * scripts/engines/install-chroot.sh; it runs on the host against the host's engine socket.
 */
const enginesDir = process.env["RBC_ENGINES_DIR"] ?? "/var/lib/rbc-engines";
const composeBin = `${enginesDir}/trixie/usr/libexec/docker/cli-plugins/docker-compose`;
const fixture = new URL("compose-import/", import.meta.url);
const project = `rbccompose${randomBytes(4).toString("hex")}`;
/** What the services read at `up` (Compose) and at `rbc run` (rbc): the same environment. */
const variables = { REGION: "eu-west", API_TOKEN: "not-a-secret-token", BATCH_MODE: "hourly" };
let root = "";

/** docker-compose in the project directory, with the variables, on the host's engine socket. */
function compose(args: readonly string[]) {
  // The project's file and the capture override (COMPOSE_FILE: as -f twice).
  const settings = {
    ...variables,
    COMPOSE_PROJECT_NAME: project,
    COMPOSE_FILE: "compose.yaml:capture.yaml",
  };
  const env = Object.entries(settings).map(([name, value]) => `${name}=${value}`);
  return runDocker(args, { client: ["env", "-C", root, ...env, composeBin] });
}

describe("rbc import round trip", () => {
  beforeAll(async () => {
    if (!existsSync(composeBin)) {
      throw new Error(`${composeBin} is missing: run scripts/engines/install-chroot.sh`);
    }
    root = join(tmpdir(), `rbc-compose-${randomBytes(4).toString("hex")}`);
    await cp(fixture, root, { recursive: true });
  });

  afterAll(async () => {
    if (root === "") return;
    await compose(["down", "--volumes", "--timeout", "0"]);
    await rm(root, { recursive: true, force: true });
  });

  it("gives each service the config.json docker compose up hands runc", async () => {
    const names = Object.keys(
      (parse(await readFile(join(root, "compose.yaml"), "utf8")) as { services: object }).services,
    );
    expect(names).toHaveLength(9);
    const captured = await composeUp(names);
    const imported = await runRbc(["import", "compose.yaml"], { cwd: root, env: variables });
    expect(imported.exitCode, imported.stderr).toBe(0);
    for (const name of names) await targetDocker2010(join(root, "bundles", name));
    const built = await runRbc(["build"], { cwd: root });
    expect(built.exitCode, built.stderr).toBe(0);
    const differences: Record<string, unknown> = {};
    for (const name of names) {
      const rbc = await runTimeSpec(join(root, "bundles", name));
      const docker = captured.get(name);
      const found = describeDifferences(comparable(docker, name), comparable(rbc, name));
      if (found.length > 0) differences[name] = found;
    }
    expect(differences).toEqual({});
  });
});

/**
 * `docker compose up` with each service on the capture runtime (an override file beside the
 * project's, so the imported file is the user's own), and each service's captured config.json.
 */
async function composeUp(names: readonly string[]): Promise<Map<string, unknown>> {
  const capture = {
    services: Object.fromEntries(names.map((n) => [n, { runtime: "rbc-capture" }])),
  };
  await writeFile(join(root, "capture.yaml"), JSON.stringify(capture));
  const up = await compose(["up", "--detach", "--no-build", "--pull", "never"]);
  expect(up.exitCode, up.stderr).toBe(0);
  const specs = new Map<string, unknown>();
  for (const name of names) {
    const id = (await compose(["ps", "--all", "--quiet", "--no-trunc", name])).stdout.trim();
    expect(id, `no container for ${name}`).toMatch(/^[0-9a-f]{64}$/);
    specs.set(name, parseJson(await capturedText(id)));
  }
  return specs;
}

async function capturedText(id: string): Promise<string> {
  const file = join(captureSettings(defaultEngine).dir, `${id}.json`);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text !== undefined) {
      await rm(file, { force: true });
      return text;
    }
    await sleep(100);
  }
  throw new Error(`no config.json captured for container ${id}`);
}

/** The imported overlays say nothing of a target: they are built for the engine compared with. */
async function targetDocker2010(bundleDir: string): Promise<void> {
  const file = join(bundleDir, "bundle.yaml");
  const text = await readFile(file, "utf8");
  await writeFile(file, `${text}target: { docker: "20.10", cgroup: v1 }\n`);
}

/**
 * The config.json `rbc run` hands runc: its variables and env files filled in from the same
 * environment Compose had, with bind sources absolute (runtime-bundle.ts, as runc reads them).
 */
async function runTimeSpec(bundleDir: string): Promise<unknown> {
  const config = parseJson(await readFile(join(bundleDir, "config.json"), "utf8")) as {
    annotations?: Record<string, string>;
    process?: { env?: string[] };
  };
  const id = config.annotations?.["rbc.container-id"] ?? "";
  const runtime = await runtimeBundle({ dir: bundleDir, id }, { ...variables });
  try {
    if (runtime.dir === bundleDir)
      return runtimeConfig(config, bundleDir, config.process?.env ?? []);
    return parseJson(await readFile(join(runtime.dir, "config.json"), "utf8"));
  } finally {
    await runtime.cleanup();
  }
}

/**
 * A spec with what host-specific.ts sets aside normalized, and two differences of Compose's own:
 * it builds the environment from a Go map, in random order (compared sorted), and prefixes the
 * Docker volumes it creates with the project's name (`<project>_data`; the bundle's is `data`).
 */
function comparable(spec: unknown, name: string): unknown {
  const options: NormalizeOptions = {
    defaultHostname: !["web"].includes(name),
    host: currentHost(defaultEngine),
    cgroupParent: name === "batch",
    groupAddCount: name === "worker" ? 1 : 0,
    privileged: false,
    blkioWeight: false,
    dockerRelease: "20.10",
  };
  // The bundle's volumes, made absolute for runc, as host-specific.ts knows them: bundle-relative.
  const own = `${join(root, "bundles", name)}/volumes/`;
  for (const mount of (spec as { mounts?: { source: string }[] }).mounts ?? []) {
    if (mount.source.startsWith(own)) mount.source = `volumes/${mount.source.slice(own.length)}`;
  }
  const normalized = normalizeHostSpecific(spec, options) as {
    process?: { env?: string[] };
    mounts?: { source: string }[];
  };
  normalized.process?.env?.sort();
  for (const mount of normalized.mounts ?? []) {
    mount.source = mount.source.replace(` volume ${project}_`, " volume ");
  }
  return JSON.parse(
    JSON.stringify(normalized, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
  );
}
