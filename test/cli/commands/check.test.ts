import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cliContainer,
  cliImage,
  cliProject,
  engineWith,
  runCli,
  type CliResult,
} from "../../helpers/cli-harness.ts";
import { git } from "../../helpers/git-repository.ts";

interface CheckJson {
  readonly command: string;
  readonly exitCode: number;
  readonly bundles: readonly {
    readonly name: string;
    readonly status: string;
    readonly drift: readonly { readonly path: string }[];
    readonly reasons: readonly { readonly kind: string; readonly message: string }[];
  }[];
  readonly diagnostics: readonly unknown[];
}

/** A project with bundles/<name> built against `engine`, as committed. */
async function builtProject(name: string, engine: ReturnType<typeof engineWith>): Promise<string> {
  const root = await cliProject(name);
  const built = await runCli(["build", join(root, "bundles")], { root, engine });
  expect(built.exitCode).toBe(0);
  return root;
}

async function checkJson(
  root: string,
  args: readonly string[],
  engine?: ReturnType<typeof engineWith>,
) {
  const result: CliResult = await runCli(["check", "--json", ...args, join(root, "bundles")], {
    root,
    ...(engine === undefined ? {} : { engine }),
  });
  return { result, json: JSON.parse(result.stdout) as CheckJson };
}

const kinds = (json: CheckJson): string[] =>
  json.bundles.flatMap((b) => b.reasons.map((r) => r.kind));

async function editOverlay(root: string, name: string, from: string, to: string): Promise<void> {
  const file = join(root, "bundles", name, "bundle.yaml");
  await writeFile(file, (await readFile(file, "utf8")).replace(from, to));
}

