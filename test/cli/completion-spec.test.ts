import { describe, expect, it } from "vitest";
import { bashCompletion } from "../../src/cli/bash-completion.ts";
import { cliCommands } from "../../src/cli/cli-commands.ts";
import { completionSpec } from "../../src/cli/completion-spec.ts";
import { fishCompletion } from "../../src/cli/fish-completion.ts";
import { createProgram } from "../../src/cli/program.ts";
import { zshCompletion } from "../../src/cli/zsh-completion.ts";
import { runCli } from "../helpers/cli-harness.ts";

function spec() {
  const terminal = {
    out: () => undefined,
    err: () => undefined,
    color: false,
    githubActions: false,
  };
  const program = createProgram({
    terminal,
    engine: () => Promise.reject(new Error("no engine")),
    done: () => undefined,
  });
  return completionSpec(program);
}

describe("completionSpec", () => {
  it("lists every command of the table and commander's help, not the hidden hooks", () => {
    const names = spec().commands.map((command) => command.name);
    expect(names).toEqual([...cliCommands.map((command) => command.name), "help"]);
    expect(names).not.toContain("hook");
  });

  it("reads option values: choices, paths, free values, and none", () => {
    const run = spec().commands.find((command) => command.name === "run");
    expect(run?.argument).toEqual({ kind: "bundle" });
    expect(run?.options.map(({ names, value }) => ({ names, value }))).toEqual(
      expect.arrayContaining([
        { names: ["-d", "--detach"], value: undefined },
        { names: ["--verify"], value: { kind: "choices", choices: ["stat", "full"] } },
        { names: ["--no-verify"], value: undefined },
        { names: ["--runc"], value: { kind: "file" } },
        { names: ["--verbose"], value: undefined },
      ]),
    );
    const stop = spec().commands.find((command) => command.name === "stop");
    expect(stop?.options[0]).toMatchObject({ names: ["-t", "--time"], value: { kind: "free" } });
  });

  it("completes bundles for <bundle> and [paths...], shells and commands by their values", () => {
    const argument = (name: string) => spec().commands.find((c) => c.name === name)?.argument;
    expect(argument("build")).toEqual({ kind: "bundle" });
    expect(argument("logs")).toEqual({ kind: "bundle" });
    expect(argument("ps")).toBeUndefined();
    expect(argument("completion")).toEqual({ kind: "choices", choices: ["bash", "zsh", "fish"] });
    expect(argument("help")).toEqual({ kind: "command" });
    // rbc init's words hold a new bundle's directory: paths.
    expect(argument("init")).toEqual({ kind: "file" });
  });

  it("completes rbc init's options: a container name is free, --from-run and --force take none", () => {
    const init = spec().commands.find((command) => command.name === "init");
    expect(init?.options.map(({ names, value }) => ({ names, value }))).toEqual(
      expect.arrayContaining([
        { names: ["--from-container"], value: { kind: "free" } },
        { names: ["--from-run"], value: undefined },
        { names: ["--force"], value: undefined },
      ]),
    );
  });

  it("completes rbc import's Compose file and --out directory as paths", () => {
    const importCommand = spec().commands.find((c) => c.name === "import");
    expect(importCommand?.argument).toEqual({ kind: "file" });
    expect(importCommand?.options.map(({ names, value }) => ({ names, value }))).toEqual(
      expect.arrayContaining([
        { names: ["--out"], value: { kind: "file" } },
        { names: ["--force"], value: undefined },
      ]),
    );
  });

  it("gives each command the program's options but --version (commander takes them after it)", () => {
    const global = spec().options.flatMap((option) => option.names);
    expect(global).toEqual(
      expect.arrayContaining(["-V", "--version", "--verbose", "-h", "--help"]),
    );
    const build = spec().commands.find((command) => command.name === "build");
    const names = build?.options.flatMap((option) => option.names) ?? [];
    expect(names.slice(0, 7)).toEqual([
      "--json",
      "--rootfs",
      "--no-cache",
      "-j",
      "--jobs",
      "-h",
      "--help",
    ]);
    expect(names).toContain("--verbose");
    expect(names).not.toContain("--version");
    expect(names.filter((name) => name === "--help")).toHaveLength(1);
  });
});

describe("completion scripts", () => {
  it("name every command in each shell's script", () => {
    for (const script of [bashCompletion(spec()), zshCompletion(spec()), fishCompletion(spec())]) {
      for (const command of spec().commands) expect(script).toContain(command.name);
    }
    expect(bashCompletion(spec())).toContain("complete -F _rbc rbc\n");
    expect(zshCompletion(spec())).toMatch(/^#compdef rbc\n/);
    expect(fishCompletion(spec())).toContain(
      "complete -c rbc -n __fish_use_subcommand -a 'build' -d 'compile bundles",
    );
  });

  it("quote descriptions for each shell", () => {
    // "bundle's" holds a quote: each shell has its own way to put it inside single quotes.
    expect(zshCompletion(spec())).toContain(`'stop:stop a bundle'\\''s container`);
    expect(fishCompletion(spec())).toContain(`-d 'stop a bundle\\'s container`);
  });
});

describe("rbc completion", () => {
  it("prints the script of the shell it is given", async () => {
    const result = await runCli(["completion", "fish"], { root: "/nowhere" });
    expect(result).toEqual({ exitCode: 0, stdout: fishCompletion(spec()), stderr: "" });
  });

  it("refuses another shell as a usage error (exit 2)", async () => {
    const result = await runCli(["completion", "tcsh"], { root: "/nowhere" });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("Allowed choices are bash, zsh, fish.");
  });
});
