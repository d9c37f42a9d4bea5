import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { faultyEngine, type Fault } from "../support/faulty-engine.ts";

/**
 * Each class of engine failure, put in front of the real engine by a proxy, as a user meets it
 * through `rbc build`: exit 3, the engine's own message and the bundle named, no stack trace and
 * no "bug in rbc"; and the other bundle of the run is still written, and counted.
 */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const overlays = {
  "bundles/good/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\n`,
  "bundles/bad/bundle.yaml": `image: ${IMAGE_NAMES.app}\n`,
};

async function buildThroughFault(path: RegExp, fault: Fault) {
  const socket = join(await mkdtemp(join(tmpdir(), "rbc-faulty-")), "docker.sock");
  const proxy = await faultyEngine(socket, [{ path, fault }]);
  closers.push(proxy.close);
  const root = await scratchProject(overlays);
  const result = await runRbc(["build"], { cwd: root, env: { DOCKER_HOST: `unix://${socket}` } });
  return { root, result, requested: proxy.requested };
}

function expectNoBugReport(stderr: string): void {
  expect(stderr).not.toMatch(/internal error|bug in rbc|\n {4}at /u);
}

describe("engine failures are the engine's, exit 3, and fail only their bundle", () => {
  const appImage = new RegExp(`^/[^/]*/?images/${IMAGE_NAMES.app.replace(/[.]/gu, "\\.")}/json`);
  const cases: [string, RegExp, Fault, RegExp][] = [
    [
      "a 500 answer to the image inspection",
      appImage,
      { kind: "answer", status: 500, message: "simulated: layer store unreadable" },
      /failed the inspection of image "rbc\.local\/app:1" \(HTTP 500\): simulated: layer store unreadable/u,
    ],
    [
      "a 400 answer to the image inspection",
      appImage,
      { kind: "answer", status: 400, message: "simulated: bad parameter" },
      /\(HTTP 400\): simulated: bad parameter/u,
    ],
    [
      "a 503 answer",
      appImage,
      { kind: "answer", status: 503, message: "simulated: daemon shutting down" },
      /\(HTTP 503\): simulated: daemon shutting down/u,
    ],
  ];

  it.each(cases)("%s", async (_name, path, fault, message) => {
    const { root, result } = await buildThroughFault(path, fault);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("bundles/bad/bundle.yaml: error: the Docker engine at unix://");
    expectNoBugReport(result.stderr);
    expect(existsSync(join(root, "bundles/good/config.json"))).toBe(true);
    expect(existsSync(join(root, "bundles/bad/config.json"))).toBe(false);
    expect(result.stderr).toMatch(/\n2 bundles: 1 built, 1 failed \(exit 3\)\n$/u);
  });

  it("a 500 answer to docker save, before the first byte", async () => {
    const id = inject("rbcImageIds")[IMAGE_NAMES.app] ?? "";
    const save = new RegExp(`/images/${id}/get`);
    const fault: Fault = { kind: "answer", status: 500, message: "simulated: layer unreadable" };
    const { root, result } = await buildThroughFault(save, fault);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(
      `failed docker save of ${id} (HTTP 500): simulated: layer unreadable`,
    );
    expectNoBugReport(result.stderr);
    expect(existsSync(join(root, "bundles/good/config.json"))).toBe(true);
  });

  it("a connection cut in the middle of docker save", async () => {
    const id = inject("rbcImageIds")[IMAGE_NAMES.app] ?? "";
    const save = new RegExp(`/images/${id}/get`);
    const { root, result } = await buildThroughFault(save, { kind: "cut-after", bytes: 5000 });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(`broke during docker save`);
    expectNoBugReport(result.stderr);
    expect(existsSync(join(root, "bundles/good/config.json"))).toBe(true);
    expect(existsSync(join(root, "bundles/bad/config.json"))).toBe(false);
  });
});

describe("a reference Docker's grammar refuses", () => {
  it.each(["NewUser/App:1", "newuser/app:${APP_TAG:-1}"])(
    "%s is exit 2 at the image line, and the engine is never asked for it",
    async (reference) => {
      const socket = join(await mkdtemp(join(tmpdir(), "rbc-faulty-")), "docker.sock");
      const proxy = await faultyEngine(socket, []);
      closers.push(proxy.close);
      const root = await scratchProject({
        "bundles/good/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\n`,
        "bundles/bad/bundle.yaml": `# a comment line\nimage: "${reference}"\n`,
      });
      const env = { DOCKER_HOST: `unix://${socket}` };
      const result = await runRbc(["build"], { cwd: root, env });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/bundles\/bad\/bundle\.yaml:2:8: error OVL202: "image" /u);
      expectNoBugReport(result.stderr);
      expect(proxy.requested.some((path) => path.includes(reference))).toBe(false);
      expect(existsSync(join(root, "bundles/good/config.json"))).toBe(true);
      expect(result.stderr).toMatch(/\n2 bundles: 1 built, 1 failed \(exit 2\)\n$/u);
    },
  );
});
