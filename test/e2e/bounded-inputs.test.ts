import { readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { loadImageArchive, removeImage } from "../support/docker.ts";
import { createImageArchive } from "../support/tar.ts";

const REF = "rbc.local/h-bounded-big-passwd:1";
const PASSWD_BYTES = 64 * 1024 * 1024;

/**
 * An /etc/passwd of 64 MiB: generated users, a secret-looking password field on each, and the
 * user the bundle asks for on the last line; /etc/group lists that user in two groups.
 */
function bigPasswd(): Buffer {
  const last = "app:$6$not-a-real-hash:4242:4343::/home/app:/bin/sh\n";
  const lines: string[] = [];
  let size = last.length;
  for (let i = 0; size < PASSWD_BYTES; i += 1) {
    const line = `u${String(i)}:$6$salt$hash:${String(10_000 + i)}:100::/home/u:/bin/false\n`;
    lines.push(line);
    size += line.length;
  }
  lines.push(last);
  return Buffer.from(lines.join(""));
}

const group = "root:x:0:\napp:x:4343:\nstaff:x:50:app,bob\nextra:x:6000:\naudio:x:29:bob,app\n";

describe("rbc build with a huge /etc/passwd", () => {
  let root: string;
  let passwdSize: number;

  beforeAll(async () => {
    const passwd = bigPasswd();
    passwdSize = passwd.length;
    await loadImageArchive(
      createImageArchive({
        repoTags: [REF],
        config: { Cmd: ["/bin/sh"] },
        layers: [
          {
            entries: [
              { type: "dir", path: "etc/" },
              { type: "file", path: "etc/passwd", data: passwd },
              { type: "file", path: "etc/group", data: group },
            ],
            createdBy: "a 64 MiB /etc/passwd",
          },
        ],
      }),
    );
    root = await scratchProject({
      "bundles/big/bundle.yaml": `image: ${REF}\nuser: app\ngroup_add: [extra]\n`,
    });
  }, 120_000);

  afterAll(async () => {
    await removeImage(REF);
    await rm(root, { recursive: true, force: true });
  });

  it("builds, with a lock that keeps only the entries the lookup needed", async () => {
    expect(passwdSize).toBeGreaterThanOrEqual(PASSWD_BYTES);
    const built = await runRbc(["build", "bundles/"], { cwd: root });
    expect(built.stderr).toContain("1 bundle: 1 built");
    expect(built.exitCode).toBe(0);
    const config = JSON.parse(await readFile(join(root, "bundles/big/config.json"), "utf8")) as {
      process: { user: unknown };
    };
    // runc's lookup: the user's uid and gid, the groups listing it in file order, then group_add.
    expect(config.process.user).toEqual({
      uid: 4242,
      gid: 4343,
      additionalGids: [4343, 50, 29, 6000],
    });
    const lockFile = join(root, "bundles/big/bundle.lock");
    expect((await stat(lockFile)).size).toBeLessThan(256 * 1024);
    const lock = await readFile(lockFile, "utf8");
    expect(lock).not.toContain("$6$");
    expect(lock).not.toContain("u1:");
    const users = (JSON.parse(lock) as { inputs: { engine: { users: Record<string, unknown> } } })
      .inputs.engine.users;
    expect(Object.values(users)).toEqual([
      {
        user: "app",
        groupAdd: ["extra"],
        passwd: "app:x:4242:4343\n",
        group: "staff:x:50:app\nextra:x:6000:\naudio:x:29:app\n",
      },
    ]);

    const offline = await runRbc(["check", "--offline", "bundles/"], { cwd: root });
    expect(offline).toMatchObject({ exitCode: 0, stdout: "" });
  }, 300_000);
});
