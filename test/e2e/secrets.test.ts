import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readlink, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createContainer, removeContainer } from "../support/docker.ts";
import { forceDeleteContainer, repoRoot, runRbc, scratchProject } from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const unique = `${process.pid}-${randomBytes(3).toString("hex")}`;
const name = `secret-${unique}`;
const id = `rbc-${name}`;
const containerName = `rbc-secret-source-${unique}`;
const detachedName = `secret-d-${unique}`;
// Fake secrets, random per run so that a match can only come from this test.
const filePassword = `pw-${randomBytes(12).toString("hex")}`;
const shellToken = `tok-${randomBytes(12).toString("hex")}`;
const removedToken = `glpat-${randomBytes(10).toString("hex")}`;
const secrets = [filePassword, shellToken, removedToken];

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  await forceDeleteContainer(id);
  await forceDeleteContainer(`rbc-${detachedName}`);
  for (const step of cleanup) await step();
});

/** Every file under `root` that holds one of the secrets (grep -r, the materialized rootfs too). */
async function filesWithSecrets(root: string): Promise<string[]> {
  const args = ["-r", "-l", "-F", ...secrets.flatMap((s) => ["-e", s]), root];
  const result = await exec("grep", args).catch((cause: unknown) => {
    // grep exits 1 when nothing matches.
    if ((cause as { code?: number }).code === 1) return { stdout: "" };
    throw cause;
  });
  return result.stdout.split("\n").filter((line) => line !== "");
}

/**
 * `rbc run` in the foreground with a container that prints its environment and then waits for a
 * line on stdin, so the test can look at the run while it lasts: `whileRunning` is called once the
 * container has printed, and its stdin line sent after.
 */
function runForeground(
  root: string,
  env: Record<string, string>,
  whileRunning: () => Promise<void>,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, "bin/rbc.js"), "run", `bundles/${name}`],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1", ...env },
      },
    );
    let stdout = "";
    let stderr = "";
    let looked = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (looked || !stdout.includes("waiting")) return;
      looked = true;
      whileRunning().then(
        () => child.stdin.end("go\n"),
        (cause: unknown) => {
          child.kill();
          fail(cause instanceof Error ? cause : new Error(String(cause)));
        },
      );
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      done({ exitCode: code ?? -1, stdout, stderr });
    });
  });
}

