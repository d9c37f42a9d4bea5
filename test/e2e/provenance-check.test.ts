import { randomBytes } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import {
  createContainer,
  removeContainer,
  removeImage,
  runDockerChecked,
} from "../support/docker.ts";

/**
 * `rbc check` after each kind of change names the input behind the changed fields, from the
 * compilation's provenance, and annotates its file and line under GitHub Actions: an overlay key,
 * a base file's key, a patch, an image's environment (an image built here, then rebuilt), a
 * `container:` source's setting (the container recreated) and the engine target.
 */
const unique = `${String(process.pid)}-${randomBytes(3).toString("hex")}`;
const imageTag = `rbc.local/prov-env-${unique}:1`;
const containerName = `rbc-prov-${unique}`;
let root = "";

/** Commits busybox with one more ENV: an image rebuilt with another APP_VERSION. */
async function buildEnvImage(version: string): Promise<void> {
  const id = await createContainer([IMAGE_NAMES.busybox, "true"]);
  await runDockerChecked(["commit", "--change", `ENV APP_VERSION=${version}`, id, imageTag]);
  await removeContainer(id);
}

async function createSource(memory: string): Promise<void> {
  await runDocker(["rm", "--force", containerName]);
  await createContainer([
    "--name",
    containerName,
    "--memory",
    memory,
    IMAGE_NAMES.busybox,
    "sleep",
    "1",
  ]);
}

async function runDocker(args: readonly string[]): Promise<void> {
  await runDockerChecked(args).catch(() => undefined);
}

const files: Record<string, string> = {
  "bundles/overlay-key/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\ncommand: [sleep, "1"]\ncpus: 0.5\n`,
  "bundles/base-key/base.yaml": `image: ${IMAGE_NAMES.busybox}\nmem_limit: 64m\n`,
  "bundles/base-key/bundle.yaml": 'extends: base.yaml\ncommand: [sleep, "1"]\n',
  "bundles/patch/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\ncommand: [sleep, "1"]\npatches:\n  - { op: replace, path: /process/oomScoreAdj, value: 100 }\n`,
  "bundles/image-env/base.yaml": `environment:\n  OTHER: "x"\n`,
  "bundles/image-env/bundle.yaml": `extends: base.yaml\nimage: ${imageTag}\ncommand: [sleep, "1"]\n`,
  "bundles/container/bundle.yaml": `container: ${containerName}\n`,
  "bundles/target/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\ncommand: [sleep, "1"]\ntarget: { docker: "20.10", cgroup: v1 }\n`,
};

async function edit(path: string, from: string, to: string): Promise<void> {
  const file = join(root, path);
  await writeFile(file, (await readFile(file, "utf8")).replace(from, to));
}

/** `rbc check <dir>` under GitHub Actions: its stdout and its `::error` annotations. */
async function check(dir: string): Promise<{ stdout: string; annotations: string[] }> {
  const result = await runRbc(["check", dir], { cwd: root, env: { GITHUB_ACTIONS: "true" } });
  expect(result.exitCode, result.stderr).toBe(1);
  const annotations = `${result.stdout}\n${result.stderr}`
    .split("\n")
    .filter((line) => line.startsWith("::error "));
  return { stdout: result.stdout, annotations };
}

