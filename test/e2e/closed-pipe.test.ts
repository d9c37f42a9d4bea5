import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-rbc.ts";

/**
 * `rbc … | head -1`: the reader closes the pipe while rbc still writes. Here the reader closes
 * it before rbc writes anything, so every write fails with EPIPE; rbc finishes its command and
 * exits with the command's own code, and prints no stack trace.
 */
function runWithClosedStdout(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin/rbc.js"), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: "1" },
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => {
      done({ code, stderr });
    });
  });
}

describe("a reader that closes the pipe", () => {
  it.each([
    [["--help"], 0],
    [["ps"], 0],
    [["check", "--offline", "--json", "bundles/"], 0],
    [["build", "--help"], 0],
  ] as const)("rbc %s exits %i without a stack trace", async (args, expected) => {
    const { code, stderr } = await runWithClosedStdout(args);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|\n {4}at /u);
    expect(code).toBe(expected);
  });
});