describe("secrets out of git", () => {
  it("fills an env_file secret and a ${VAR} from rbc's environment in at run time, and writes neither under the repository", async () => {
    const outside = await mkdtemp(join(tmpdir(), "rbc-secret-env-"));
    cleanup.push(() => rm(outside, { recursive: true, force: true }));
    const envFile = join(outside, "web.env");
    await writeFile(envFile, `# the database\nDB_PASSWORD='${filePassword}'\nexport MODE=prod\n`);
    const root = await scratchProject({
      [`bundles/${name}/bundle.yaml`]: [
        // The runc id the test names (test/e2e/identity.test.ts covers the derived ones).
        `container_name: ${id}`,
        "image: rbc.local/busybox:1",
        "command:",
        "  - sh",
        "  - -c",
        '  - echo "password=$DB_PASSWORD token=$API_TOKEN url=$DATABASE_URL mode=$MODE"; echo waiting; read line',
        "environment:",
        "  API_TOKEN: ${API_TOKEN:?export API_TOKEN first}",
        "  DATABASE_URL: postgres://app:${DB_PASSWORD:-none}@db/app",
        `env_file: ${envFile}`,
        "",
      ].join("\n"),
    });
    cleanup.push(() => rm(root, { recursive: true, force: true }));
    const bundle = join(root, "bundles", name);

    const built = await runRbc(["build", "--rootfs"], { cwd: root });
    expect(built.exitCode, built.stderr).toBe(0);
    const config = await readFile(join(bundle, "config.json"), "utf8");
    expect(config).toContain('"API_TOKEN=${API_TOKEN:?export API_TOKEN first}"');
    expect(config).toContain('"DATABASE_URL=postgres://app:${DB_PASSWORD:-none}@db/app"');

    // Build and check need none of the values: API_TOKEN is set nowhere here.
    for (const check of [["check"], ["check", "--offline"]]) {
      const checked = await runRbc(check, { cwd: root });
      expect(checked.exitCode, checked.stdout + checked.stderr).toBe(0);
    }

    const refused = await runRbc(["run", `bundles/${name}`], { cwd: root });
    expect(refused.exitCode).toBe(3);
    expect(refused.stderr).toContain(
      "API_TOKEN needs API_TOKEN, which is not set: export API_TOKEN first",
    );

    const runtimeConfig = `/run/rbc/.bundles/${id}/config.json`;
    const seen: { mode?: number; dirMode?: number; runtime?: string; ps?: string; hosts?: string } =
      {};
    const ran = await runForeground(root, { API_TOKEN: shellToken }, async () => {
      seen.mode = (await stat(runtimeConfig)).mode & 0o777;
      seen.dirMode = (await stat(`/run/rbc/.bundles/${id}`)).mode & 0o777;
      seen.runtime = await readFile(runtimeConfig, "utf8");
      seen.ps = (await runRbc(["ps", "--json"], { cwd: root })).stdout;
      seen.hosts = await readlink(`/run/rbc/${id}/hosts`);
    });
    expect(ran.stderr).toBe("");
    expect(ran.exitCode).toBe(0);
    // As in Compose, ${...} reads rbc's environment, not the env file's variables.
    expect(ran.stdout).toContain(
      `password=${filePassword} token=${shellToken} url=postgres://app:none@db/app mode=prod`,
    );
    // runc ran the filled-in config.json, readable by root alone, from rbc's runtime directory.
    expect(seen.mode).toBe(0o600);
    expect(seen.dirMode).toBe(0o700);
    expect(seen.runtime).toContain(`API_TOKEN=${shellToken}`);
    // ps, and the hook that pins the network files, still know the bundle by its own directory.
    const rows = JSON.parse(seen.ps ?? "[]") as { id: string; bundle: string }[];
    expect(rows.find((row) => row.id === id)?.bundle).toBe(bundle);
    expect(seen.hosts).toBe(join(bundle, "hosts"));
    expect(existsSync(`/run/rbc/.bundles/${id}`)).toBe(false);

    expect(await filesWithSecrets(root)).toEqual([]);
    expect(await filesWithSecrets(outside)).toEqual([envFile]);
  });

  it("starts a bundle detached from its filled-in config.json, removed once runc has started it", async () => {
    const root = await scratchProject({
      [`bundles/${detachedName}/bundle.yaml`]: [
        `container_name: rbc-${detachedName}`,
        "image: rbc.local/busybox:1",
        'command: ["sleep", "300"]',
        "environment:",
        "  API_TOKEN: $API_TOKEN",
        "",
      ].join("\n"),
    });
    cleanup.push(() => rm(root, { recursive: true, force: true }));
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const env = { API_TOKEN: shellToken };
    const started = await runRbc(["run", "-d", `bundles/${detachedName}`], { cwd: root, env });
    expect(started.exitCode, started.stderr).toBe(0);
    expect(existsSync(`/run/rbc/.bundles/rbc-${detachedName}`)).toBe(false);
    const ps = JSON.parse((await runRbc(["ps", "--json"], { cwd: root })).stdout) as {
      id: string;
      status: string;
      bundle: string;
    }[];
    expect(ps.find((row) => row.id === `rbc-${detachedName}`)).toMatchObject({
      status: "running",
      bundle: join(root, "bundles", detachedName),
    });
    // The container's process has the token in its environment.
    const state = JSON.parse((await exec("runc", ["state", `rbc-${detachedName}`])).stdout) as {
      pid: number;
    };
    const environ = (await readFile(`/proc/${state.pid}/environ`, "utf8")).split("\0");
    expect(environ).toContain(`API_TOKEN=${shellToken}`);
    const stopped = await runRbc(["stop", "--time", "1", `bundles/${detachedName}`], { cwd: root });
    expect(stopped.exitCode, stopped.stderr).toBe(0);
    expect(existsSync(`/run/rbc/rbc-${detachedName}`)).toBe(false);
  });

  it("keeps the value of a container's variable the overlay removes out of bundle.lock", async () => {
    const container = await createContainer([
      "--name",
      containerName,
      "-e",
      `API_TOKEN=${removedToken}`,
      "-e",
      "MODE=prod",
      "rbc.local/busybox:1",
      "true",
    ]);
    cleanup.push(() => removeContainer(container));
    const root = await scratchProject({
      "bundles/source/bundle.yaml": `container: ${containerName}\nenvironment:\n  API_TOKEN: null\n`,
    });
    cleanup.push(() => rm(root, { recursive: true, force: true }));
    const built = await runRbc(["build"], { cwd: root });
    expect(built.exitCode, built.stderr).toBe(0);
    const lock = await readFile(join(root, "bundles/source/bundle.lock"), "utf8");
    expect(lock).toContain('"API_TOKEN"');
    expect(lock).toContain('"MODE=prod"');
    expect(await filesWithSecrets(root)).toEqual([]);
    const checked = await runRbc(["check", "bundles/source"], { cwd: root });
    expect(checked.exitCode, checked.stdout + checked.stderr).toBe(0);
  });
});
