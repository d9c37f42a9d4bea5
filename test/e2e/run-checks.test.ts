import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const suffix = String(process.pid);
const volumeName = `volumes-${suffix}`;
const strictName = `strict-bind-${suffix}`;
const checkedName = `checked-${suffix}`;
/** Every project this file made, for rbc stop in afterAll (whatever a failed test left running). */
const started: { root: string; bundle: string }[] = [];

afterAll(async () => {
  for (const { root, bundle } of started) {
    await runRbc(["stop", "--time", "1", bundle], { cwd: root });
  }
});

async function waitFor(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The lines a detached run wrote to its log, once `line` is among them. */
async function logLine(root: string, bundle: string, line: string): Promise<string[]> {
  const log = join(root, bundle, ".rbc/run.log");
  let lines: string[] = [];
  await waitFor(`"${line}" in ${log}`, async () => {
    lines = (await readFile(log, "utf8").catch(() => "")).split("\n");
    return lines.includes(line);
  });
  return lines;
}

describe("rbc run: volumes", () => {
  it("creates a named volume filled from the image, keeps it across rbc stop and rbc run, and creates a bind source", async () => {
    const bundle = `bundles/${volumeName}`;
    const root = await scratchProject({
      [`${bundle}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        "network_mode: none",
        "command:",
        "  - sh",
        "  - -c",
        `  - 'echo "index: $(cat /var/www/index.html)"; echo run >> /var/www/runs; echo "runs: $(wc -l < /var/www/runs)"; touch /state/written; trap "exit 0" TERM; sleep 300 & wait'`,
        "volumes:",
        "  - site:/var/www",
        "  - ./state:/state",
        "",
      ].join("\n"),
    });
    started.push({ root, bundle });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    // Neither the volume nor the bind source exists before the first run.
    expect(existsSync(join(root, bundle, "volumes"))).toBe(false);
    expect(existsSync(join(root, bundle, "state"))).toBe(false);

    const first = await runRbc(["run", "-d", bundle], { cwd: root });
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toContain(`${bundle}: created bind source ${join(root, bundle, "state")}`);
    expect(first.stderr).toContain(
      `${bundle}: created volume volumes/site, filled from the image (1 entry)`,
    );
    expect(await logLine(root, bundle, "runs: 1")).toContain("index: hello from rbc");
    expect(existsSync(join(root, bundle, "state/written"))).toBe(true);
    const site = join(root, bundle, "volumes/site");
    // The image's /var/www, owner and mode included (0755 root).
    const info = await stat(site);
    expect([info.mode & 0o7777, info.uid, info.gid]).toEqual([0o755, 0, 0]);
    expect((await stat(join(root, bundle, "volumes"))).mode & 0o7777).toBe(0o700);

    expect((await runRbc(["stop", "--time", "1", bundle], { cwd: root })).exitCode).toBe(0);
    // What a volume holds stays, and a volume that holds anything is not filled again.
    await writeFile(join(site, "index.html"), "changed while stopped\n");
    const second = await runRbc(["run", "-d", bundle], { cwd: root });
    expect(second.exitCode).toBe(0);
    expect(second.stderr).not.toContain("filled from the image");
    expect(await logLine(root, bundle, "runs: 2")).toContain("index: changed while stopped");
    expect((await runRbc(["stop", "--time", "1", bundle], { cwd: root })).exitCode).toBe(0);

    // git sees neither the volume nor what the container wrote through the bind.
    await exec("git", ["init", "--quiet", root]);
    const { stdout } = await exec("git", ["status", "--porcelain", "--untracked-files=all"], {
      cwd: join(root, bundle),
    });
    const committed = [".gitignore", "bundle.lock", "bundle.yaml", "config.json", "hostname"];
    committed.push("hosts", "resolv.conf", "rootfs.mtree");
    expect(stdout).toBe(committed.map((file) => `?? ${bundle}/${file}\n`).join(""));
  });

  it("refuses a long-syntax bind whose source is missing (exit 3, the path named), creating nothing", async () => {
    const bundle = `bundles/${strictName}`;
    const root = await scratchProject({
      [`${bundle}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        "network_mode: none",
        'command: ["true"]',
        "volumes:",
        "  - type: bind",
        "    source: ./must-exist",
        "    target: /data",
        "  - type: bind",
        "    source: ./may-create",
        "    target: /made",
        "    bind: { create_host_path: true }",
        "",
      ].join("\n"),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const refused = await runRbc(["run", bundle], { cwd: root });
    expect(refused.exitCode).toBe(3);
    expect(refused.stderr).toContain(
      `bind source path does not exist: ${join(root, bundle, "must-exist")} (mounted at /data)`,
    );
    expect(existsSync(join(root, bundle, "may-create"))).toBe(false);

    await exec("mkdir", [join(root, bundle, "must-exist")]);
    const ran = await runRbc(["run", bundle], { cwd: root });
    expect(ran.exitCode).toBe(0);
    expect(ran.stderr).toContain(`created bind source ${join(root, bundle, "may-create")}`);
  });
});

describe("rbc run: checks what it runs", () => {
  it("refuses a stale overlay and a tampered rootfs with exit 1 and the reason, and runs them with --no-verify", async () => {
    const bundle = `bundles/${checkedName}`;
    const overlay = (word: string): string =>
      [
        "image: rbc.local/busybox:1",
        "network_mode: none",
        `command: ["sh", "-c", "echo ${word}; cat /var/www/index.html"]`,
        "",
      ].join("\n");
    const root = await scratchProject({ [`${bundle}/bundle.yaml`]: overlay("built") });
    started.push({ root, bundle });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const fine = await runRbc(["run", bundle], { cwd: root });
    expect(fine).toMatchObject({ exitCode: 0, stdout: "built\nhello from rbc\n" });

    // An overlay edited without a rebuild: what rbc check prints, and no start.
    await writeFile(join(root, bundle, "bundle.yaml"), overlay("edited"));
    const stale = await runRbc(["run", bundle], { cwd: root });
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain(
      "the overlay changed: the committed files are stale relative to bundle.yaml",
    );
    expect(stale.stdout).toContain(`${bundle}/bundle.yaml:3 command: /process/args/2`);
    expect(stale.stdout).toContain('+      "echo edited; cat /var/www/index.html"');
    expect(stale.stdout).not.toContain("built\n");
    expect(stale.stderr).toContain(
      `${bundle}: error: not started: its compiled files are not what bundle.yaml and bundle.lock compile to (rbc run --no-verify runs it as it is)`,
    );
    const check = await runRbc(["check", "--offline", bundle], { cwd: root });
    expect(check.exitCode).toBe(1);
    expect(stale.stdout).toBe(check.stdout);
    const anyway = await runRbc(["run", "--no-verify", bundle], { cwd: root });
    expect(anyway).toMatchObject({ exitCode: 0, stdout: "built\nhello from rbc\n" });
    await writeFile(join(root, bundle, "bundle.yaml"), overlay("built"));

    // A file of the image changed in rootfs/: what rbc verify prints, and no start.
    const index = join(root, bundle, ".rootfs/rootfs/var/www/index.html");
    await appendFile(index, "tampered\n");
    const tampered = await runRbc(["run", bundle], { cwd: root });
    expect(tampered.exitCode).toBe(1);
    expect(tampered.stdout).toBe(
      `${bundle}: 1 modified, 0 missing, 0 extra\n  modified var/www/index.html: size expected 15, got 24\n`,
    );
    expect(tampered.stdout).toBe(
      (await runRbc(["verify", "--stat", bundle], { cwd: root })).stdout,
    );
    expect(tampered.stderr).toContain(
      `${bundle}: error: not started: rootfs/ differs from rootfs.mtree; rbc rootfs ${bundle} materializes it again (rbc run --no-verify runs it as it is)`,
    );
    const served = await runRbc(["run", "--no-verify", bundle], { cwd: root });
    expect(served).toMatchObject({ exitCode: 0, stdout: "built\nhello from rbc\ntampered\n" });

    // The same size, other bytes: only --verify=full reads the files.
    await writeFile(index, "HELLO FROM RBC\n");
    expect((await runRbc(["run", bundle], { cwd: root })).exitCode).toBe(0);
    const full = await runRbc(["run", "--verify=full", bundle], { cwd: root });
    expect(full.exitCode).toBe(1);
    expect(full.stdout).toContain("modified var/www/index.html: sha256digest expected");

    // Paths the image does not have are removed before the start, as a fresh container's.
    expect((await runRbc(["rootfs", bundle], { cwd: root })).exitCode).toBe(0);
    await writeFile(join(root, bundle, ".rootfs/rootfs/etc/ld.so.preload"), "/planted.so\n");
    const cleaned = await runRbc(["run", bundle], { cwd: root });
    expect(cleaned.exitCode).toBe(0);
    expect(cleaned.stderr).toContain(
      `${bundle}: removed from rootfs/ what the image does not have: etc/ld.so.preload`,
    );
    expect(await readdir(join(root, bundle, ".rootfs/rootfs/etc"))).not.toContain("ld.so.preload");
    // What runc itself made to run it (its mountpoints) is no difference.
    expect((await runRbc(["verify", bundle], { cwd: root })).exitCode).toBe(0);
  });
});