beforeAll(async () => {
  await buildEnvImage("1");
  await createSource("64m");
  root = await scratchProject(files);
  const build = await runRbc(["build"], { cwd: root });
  expect(build.exitCode, build.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  await runDocker(["rm", "--force", containerName]);
  await removeImage(imageTag);
  if (root !== "") await rm(root, { recursive: true, force: true });
});

describe("rbc check names the origin of each change", () => {
  it("an overlay key: the cpus line", async () => {
    await edit("bundles/overlay-key/bundle.yaml", "cpus: 0.5", "cpus: 0.75");
    const { stdout, annotations } = await check("bundles/overlay-key");
    expect(stdout).toContain(
      "  bundles/overlay-key/bundle.yaml:3 cpus: /linux/resources/cpu/quota",
    );
    expect(stdout).not.toContain("not set by the overlay");
    expect(annotations).toEqual([
      expect.stringMatching(/^::error file=bundles\/overlay-key\/bundle.yaml,line=3,col=\d+,/),
    ]);
    expect(annotations[0]).toContain("/linux/resources/cpu/quota");
  });

  it("a base file's key: the base file's line", async () => {
    await edit("bundles/base-key/base.yaml", "mem_limit: 64m", "mem_limit: 128m");
    const { stdout, annotations } = await check("bundles/base-key");
    expect(stdout).toContain(
      "  bundles/base-key/base.yaml:2 mem_limit: /linux/resources/memory/limit",
    );
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) {
      expect(line).toMatch(/^::error file=bundles\/base-key\/base.yaml,line=2,/);
    }
  });

  it("a patch: the patch's line", async () => {
    await edit("bundles/patch/bundle.yaml", "value: 100", "value: 200");
    const { stdout, annotations } = await check("bundles/patch");
    expect(stdout).toContain(
      "  bundles/patch/bundle.yaml:4 patches[0] (replace /process/oomScoreAdj): /process/oomScoreAdj",
    );
    expect(annotations).toEqual([
      expect.stringMatching(/^::error file=bundles\/patch\/bundle.yaml,line=4,/),
    ]);
  });

  it("an image rebuilt with another variable: the image config's Env, not the environment line", async () => {
    await buildEnvImage("2");
    const { stdout, annotations } = await check("bundles/image-env");
    expect(stdout).toMatch(
      new RegExp(
        `  image config Env\\[1\\] \\(${imageTag.replaceAll(".", "\\.")}\\): /process/env/\\d`,
      ),
    );
    expect(stdout).not.toContain("environment");
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) {
      expect(line).toMatch(/^::error file=bundles\/image-env\/bundle.yaml,line=2,/);
    }
  });

  it("a container setting: the container's HostConfig, at the container line", async () => {
    await createSource("128m");
    const { stdout, annotations } = await check("bundles/container");
    expect(stdout).toContain(
      `  container HostConfig.Memory (${containerName}): /linux/resources/memory/limit`,
    );
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) {
      expect(line).toMatch(/^::error file=bundles\/container\/bundle.yaml,line=1,/);
    }
  });

  it("the engine target: the target line", async () => {
    await edit("bundles/target/bundle.yaml", 'docker: "20.10"', 'docker: "26.1"');
    const { stdout, annotations } = await check("bundles/target");
    expect(stdout).toContain(
      "  engine default (docker 26.1, cgroup v1): specs-go Version of the runtime-spec Docker 26.1 is built against: /ociVersion",
    );
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) {
      expect(line).toMatch(/^::error file=bundles\/target\/bundle.yaml,line=3,/);
    }
  });

  it("a removed key: no longer set by the overlay, at the overlay file", async () => {
    await edit("bundles/overlay-key/bundle.yaml", "cpus: 0.75\n", "");
    const { stdout, annotations } = await check("bundles/overlay-key");
    expect(stdout).toContain("  no longer set by the overlay: /linux/resources/cpu/quota");
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error file=bundles\/overlay-key\/bundle.yaml,line=1,.*no longer set by the overlay/,
      ),
    ]);
  });

  it("rbc explain answers from the lock with no engine, and names the image's Env", async () => {
    const result = await runRbc(["explain", "bundles/image-env", "/process/env", "--json"], {
      cwd: root,
      env: { DOCKER_HOST: "unix:///nonexistent.sock" },
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as {
      offline: boolean;
      fields: { pointer: string; value: string; origins: { kind: string; key?: string }[] }[];
    };
    expect(output.offline).toBe(true);
    const version = output.fields.find((f) => f.value.startsWith("APP_VERSION="));
    expect(version?.origins).toEqual([expect.objectContaining({ kind: "image", key: "Env[1]" })]);
    const other = output.fields.find((f) => f.value === "OTHER=x");
    expect(other?.origins).toEqual([
      expect.objectContaining({ kind: "overlay", key: "environment.OTHER" }),
    ]);
  });
});
