import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { DockerUnavailableError, InternalError } from "../../src/errors/index.ts";
import { cliImage, cliProject, engineWith, runCli } from "../helpers/cli-harness.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";
import { repoRoot } from "../helpers/run-rbc.ts";

describe("main", () => {
  it("prints the version and exits 0", async () => {
    const result = await runCli(["--version"], { root: repoRoot });
    expect(result).toEqual({ exitCode: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });

  it("prints the help with the exit codes and exits 0", async () => {
    const result = await runCli(["--help"], { root: repoRoot });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: rbc \[options\] \[command\]\n/);
    expect(result.stdout).toContain("\nExit codes:\n  0  success; for check, nothing drifted\n");
  });

  it("exits 2 on a usage error", async () => {
    const unknown = await runCli(["bogus"], { root: repoRoot });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe(
      "error: unknown command 'bogus'\n(Did you mean logs?)\n(run rbc --help for usage)\n",
    );
    const badSeconds = await runCli(["stop", "bundles/web", "--time", "soon"], { root: repoRoot });
    expect(badSeconds.exitCode).toBe(2);
    expect(badSeconds.stderr).toContain("expected a whole number of seconds");
  });

  it.each([
    ["build", "0"],
    ["check", "-1"],
    ["rootfs", "two"],
    ["watch", "1.5"],
  ])("exits 2 when %s --jobs is %s, before connecting to the engine", async (command, jobs) => {
    const result = await runCli([command, "--jobs", jobs], { root: repoRoot });
    expect(result).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: `error: option '-j, --jobs <n>' argument '${jobs}' is invalid. expected a positive whole number\n(run rbc --help for usage)\n`,
    });
  });

  it("exits 2 on an invalid overlay, with file:line:col, and writes nothing", async () => {
    const root = await cliProject("web");
    const overlay = join(root, "bundles/web/bundle.yaml");
    await writeFile(overlay, `${await readFile(overlay, "utf8")}workdir: /srv\n`);
    const engine = engineWith([cliImage()]);
    const result = await runCli(["build", join(root, "bundles")], { root, engine });
    expect(result).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        '<root>/bundles/web/bundle.yaml:6:1: error OVL201: unknown key "workdir"; did you mean "working_dir"? (at workdir)\n' +
        "1 bundle: 1 failed (exit 2)\n",
    });
  });

  it("exits 2 when the bundle directory's name cannot name a container", async () => {
    const root = await cliProject("web");
    await rename(join(root, "bundles/web"), join(root, "bundles/my\nweb"));
    const engine = engineWith([cliImage()]);
    const result = await runCli(["build", join(root, "bundles")], { root, engine });
    expect(result).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        '<root>/bundles/my\nweb/bundle.yaml:1:1: error OVL103: the bundle directory name "my\\nweb" cannot name a container: use letters, digits, "_", "." and "-", starting with a letter or digit\n' +
        "1 bundle: 1 failed (exit 2)\n",
    });
  });

  it("exits 3 when the image is missing from the engine", async () => {
    const root = await cliProject("web");
    const result = await runCli(["build", join(root, "bundles")], { root, engine: engineWith([]) });
    expect(result).toEqual({
      exitCode: 3,
      stdout: "",
      stderr:
        '<root>/bundles/web/bundle.yaml: error: image "rbc.local/cli:1" is not present on the Docker engine (rbc never pulls; docker pull or docker load it first)\n' +
        "1 bundle: 1 failed (exit 3)\n",
    });
  });

  it("exits 3 when the engine is unreachable", async () => {
    const root = await cliProject("web");
    const down = fakeEngine([]);
    const engine = () =>
      Promise.resolve({
        ...down,
        endpoint: "unix:///nowhere.sock",
        inspectImage: () => Promise.reject(new DockerUnavailableError("unix:///nowhere.sock")),
      });
    const result = await runCli(["check", join(root, "bundles")], { root, engine });
    expect(result).toEqual({
      exitCode: 3,
      stdout: "",
      stderr:
        "<root>/bundles/web/bundle.yaml: error: cannot reach the Docker engine at unix:///nowhere.sock; is dockerd running (or DOCKER_HOST set)?\n" +
        "1 bundle checked: 1 failed (exit 3)\n",
    });
  });

  it("exits 70 with the stack and a request to report a broken invariant", async () => {
    const root = await cliProject("web");
    const works = fakeEngine([cliImage()]);
    const engine = () =>
      Promise.resolve({
        ...works,
        inspectImage: () => Promise.reject(new InternalError("an invariant broke")),
      });
    const result = await runCli(["build", join(root, "bundles")], { root, engine });
    expect(result.exitCode).toBe(70);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^internal error: InternalError: an invariant broke\n {4}at /);
    expect(result.stderr).toMatch(
      /\nThis is a bug in rbc; please report it with the command you ran\.\n$/,
    );
  });
});

/** Value imports (not `import type`, not dynamic `import()`) of a TypeScript module. */
function staticImports(source: string): string[] {
  const pattern = /^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?"([^"]+)"/gms;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? "");
}

async function staticGraph(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(await readFile(file, "utf8"))) {
      if (specifier.startsWith(".") && specifier.endsWith(".ts")) {
        await visit(resolve(dirname(file), specifier));
      } else {
        seen.add(specifier);
      }
    }
  };
  await visit(entry);
  return seen;
}

describe("the --version and --help path", () => {
  it("loads neither dockerode, ajv nor chokidar before a command runs", async () => {
    const graph = await staticGraph(join(repoRoot, "src/cli/main.ts"));
    expect(graph).toContain(join(repoRoot, "src/cli/program.ts"));
    expect(graph).toContain("commander");
    const heavy = [...graph].filter((module) =>
      /^(dockerode|ajv|chokidar)$|\/resolve\/docker\.ts$/.test(module),
    );
    expect(heavy).toEqual([]);
  });
});

describe("what each command loads before it runs", () => {
  const heavyOf = async (command: string): Promise<string[]> => {
    const graph = await staticGraph(join(repoRoot, `src/cli/commands/${command}.ts`));
    return [...graph]
      .filter((module) => /^(dockerode|ajv|chokidar)$|\/resolve\/docker\.ts$/.test(module))
      .map((module) => module.replace(`${repoRoot}/`, ""))
      .sort();
  };

  it("loads none of dockerode, ajv and chokidar for commands that neither compile nor watch, nor for run until it must materialize", async () => {
    for (const command of ["ps", "stop", "logs", "hook", "verify", "run"]) {
      expect(await heavyOf(command), command).toEqual([]);
    }
  });

  it("loads the generated schema validators, but neither ajv's compiler, dockerode nor chokidar, to compile", async () => {
    for (const command of ["build", "check", "rootfs"]) {
      const graph = await staticGraph(join(repoRoot, `src/cli/commands/${command}.ts`));
      expect(graph, command).toContain(
        join(repoRoot, "src/overlay/validate-bundle-document.generated.ts"),
      );
      expect(await heavyOf(command), command).toEqual([]);
    }
  });

  it("loads no rootfs code for check until it reads a manifest (check --offline never does)", async () => {
    const graph = await staticGraph(join(repoRoot, "src/cli/commands/check.ts"));
    const rootfs = [...graph].filter((module) => module.includes("/src/rootfs/"));
    expect(rootfs).toEqual([]);
  });
});
