import { randomInt } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliOutputErrors } from "../helpers/cli-output-schema.ts";
import {
  builtContainerId,
  forceDeleteContainer,
  runRbc,
  scratchProject,
  type RbcResult,
} from "../helpers/run-rbc.ts";

const roots: string[] = [];
const ids: string[] = [];

afterAll(async () => {
  for (const id of ids) await forceDeleteContainer(id);
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

const web = 'image: rbc.local/busybox:1\ncommand: ["sleep", "300"]\nenvironment:\n  MODE: one\n';

async function project(files: Record<string, string> = {}): Promise<string> {
  const root = await scratchProject({ "bundles/web/bundle.yaml": web, ...files });
  roots.push(root);
  return root;
}

/** `rbc <args> --json` in `root`: its exit code, and its stdout valid against the schema. */
async function json(root: string, args: readonly string[], exitCode: number): Promise<unknown> {
  const result: RbcResult = await runRbc([...args, "--json"], { cwd: root });
  expect(result.exitCode, result.stderr).toBe(exitCode);
  expect(cliOutputErrors(result.stdout)).toEqual([]);
  return JSON.parse(result.stdout);
}

describe("rbc --json against schemas/cli-output.schema.json", () => {
  it("describes build and check: built, up to date, drifted, offline", async () => {
    const root = await project();
    expect(await json(root, ["build"], 0)).toMatchObject({
      command: "build",
      bundles: [{ dir: "bundles/web", status: "changed" }],
    });
    expect(await json(root, ["build"], 0)).toMatchObject({ bundles: [{ status: "unchanged" }] });
    expect(await json(root, ["check"], 0)).toMatchObject({
      command: "check",
      bundles: [{ status: "ok", source: { key: "image" } }],
    });
    await writeFile(join(root, "bundles/web/bundle.yaml"), web.replace("one", "two"));
    expect(await json(root, ["check"], 1)).toMatchObject({
      bundles: [{ status: "drift", reasons: [{ kind: "overlay-changed" }] }],
    });
    expect(await json(root, ["check", "--offline"], 1)).toMatchObject({
      bundles: [{ status: "drift" }],
    });
  });

  it("describes an invalid overlay, a missing image and a path with no bundle", async () => {
    const root = await project({
      "bundles/bad/bundle.yaml": "image: rbc.local/busybox:1\ntty: maybe\n",
      "bundles/gone/bundle.yaml": `image: rbc.local/absent-${String(process.pid)}:1\n`,
    });
    expect(await json(root, ["build"], 3)).toMatchObject({
      bundles: [
        { dir: "bundles/bad", status: "invalid", diagnostics: [{ code: "OVL202", line: 2 }] },
        { dir: "bundles/web", status: "changed" },
        { dir: "bundles/gone", status: "unavailable", code: "IMAGE_NOT_FOUND" },
      ],
    });
    expect(await json(root, ["check"], 3)).toMatchObject({
      bundles: [
        { dir: "bundles/bad", status: "invalid" },
        { dir: "bundles/web", status: "ok" },
        {
          dir: "bundles/gone",
          status: "unavailable",
          source: { key: "image", location: { file: "bundles/gone/bundle.yaml", line: 1 } },
        },
      ],
      diagnostics: [{ code: "OVL202", file: "bundles/bad/bundle.yaml" }],
    });
    await rm(join(root, "bundles/gone"), { recursive: true });
    expect(await json(root, ["check", "bundles/bad"], 2)).toMatchObject({ exitCode: 2 });
    await mkdir(join(root, "empty"));
    expect(await json(root, ["check", "empty"], 2)).toMatchObject({ bundles: [] });
    expect(await json(root, ["build", "empty"], 2)).toMatchObject({ bundles: [] });
    expect(await json(root, ["verify", "empty"], 2)).toMatchObject({ bundles: [] });
  });

  it("describes verify: a matching rootfs, a modified one, and none", async () => {
    const root = await project({ "bundles/unbuilt/bundle.yaml": "image: rbc.local/busybox:1\n" });
    expect((await runRbc(["build", "--rootfs", "bundles/web"], { cwd: root })).exitCode).toBe(0);
    expect(await json(root, ["verify", "bundles/web"], 0)).toMatchObject({
      command: "verify",
      bundles: [{ dir: "bundles/web", diff: { modified: [], missing: [], extra: [] } }],
    });
    const passwd = join(root, "bundles/web/.rootfs/rootfs/etc/passwd");
    await writeFile(passwd, `${await readFile(passwd, "utf8")}mallory:x:0:0::/:/bin/sh\n`);
    expect(await json(root, ["verify"], 1)).toMatchObject({
      bundles: [
        { dir: "bundles/unbuilt", problem: "no rootfs.mtree: run rbc build" },
        { dir: "bundles/web", diff: { modified: [{ path: "etc/passwd" }] } },
      ],
    });
  });

  it("describes ps with a running bundle, its address and published port", async () => {
    const port = randomInt(40_000, 60_000);
    const root = await project({
      "bundles/web/bundle.yaml": `${web}ports: ["${String(port)}:80"]\n`,
    });
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    const id = await builtContainerId(root, "bundles/web");
    ids.push(id);
    const started = await runRbc(["run", "-d", "bundles/web"], { cwd: root });
    expect(started.exitCode, started.stderr).toBe(0);
    const listed = (await json(root, ["ps"], 0)) as { id: string }[];
    expect(listed.find((c) => c.id === id)).toMatchObject({
      status: "running",
      network: "bridge",
      address: expect.stringMatching(/^10\.87\.\d+\.\d+\/16$/) as unknown,
      ports: [`${String(port)}->80/tcp`],
    });
    expect((await runRbc(["stop", "--time", "1", "bundles/web"], { cwd: root })).exitCode).toBe(0);
  });
});