describe("rbc check", () => {
  it("exits 0 when the committed files match what the overlay compiles to", async () => {
    const engine = engineWith([cliImage()]);
    const root = await builtProject("web", engine);
    const result = await runCli(["check", join(root, "bundles")], { root, engine });
    expect(result).toEqual({ exitCode: 0, stdout: "", stderr: "1 bundle checked: 1 up to date\n" });
  });

  it("reports a bundle that was never built (not-built)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await cliProject("web");
    const { result, json } = await checkJson(root, [], engine);
    expect(result.exitCode).toBe(1);
    expect(kinds(json)).toEqual(["not-built"]);
    const text = await runCli(["check", join(root, "bundles")], { root, engine });
    expect(text.stdout).toMatch(
      /^<root>\/bundles\/web: never built: run rbc build and commit the result\n<root>\/bundles\/web\/config.json is missing\n/,
    );
  });

  it("reports an edited overlay with the overlay line behind the change (overlay-changed)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await builtProject("web", engine);
    await editOverlay(root, "web", "GREETING: hello", "GREETING: bonjour");
    const result = await runCli(["check", join(root, "bundles")], { root, engine });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "<root>/bundles/web: the overlay changed: the committed files are stale relative to bundle.yaml\n" +
        "<root>/bundles/web/config.json drifted\n" +
        "  <root>/bundles/web/bundle.yaml:5 environment.GREETING: /process/env/2\n" +
        "--- <root>/bundles/web/config.json (committed)\n" +
        "+++ <root>/bundles/web/config.json (compiled)\n",
    );
    expect(result.stdout).toContain('-      "GREETING=hello"\n+      "GREETING=bonjour"\n');
    expect(result.stderr).toBe(
      "1 bundle checked: 1 drifted\nfix: rbc build <root>/bundles/web && git add <root>/bundles/web\n",
    );
  });

  it("names the base file, not bundle.yaml, when only a base changed (overlay-changed)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await cliProject("web");
    await mkdir(join(root, "bundles", "_base"));
    await writeFile(join(root, "bundles", "_base", "shared.yaml"), "environment:\n  TZ: UTC\n");
    await editOverlay(root, "web", "image:", "extends: ../_base/shared.yaml\nimage:");
    expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
    await writeFile(join(root, "bundles", "_base", "shared.yaml"), "environment:\n  TZ: CET\n");
    const result = await runCli(["check", join(root, "bundles")], { root, engine });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "<root>/bundles/web: the overlay changed: the committed files are stale relative to <root>/bundles/_base/shared.yaml\n" +
        "<root>/bundles/web/config.json drifted\n" +
        "  <root>/bundles/_base/shared.yaml:2 environment.TZ:",
    );
    const offline = await runCli(["check", "--offline", join(root, "bundles")], { root });
    expect(offline.stdout).toContain(
      "<root>/bundles/web: the overlay changed: the committed files are stale relative to <root>/bundles/_base/shared.yaml\n",
    );
  });

  it("tells a changed target from a changed overlay, online and offline (target-changed)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await cliProject("web");
    await editOverlay(root, "web", "image:", 'target: { docker: "20.10", cgroup: v1 }\nimage:');
    expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
    await editOverlay(root, "web", '"20.10", cgroup: v1', '"26.1", cgroup: v2');
    const message =
      "the target changed: the bundle was built for docker 20.10, cgroup v1, the overlay now targets docker 26.1, cgroup v2";
    for (const args of [[], ["--offline"]]) {
      const { result, json } = await checkJson(root, args, engine);
      expect(result.exitCode).toBe(1);
      expect(json.bundles[0]?.reasons).toEqual([{ kind: "target-changed", message }]);
    }
    await editOverlay(root, "web", "GREETING: hello", "GREETING: bonjour");
    const { json } = await checkJson(root, [], engine);
    expect(kinds(json)).toEqual(["target-changed", "overlay-changed"]);
  });

  it("tells a bundle moved within its repository from a changed overlay, online and offline (identity-changed)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await cliProject("web");
    await git(root, ["init", "-q"]);
    await git(root, ["add", "."]);
    await git(root, ["commit", "-q", "-m", "infra"]);
    expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
    const built = JSON.parse(await readFile(join(root, "bundles/web/bundle.lock"), "utf8")) as {
      identity: { containerId: string; repository: string; path: string };
    };
    expect(built.identity.path).toBe("bundles/web");
    expect(built.identity.containerId).toMatch(/^rbc-web-[0-9a-f]{8}$/);
    await rename(join(root, "bundles"), join(root, "apps"));
    for (const args of [[], ["--offline"]]) {
      const result = await runCli(["check", ...args, join(root, "apps")], { root, engine });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(
          `^<root>/apps/web: the container id changed: the bundle was built to run as ${built.identity.containerId} \\(bundles/web in repository ${built.identity.repository.slice(0, 12)}\\), and now runs as rbc-web-[0-9a-f]{8} \\(apps/web in repository ${built.identity.repository.slice(0, 12)}\\)`,
        ),
      );
      const json = JSON.parse(
        (await runCli(["check", "--json", ...args, join(root, "apps")], { root, engine })).stdout,
      ) as CheckJson;
      expect(kinds(json)).toEqual(["identity-changed"]);
    }
    // Setting container_name changes the id too, and nothing else.
    await rename(join(root, "apps"), join(root, "bundles"));
    await editOverlay(root, "web", "image:", "container_name: web-1\nimage:");
    const { json } = await checkJson(root, [], engine);
    expect(json.bundles[0]?.reasons).toEqual([
      {
        kind: "identity-changed",
        message: `the container id changed: the bundle was built to run as ${built.identity.containerId} (bundles/web in repository ${built.identity.repository.slice(0, 12)}), and now runs as web-1 (container_name) (it moved, or its container_name changed)`,
      },
    ]);
  });

  it("reports a bundle an older rbc built, whose lock has no container id (identity-changed)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await builtProject("web", engine);
    const lockFile = join(root, "bundles/web/bundle.lock");
    const lock = JSON.parse(await readFile(lockFile, "utf8")) as { identity?: unknown };
    delete lock.identity;
    await writeFile(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    const configFile = join(root, "bundles/web/config.json");
    const config = JSON.parse(await readFile(configFile, "utf8")) as {
      annotations: Record<string, string>;
    };
    const id = config.annotations["rbc.container-id"] ?? "";
    delete config.annotations["rbc.container-id"];
    await writeFile(configFile, JSON.stringify(config, null, 2).replaceAll(`"${id}"`, '"web"'));
    for (const args of [[], ["--offline"]]) {
      const { json } = await checkJson(root, args, engine);
      expect(json.bundles[0]?.reasons).toEqual([
        {
          kind: "identity-changed",
          message: `the container id changed: the bundle was built before bundles had one of their own, and now runs as ${id} (<root>/bundles/web)`,
        },
      ]);
    }
  });

  it("keeps a copy outside git named as its lock records: no drift", async () => {
    const engine = engineWith([cliImage()]);
    const root = await builtProject("web", engine);
    await rename(join(root, "bundles"), join(root, "copied"));
    const result = await runCli(["check", join(root, "copied")], { root, engine });
    expect(result).toEqual({ exitCode: 0, stdout: "", stderr: "1 bundle checked: 1 up to date\n" });
  });

  it("prints the bundles' status, drift and reasons as JSON with --json", async () => {
    const engine = engineWith([cliImage()]);
    const root = await builtProject("web", engine);
    await editOverlay(root, "web", "GREETING: hello", "GREETING: bonjour");
    const { result, json } = await checkJson(root, [], engine);
    expect(result.stderr).toBe("");
    expect(Object.keys(json)).toEqual(["command", "exitCode", "bundles", "diagnostics"]);
    expect(json).toMatchObject({ command: "check", exitCode: 1, diagnostics: [] });
    const [bundle] = json.bundles;
    expect(Object.keys(bundle ?? {})).toEqual([
      "name",
      "dir",
      "overlayFile",
      "status",
      "drift",
      "reasons",
      "source",
    ]);
    expect(bundle).toMatchObject({
      name: "web",
      dir: "<root>/bundles/web",
      overlayFile: "<root>/bundles/web/bundle.yaml",
      status: "drift",
      drift: [
        {
          path: "<root>/bundles/web/config.json",
          state: "modified",
          changedPaths: ["/process/env/2"],
          causes: [
            {
              key: "environment.GREETING",
              location: { file: "<root>/bundles/web/bundle.yaml", line: 5, col: 13 },
            },
          ],
        },
      ],
      reasons: [
        {
          kind: "overlay-changed",
          message: "the overlay changed: the committed files are stale relative to bundle.yaml",
        },
      ],
      source: {
        key: "image",
        location: { file: "<root>/bundles/web/bundle.yaml", line: 2, col: 8 },
      },
    });
  });

  it("reports an image tag that now names another image (upstream-moved, rootfs-changed)", async () => {
    const root = await builtProject("web", engineWith([cliImage("hello")]));
    const moved = engineWith([cliImage("bonjour")]);
    const { result, json } = await checkJson(root, [], moved);
    expect(result.exitCode).toBe(1);
    expect(kinds(json)).toEqual(["upstream-moved", "rootfs-changed"]);
    expect(json.bundles[0]?.drift.map((d) => d.path)).toEqual([
      "<root>/bundles/web/rootfs.mtree",
      "<root>/bundles/web/bundle.lock",
    ]);
    const text = await runCli(["check", join(root, "bundles")], { root, engine: moved });
    expect(text.stdout).toMatch(
      /^<root>\/bundles\/web: upstream moved: rbc\.local\/cli:1 now resolves to sha256:[0-9a-f]{64}, the lock has sha256:[0-9a-f]{64}\n<root>\/bundles\/web: the rootfs manifest changed \(rootfs\.mtree\)\n/,
    );
    expect(text.stdout).toContain("+./etc/motd type=file mode=0644 uid=0 gid=0 size=8 ");
  });

  it("reports a hand-edited rootfs.mtree (rootfs-changed)", async () => {
    const engine = engineWith([cliImage()]);
    const root = await builtProject("web", engine);
    await appendFile(join(root, "bundles/web/rootfs.mtree"), "./extra type=file\n");
    const { result, json } = await checkJson(root, [], engine);
    expect(result.exitCode).toBe(1);
    expect(kinds(json)).toEqual(["rootfs-changed"]);
    expect(json.bundles[0]?.drift.map((d) => d.path)).toEqual(["<root>/bundles/web/rootfs.mtree"]);
  });

  it("reports a container source that changed since the build (container-changed)", async () => {
    const images = [cliImage()];
    const root = await builtProject("app", engineWith(images, [cliContainer()]));
    const changed = engineWith(images, [cliContainer(["PATH=/usr/bin:/bin", "MODE=debug"])]);
    const { result, json } = await checkJson(root, [], changed);
    expect(result.exitCode).toBe(1);
    expect(kinds(json)).toEqual(["container-changed"]);
    const text = await runCli(["check", join(root, "bundles")], { root, engine: changed });
    expect(text.stdout).toMatch(
      /^<root>\/bundles\/app: the container rbc-cli-app changed since the bundle was built\n/,
    );
    expect(text.stdout).toContain("  container Config.Env[1] (rbc-cli-app): /process/env/2\n");
  });

  it("exits 0 offline, without connecting to the engine, when nothing changed", async () => {
    const root = await builtProject("web", engineWith([cliImage()]));
    const result = await runCli(["check", "--offline", join(root, "bundles")], { root });
    expect(result).toEqual({ exitCode: 0, stdout: "", stderr: "1 bundle checked: 1 up to date\n" });
  });

  it("reports an overlay edited since the build offline (overlay-changed)", async () => {
    const root = await builtProject("web", engineWith([cliImage()]));
    await editOverlay(root, "web", "GREETING: hello", "GREETING: bonjour");
    const { result, json } = await checkJson(root, ["--offline"]);
    expect(result.exitCode).toBe(1);
    expect(kinds(json)).toEqual(["overlay-changed"]);
    expect(json.bundles[0]?.drift.map((d) => d.path)).toEqual(["<root>/bundles/web/config.json"]);
  });

  it("reports offline an overlay that needs engine answers its lock lacks", async () => {
    const root = await builtProject("web", engineWith([cliImage()]));
    await editOverlay(root, "web", "rbc.local/cli:1", "rbc.local/other:1");
    const result = await runCli(["check", "--offline", join(root, "bundles")], { root });
    expect(result).toEqual({
      exitCode: 1,
      stdout:
        "<root>/bundles/web: the lock does not record image rbc.local/other:1; the overlay changed what it needs from the engine (run rbc build with the engine running)\n",
      stderr:
        "1 bundle checked: 1 drifted\nfix: rbc build <root>/bundles/web && git add <root>/bundles/web\n",
    });
    const { json } = await checkJson(root, ["--offline"]);
    expect(json.bundles[0]).toMatchObject({ status: "drift", drift: [] });
    expect(kinds(json)).toEqual(["overlay-changed"]);
  });

  it("reports offline an overlay that now looks up a user its lock did not record", async () => {
    const root = await builtProject("web", engineWith([cliImage()]));
    await appendFile(join(root, "bundles/web/bundle.yaml"), "user: nobody\n");
    const result = await runCli(["check", "--offline", join(root, "bundles")], { root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^<root>\/bundles\/web: the lock does not record the lookup of user "nobody" in image:sha256:[0-9a-f]{64}; /,
    );
    const lock = JSON.parse(await readFile(join(root, "bundles/web/bundle.lock"), "utf8")) as {
      inputs: { engine: { users: Record<string, unknown> } };
    };
    // The lock keeps the entries the lookup of the default user needed, not the files.
    expect(Object.values(lock.inputs.engine.users)).toEqual([
      { user: "", groupAdd: [], passwd: "root:x:0:0\n" },
    ]);
  });

  it("reports offline a rootfs.mtree that no longer matches its lock's digest", async () => {
    const root = await builtProject("web", engineWith([cliImage()]));
    await appendFile(join(root, "bundles/web/rootfs.mtree"), "./extra type=file\n");
    const result = await runCli(["check", "--offline", join(root, "bundles")], { root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      "<root>/bundles/web: rootfs.mtree does not match the digest its lock records\n",
    );
  });
});
