import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { DOCKER_BIN } from "../support/docker.ts";
import { faultyEngine } from "../support/faulty-engine.ts";

const run = promisify(execFile);
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

/**
 * A docker context made with the docker CLI itself, whose endpoint is a second socket (a proxy
 * to the engine that records what it is asked): rbc uses it as the CLI does, from DOCKER_CONTEXT
 * and from `docker context use`, and DOCKER_HOST still wins over both.
 */
async function contextFixture() {
  const dir = await mkdtemp(join(tmpdir(), "rbc-context-"));
  const socket = join(dir, "docker.sock");
  const proxy = await faultyEngine(socket, []);
  closers.push(proxy.close);
  const config = join(dir, "config");
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: config };
  delete env["DOCKER_HOST"];
  await run(DOCKER_BIN, ["context", "create", "second", "--docker", `host=unix://${socket}`], {
    env,
  });
  const root = await scratchProject({
    "bundles/ctx/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\n`,
  });
  return { root, proxy, config, socket, env };
}

describe("docker contexts", () => {
  it("uses the context DOCKER_CONTEXT names, and says so with --verbose", async () => {
    const { root, proxy, config, socket } = await contextFixture();
    const env = { DOCKER_CONFIG: config, DOCKER_CONTEXT: "second", DOCKER_HOST: "" };
    const built = await runRbc(["build", "--verbose"], { cwd: root, env });
    expect(built.exitCode, built.stderr).toBe(0);
    expect(built.stderr).toContain(`engine: unix://${socket} (docker context second)`);
    expect(
      proxy.requested.some((path) => path.includes(`/images/${IMAGE_NAMES.busybox}/json`)),
    ).toBe(true);
  });

  it("uses the current context of `docker context use`", async () => {
    const { root, proxy, config, env } = await contextFixture();
    await run(DOCKER_BIN, ["context", "use", "second"], { env });
    const built = await runRbc(["build"], {
      cwd: root,
      env: { DOCKER_CONFIG: config, DOCKER_HOST: "" },
    });
    expect(built.exitCode, built.stderr).toBe(0);
    expect(proxy.requested.length).toBeGreaterThan(0);
  });

  it("lets DOCKER_HOST win over a context, as the docker CLI does", async () => {
    const { root, proxy, config } = await contextFixture();
    const env = {
      DOCKER_CONFIG: config,
      DOCKER_CONTEXT: "second",
      DOCKER_HOST: "unix:///var/run/docker.sock",
    };
    const built = await runRbc(["build", "--verbose"], { cwd: root, env });
    expect(built.exitCode, built.stderr).toBe(0);
    expect(built.stderr).toContain("engine: unix:///var/run/docker.sock\n");
    expect(proxy.requested).toEqual([]);
  });

  it("refuses a context that does not exist, exit 3, naming it", async () => {
    const { root, config } = await contextFixture();
    const env = { DOCKER_CONFIG: config, DOCKER_CONTEXT: "missing", DOCKER_HOST: "" };
    const built = await runRbc(["build"], { cwd: root, env });
    expect(built.exitCode).toBe(3);
    expect(built.stderr).toContain('docker context "missing" (from DOCKER_CONTEXT) does not exist');
  });
});
