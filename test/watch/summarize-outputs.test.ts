import { describe, expect, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { summarizeOutputs } from "../../src/watch/summarize-outputs.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";

const spec = (env: string[]): string =>
  `${JSON.stringify({ process: { env, rlimits: [{ type: "RLIMIT_NOFILE", hard: 1, soft: 1 }] } }, null, 2)}\n`;
const mtree = "#mtree v2.0\n. type=dir mode=0755 uid=0 gid=0\n";

describe("summarizeOutputs", () => {
  it("summarizes config.json and rootfs.mtree when they were rewritten", () => {
    const before = new Map([
      ["config.json", spec(["A=1"])],
      ["rootfs.mtree", mtree],
    ]);
    const after = new Map([
      ["config.json", spec(["A=2"])],
      ["rootfs.mtree", `${mtree}./x type=dir mode=0755 uid=0 gid=0\n`],
      ["bundle.lock", "{}"],
    ]);
    expect(summarizeOutputs(before, after, ["config.json", "rootfs.mtree", "bundle.lock"])).toEqual(
      ["process.env: A=1 → 2", "rootfs.mtree: 1 → 2 entries: +x"],
    );
    expect(summarizeOutputs(before, after, ["bundle.lock"])).toEqual([]);
  });

  it("caps the config.json lines but always shows the rootfs line", () => {
    const before = new Map([["config.json", "{}"]]);
    const many = new Map([
      ["config.json", JSON.stringify({ annotations: { a: "1", b: "2", c: "3" } })],
      ["rootfs.mtree", mtree],
    ]);
    expect(
      summarizeOutputs(before, many, ["config.json", "rootfs.mtree"], { maxLines: 2 }),
    ).toEqual([
      "annotations.a: unset → 1",
      "annotations.b: unset → 2",
      "… and 1 more",
      "rootfs.mtree written: 1 entry",
    ]);
  });

  it("reads uint64 values exactly and copes with a first build or a broken old file", () => {
    const huge = '{"process":{"rlimits":[{"type":"RLIMIT_NOFILE","hard":18446744073709551615}]}}';
    const small = '{"process":{"rlimits":[{"type":"RLIMIT_NOFILE","hard":1024}]}}';
    expect(
      summarizeOutputs(new Map([["config.json", small]]), new Map([["config.json", huge]]), [
        "config.json",
      ]),
    ).toEqual(["process.rlimits[RLIMIT_NOFILE].hard: 1024 → 18446744073709551615"]);
    const after = new Map([["config.json", small]]);
    expect(summarizeOutputs(new Map(), after, ["config.json"])).toEqual(["config.json written"]);
    expect(summarizeOutputs(new Map([["config.json", "{"]]), after, ["config.json"])).toEqual([
      "config.json changed (the previous file was not valid JSON)",
    ]);
  });

  it("names the inputs behind the changed fields from the compilation's provenance", async () => {
    const bundle = await compileBundle("test/golden/ok/basic", fakeEngine(), { rootfs: false });
    const config = bundle.files?.get("config.json") ?? "";
    const parsed = JSON.parse(config) as { process: { args: string[]; cwd: string } };
    const before = { ...parsed, process: { ...parsed.process, args: ["sh"], cwd: "/old" } };
    const lines = summarizeOutputs(
      new Map([["config.json", JSON.stringify(before)]]),
      new Map([["config.json", config]]),
      ["config.json"],
      { ...(bundle.provenance && { provenance: bundle.provenance }) },
    );
    expect(lines.at(-1)).toBe(
      "because of: test/golden/ok/basic/bundle.yaml:3 command; image config WorkingDir (rbc.local/busybox:1)",
    );
  });
});
