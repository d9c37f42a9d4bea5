import { describe, expect, it } from "vitest";
import { progressLine } from "../../src/cli/progress-line.ts";
import {
  commandTerminal,
  note,
  progressOff,
  trackOf,
  type Terminal,
} from "../../src/cli/terminal.ts";
import { untracked } from "../../src/progress.ts";

describe("progressOff", () => {
  const tty = { stderrIsTTY: true, env: { TERM: "xterm-256color" } };

  it("leaves progress on for a terminal on stderr outside CI", () => {
    expect(progressOff(tty)).toBeUndefined();
    expect(progressOff({ ...tty, env: { CI: "false", NO_COLOR: "" } })).toBeUndefined();
    expect(progressOff({ ...tty, env: { CI: "0", GITHUB_ACTIONS: "false" } })).toBeUndefined();
  });

  it.each([
    ["stderr is piped", { stderrIsTTY: false, env: {} }, "stderr is not a terminal"],
    ["CI is set", { stderrIsTTY: true, env: { CI: "true" } }, "CI is set"],
    ["CI=1", { stderrIsTTY: true, env: { CI: "1" } }, "CI is set"],
    [
      "under GitHub Actions",
      { stderrIsTTY: true, env: { GITHUB_ACTIONS: "true" } },
      "GITHUB_ACTIONS=true",
    ],
    ["NO_COLOR is set", { stderrIsTTY: true, env: { NO_COLOR: "1" } }, "NO_COLOR is set"],
    ["TERM is dumb", { stderrIsTTY: true, env: { TERM: "dumb" } }, "TERM=dumb"],
  ])("turns progress off when %s", (_why, context, reason) => {
    expect(progressOff(context)).toBe(reason);
  });
});

function capturing(): Terminal & { readonly printed: string[] } {
  const printed: string[] = [];
  const clock = { now: () => 0, every: () => () => undefined };
  return {
    printed,
    out: (text) => printed.push(`out:${text}`),
    err: (text) => printed.push(`err:${text}`),
    color: false,
    githubActions: false,
    progress: progressLine({ write: () => undefined, columns: () => 80 }, clock),
  };
}

describe("commandTerminal", () => {
  it("keeps the terminal as it is without --quiet", () => {
    const terminal = capturing();
    expect(commandTerminal(terminal, { quiet: false })).toBe(terminal);
    expect(trackOf(terminal)).toBe(terminal.progress?.track);
  });

  it("with --quiet, drops the progress line and the notes, and keeps problems", () => {
    const terminal = capturing();
    const quiet = commandTerminal(terminal, { quiet: true });
    expect(quiet.progress).toBeUndefined();
    expect(trackOf(quiet)).toBe(untracked);
    note(quiet, "✓ bundles/web: up to date\n");
    quiet.err("bundles/web/bundle.yaml:2:7: error OVL201: …\n");
    quiet.out("bundles/web: config.json drifted\n");
    expect(terminal.printed).toEqual([
      "err:bundles/web/bundle.yaml:2:7: error OVL201: …\n",
      "out:bundles/web: config.json drifted\n",
    ]);
  });

  it("prints notes without --quiet", () => {
    const terminal = capturing();
    note(terminal, "✓ bundles/web: up to date\n");
    expect(terminal.printed).toEqual(["err:✓ bundles/web: up to date\n"]);
  });
});
