import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReferencedFiles } from "../../src/resolve/referenced-files.ts";
import { compactJson } from "../../src/resolve/security-opts.ts";

describe("readReferencedFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rbc-referenced-"));
    execFileSync("mkfifo", [join(dir, "fifo.json")]);
    await writeFile(join(dir, "big.json"), " ".repeat(4 * 1024 * 1024 + 1));
    await writeFile(join(dir, "profile.json"), '{"defaultAction":"SCMP_ACT_ALLOW"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const read = (path: string) => readReferencedFiles(dir, [{ key: "security_opt[0]", path }]);

  it("reads a profile relative to the bundle", async () => {
    const result = await read("profile.json");
    expect(result.value?.get("profile.json")).toBe('{"defaultAction":"SCMP_ACT_ALLOW"}');
  });

  it("refuses a fifo, a device, a directory and a file over 4 MiB as RES403 at the key", async () => {
    const cases: [string, string][] = [
      ["fifo.json", "not a regular file (a fifo)"],
      ["/dev/zero", "not a regular file (a character device)"],
      [".", "not a regular file (a directory)"],
      ["big.json", "larger than 4 MiB"],
      ["missing.json", "ENOENT"],
    ];
    for (const [path, reason] of cases) {
      const result = await read(path);
      expect(result.value).toBeUndefined();
      expect(result.diagnostics).toEqual([
        {
          code: "RES403",
          severity: "error",
          message: `cannot read "${path}" (${reason})`,
          key: "security_opt[0]",
        },
      ]);
    }
  });
});

describe("compactJson", () => {
  it("says where a file stops being JSON, never what it holds", () => {
    const shadow = compactJson("root:$6$c2VjcmV0:19000:0:99999:7:::\n");
    expect(shadow).toEqual({ error: "" });
    expect(compactJson('{"a": 1 2}')).toEqual({ error: " (at position 8)" });
  });
});
