import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratchDir } from "../../helpers/cli-harness.ts";

/**
 * What `runc list --format json` prints: three of rbc's containers (one named by its
 * `container_name`, so only its annotation says it is rbc's) and two of someone else's.
 */
const runcList = [
  { id: "rbc-cli-test-web", pid: 4242, status: "running", bundle: "/srv/bundles/web" },
  { id: "someone-else", pid: 7, status: "running", bundle: "/srv/other" },
  {
    id: "cli-test-db",
    pid: 99,
    status: "running",
    bundle: "/srv/bundles/db",
    annotations: { "rbc.container-id": "cli-test-db" },
  },
  {
    id: "copied-annotation",
    pid: 8,
    status: "running",
    bundle: "/srv/copy",
    annotations: { "rbc.container-id": "cli-test-db" },
  },
  { id: "rbc-cli-test-api", pid: 0, status: "stopped", bundle: "/srv/bundles/api" },
];

/** A stand-in runc that answers `list --format json` and fails on anything else. */
async function fakeRunc(): Promise<{ root: string; runc: string }> {
  const root = await scratchDir("cli-runc");
  const runc = join(root, "runc");
  await writeFile(
    runc,
    [
      "#!/bin/sh",
      'if [ "$*" = "list --format json" ]; then',
      `  echo '${JSON.stringify(runcList)}'`,
      "  exit 0",
      "fi",
      'echo "unexpected runc $*" >&2',
      "exit 1",
      "",
    ].join("\n"),
  );
  await chmod(runc, 0o755);
  return { root, runc };
}

describe("rbc ps", () => {
  it("lists rbc's containers from runc list, sorted by id", async () => {
    const { root, runc } = await fakeRunc();
    const result = await runCli(["ps", "--runc", runc], { root });
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        "ID                STATUS   PID   ADDRESS  PORTS  BUNDLE\n" +
        "cli-test-db       running  99                    /srv/bundles/db\n" +
        "rbc-cli-test-api  stopped  0                     /srv/bundles/api\n" +
        "rbc-cli-test-web  running  4242                  /srv/bundles/web\n",
      stderr: "",
    });
  });

  it("prints them as JSON with --json", async () => {
    const { root, runc } = await fakeRunc();
    const result = await runCli(["ps", "--json", "--runc", runc], { root });
    expect(result.exitCode).toBe(0);
    const container = (id: string, status: string, pid: number, bundle: string) => ({
      id,
      bundle,
      status,
      pid,
      network: "",
      address: "",
      ports: [],
    });
    expect(JSON.parse(result.stdout)).toEqual([
      container("cli-test-db", "running", 99, "/srv/bundles/db"),
      container("rbc-cli-test-api", "stopped", 0, "/srv/bundles/api"),
      container("rbc-cli-test-web", "running", 4242, "/srv/bundles/web"),
    ]);
  });

  it("exits 3 when runc is not where --runc says", async () => {
    const { root } = await fakeRunc();
    const result = await runCli(["ps", "--runc", join(root, "missing")], { root });
    expect(result).toEqual({
      exitCode: 3,
      stdout: "",
      stderr: "error: runc not found at <root>/missing (install Debian's runc, or pass --runc)\n",
    });
  });
});
