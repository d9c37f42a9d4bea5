import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";

const run = promisify(execFile);

/** The shell's path, if Debian's package is installed (scripts/setup.sh installs zsh and fish). */
function shell(name: string): string | undefined {
  const path = `/usr/bin/${name}`;
  return existsSync(path) ? path : undefined;
}
const bash = shell("bash");
const zsh = shell("zsh");
const fish = shell("fish");
const absent = (name: string) =>
  `(skipped: /usr/bin/${name} is not installed; scripts/setup.sh installs it)`;

/**
 * A project as completion sees it: two bundles, a folder of bases that is no bundle, another
 * directory, and a hidden one.
 */
async function project(): Promise<string> {
  const root = await scratchProject({
    "bundles/web/bundle.yaml": "image: rbc.local/busybox:1\n",
    "bundles/web/config.json": "{}\n",
    "bundles/api/bundle.yaml": "image: rbc.local/busybox:1\n",
    "bundles/_base/base.yaml": "user: alice\n",
    "notes/todo.txt": "",
  });
  await mkdir(join(root, ".hidden"));
  return root;
}

/** `rbc completion <shell>`, as the built CLI prints it, written to a file in `root`. */
async function script(root: string, name: string): Promise<string> {
  const printed = await runRbc(["completion", name], { cwd: root });
  expect(printed).toMatchObject({ exitCode: 0, stderr: "" });
  const file = join(root, `completion.${name}`);
  await writeFile(file, printed.stdout);
  return file;
}

describe("rbc completion bash", () => {
  let root: string;
  let file: string;
  beforeAll(async () => {
    root = await project();
    file = await script(root, "bash");
  });

  /** The candidates the completion function gives for a command line, the last word being completed. */
  async function complete(...words: string[]): Promise<string[]> {
    const program = `source "$1"; shift
COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=()
_rbc
printf '%s\\n' "\${COMPREPLY[@]}"`;
    const { stdout } = await run(
      bash ?? "bash",
      ["--norc", "-c", program, "bash", file, ...words],
      {
        cwd: root,
      },
    );
    return stdout.split("\n").filter((line) => line !== "");
  }

  it.skipIf(bash === undefined)("registers _rbc for rbc in a real bash", async () => {
    const { stdout } = await run(bash ?? "bash", [
      "--norc",
      "-c",
      `source "$1"; complete -p rbc`,
      "bash",
      file,
    ]);
    expect(stdout).toBe("complete -F _rbc rbc\n");
  });

  it.skipIf(bash === undefined)("completes commands, then their options", async () => {
    expect(await complete("rbc", "")).toEqual([
      "build",
      "check",
      "explain",
      "rootfs",
      "verify",
      "run",
      "watch",
      "stop",
      "ps",
      "logs",
      "import",
      "init",
      "completion",
      "help",
    ]);
    expect(await complete("rbc", "st")).toEqual(["stop"]);
    expect(await complete("rbc", "explain", "--j")).toEqual(["--json"]);
    expect(await complete("rbc", "--verbose", "ch")).toEqual(["check"]);
    expect(await complete("rbc", "run", "--ve")).toEqual(["--verify", "--verbose"]);
    expect(await complete("rbc", "completion", "")).toEqual(["bash", "zsh", "fish"]);
  });

  it.skipIf(bash === undefined)("completes an option's value, also after =", async () => {
    expect(await complete("rbc", "run", "--verify", "")).toEqual(["stat", "full"]);
    expect(await complete("rbc", "watch", "--verify", "=", "f")).toEqual(["full"]);
    expect(await complete("rbc", "stop", "--time", "")).toEqual([]);
  });

  it.skipIf(bash === undefined)("completes bundle names from bundles/, then paths", async () => {
    // Names first; compgen lists directories in readdir order (bash sorts what it shows).
    const [api, web, ...dirs] = await complete("rbc", "stop", "");
    expect([api, web, ...dirs.sort()]).toEqual(["api", "web", "bundles", "notes"]);
    expect(await complete("rbc", "stop", "w")).toEqual(["web"]);
    expect((await complete("rbc", "check", "bundles/")).sort()).toEqual([
      "bundles/_base",
      "bundles/api",
      "bundles/web",
    ]);
    // In a bundle directory, its bundle.yaml is the one file offered.
    expect(await complete("rbc", "build", "bundles/web/")).toEqual(["bundles/web/bundle.yaml"]);
    expect(await complete("rbc", "build", ".h")).toEqual([".hidden"]);
    expect(await complete("rbc", "ps", "")).toEqual([]);
  });
});

describe(`rbc completion zsh ${zsh === undefined ? absent("zsh") : ""}`, () => {
  it.skipIf(zsh === undefined)("is valid zsh and registers _rbc for rbc", async () => {
    const root = await project();
    const file = await script(root, "zsh");
    await run(zsh ?? "zsh", ["-n", file]);
    const program = `autoload -U compinit && compinit -u -D; source "$1"; print -r -- $_comps[rbc]`;
    const { stdout } = await run(zsh ?? "zsh", ["-f", "-c", program, "zsh", file], { cwd: root });
    expect(stdout).toBe("_rbc\n");
  });

  it.skipIf(zsh === undefined)("completes in an interactive zsh (zpty)", async () => {
    const root = await project();
    const file = await script(root, "zsh");
    // An interactive zsh on a pseudo-terminal, whose compadd also writes what it adds to a file.
    const capture = `zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='> '; autoload -U compinit; compinit -u -D; source $1"
zpty -w z "compadd() { local -a hits; builtin compadd -O hits \\"\\$@\\"; print -rl -- \\$hits >> $2; builtin compadd \\"\\$@\\" }"
zpty -w z "print -r -- READY"
zpty -r -m z line '*READY*'
zpty -wn z "$3"$'\\t'
zpty -w z $'\\C-u print -r -- DONE'
zpty -r -m z line '*DONE*'
zpty -d z`;
    const complete = async (line: string, name: string): Promise<string[]> => {
      const out = join(root, `zsh-${name}.out`);
      await writeFile(out, "");
      await run(zsh ?? "zsh", ["-f", "-c", capture, "zsh", file, out, line], {
        cwd: root,
        timeout: 30_000,
      });
      const { stdout } = await run("sort", ["-u", out]);
      return stdout.split("\n").filter((hit) => hit !== "");
    };
    expect(await complete("rbc st", "command")).toEqual(["stop"]);
    expect(await complete("rbc stop w", "bundle")).toEqual(["web"]);
    expect(await complete("rbc run --verify ", "choice")).toEqual(["full", "stat"]);
  });
});

describe(`rbc completion fish ${fish === undefined ? absent("fish") : ""}`, () => {
  it.skipIf(fish === undefined)(
    "is valid fish and completes commands, options and bundles",
    async () => {
      const root = await project();
      const file = await script(root, "fish");
      await run(fish ?? "fish", ["-n", file]);
      const complete = async (line: string): Promise<string[]> => {
        const program = `source $argv[1]; complete -C $argv[2]`;
        const { stdout } = await run(fish ?? "fish", ["-c", program, file, line], { cwd: root });
        return stdout
          .split("\n")
          .filter((hit) => hit !== "")
          .map((hit) => hit.split("\t")[0] ?? "");
      };
      expect(await complete("rbc st")).toEqual(["stop"]);
      expect(await complete("rbc stop w")).toEqual(["web"]);
      expect(await complete("rbc run --verify ")).toEqual(["full", "stat"]);
      expect(await complete("rbc completion ")).toEqual(["bash", "fish", "zsh"]);
      expect(await complete("rbc check bundles/w")).toEqual(["bundles/web/"]);
    },
  );
});
