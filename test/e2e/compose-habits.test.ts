import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { randomBytes, randomInt } from "node:crypto";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { runRbc, scratchProject as newProject } from "../helpers/run-rbc.ts";
import { createContainer, removeTrackedContainers } from "../support/docker.ts";

/** A scratch project removed when the test finishes. */
async function scratchProject(files: Record<string, string>): Promise<string> {
  const root = await newProject(files);
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

/** An overlay written as a Compose service is: shared blocks in x- fields, merged with <<. */
const composeStyle = `# Shared settings, as a Compose file keeps them
# One runc id for both builds, which live in different directories.
container_name: rbc-compose-web
x-common: &common
  read_only: true
  cap_drop: [ALL]
  environment: &common-env
    LOG_LEVEL: info
    REGION: eu
  labels:
    team: web
x-limits: &limits
  mem_limit: 64m
  pids_limit: 100
  read_only: false

image: rbc.local/busybox:1
command: ["httpd", "-f", "-p", "8080"]
<<: [*common, *limits]
environment:
  <<: *common-env
  LOG_LEVEL: debug
volumes:
  - type: tmpfs
    target: /cache
    x-note: scratch space
    tmpfs: { size: 1m, x-owner: web }
ulimits:
  nofile: { soft: 1024, hard: 2048, x-why: sockets }
x-owner: team-web
`;

/** The same service with every setting written out. */
const writtenOut = `container_name: rbc-compose-web
image: rbc.local/busybox:1
command: ["httpd", "-f", "-p", "8080"]
read_only: true
cap_drop: [ALL]
environment:
  LOG_LEVEL: debug
  REGION: eu
labels:
  team: web
mem_limit: 64m
pids_limit: 100
volumes:
  - type: tmpfs
    target: /cache
    tmpfs: { size: 1m }
ulimits:
  nofile: { soft: 1024, hard: 2048 }
`;

interface Config {
  root: { readonly: boolean };
  process: { env: string[]; capabilities: Record<string, string[]> };
  annotations: Record<string, string>;
  linux: { resources: { memory?: { limit?: number }; pids?: { limit?: number } } };
}

describe("rbc build of a Compose-style overlay (x- fields, anchors, merge keys)", () => {
  it("builds what the same settings written out build, with no trace of the x- fields", async () => {
    const root = await scratchProject({ "bundles/web/bundle.yaml": composeStyle });
    const built = await runRbc(["build", "bundles/"], { cwd: root });
    expect(built.stderr).toContain("bundles/web: wrote config.json");
    expect(built.exitCode).toBe(0);

    const dir = join(root, "bundles/web");
    const text = await readFile(join(dir, "config.json"), "utf8");
    const config = JSON.parse(text) as Config;
    expect(config.root.readonly).toBe(true);
    expect(config.process.env).toEqual(expect.arrayContaining(["LOG_LEVEL=debug", "REGION=eu"]));
    expect(config.process.env).not.toContain("LOG_LEVEL=info");
    expect(config.process.capabilities).toEqual({});
    expect(config.annotations.team).toBe("web");
    expect(config.linux.resources.memory?.limit).toBe(64 * 1024 * 1024);
    expect(config.linux.resources.pids?.limit).toBe(100);

    for (const name of await readdir(dir)) {
      if (name === "bundle.yaml" || name.startsWith(".rootfs")) continue;
      const content = await readFile(join(dir, name), "utf8");
      expect({ name, leaks: content.match(/x-(owner|note|why)|scratch space|team-web/gu) }).toEqual(
        { name, leaks: null },
      );
    }

    const plain = await scratchProject({ "bundles/web/bundle.yaml": writtenOut });
    expect((await runRbc(["build", "bundles/"], { cwd: plain })).exitCode).toBe(0);
    expect(text).toBe(await readFile(join(plain, "bundles/web/config.json"), "utf8"));

    const check = await runRbc(["check", "bundles/"], { cwd: root });
    expect(check.stderr).toContain("1 bundle checked: 1 up to date");
    expect(check.exitCode).toBe(0);
  });

  it("refuses a Compose key that a merge brings in, with its own code at the anchor's line", async () => {
    const overlay = [
      "x-service: &service",
      "  restart: unless-stopped",
      "  tty: true",
      "image: rbc.local/busybox:1",
      "<<: *service",
      "",
    ].join("\n");
    const root = await scratchProject({ "bundles/web/bundle.yaml": overlay });
    const built = await runRbc(["build", "bundles/"], { cwd: root });
    expect(built.stderr).toContain(
      'bundles/web/bundle.yaml:2:3: error OVL221: "restart" is not supported: runc has no restart policy',
    );
    expect(built.exitCode).toBe(2);
  });
});

describe("rbc build of a container: source with ports", () => {
  afterAll(removeTrackedContainers);

  it("notes the container's published ports that the overlay's ports replace", async () => {
    const name = `rbc-compose-ports-${randomBytes(4).toString("hex")}`;
    const [kept, dropped] = [randomInt(20_000, 40_000), randomInt(40_000, 60_000)];
    const publish = ["-p", `127.0.0.1:${kept}:80`, "-p", `${dropped}:443/tcp`];
    await createContainer(["--name", name, ...publish, "rbc.local/busybox:1", "sh"]);
    const overlay = `container: ${name}\nports: ["127.0.0.1:${kept}:80"]\n`;
    const root = await scratchProject({ "bundles/web/bundle.yaml": overlay });
    const built = await runRbc(["build", "bundles/"], { cwd: root });
    expect(built.stderr).toContain(
      `bundles/web/bundle.yaml:2:1: warning RES404: ports replaces the ports container ${name} ` +
        `publishes: ${dropped}:443/tcp is no longer published (list them in ports to keep them) (at ports)`,
    );
    expect(built.exitCode).toBe(0);
    const config = await readFile(join(root, "bundles/web/config.json"), "utf8");
    expect(config).toContain(`"127.0.0.1:${kept}:80/tcp"`);
    expect(config).not.toContain(`${dropped}:443`);
  });
});
