import { describe, expect, it } from "vitest";
import { parseOverlay } from "../../src/overlay/parse.ts";
import { file, problemsOf, settingsOf } from "./overlay-settings.ts";

// Values Docker itself refuses at create, or that cannot mean what they say, refused where written.
describe("normalizeOverlay: limits Docker enforces", () => {
  it("refuses a grace period longer than Go's time.Duration holds", () => {
    expect(problemsOf("stop_grace_period: 99999999999999999999h\n")).toMatch(
      new RegExp(`^${file}:2:20: error OVL202: "stop_grace_period" must be a duration`),
    );
    expect(problemsOf("stop_grace_period: 1e30\n")).toMatch(/error OVL202: "stop_grace_period"/);
    // 292 years is just inside.
    expect(settingsOf("stop_grace_period: 2562047h\n").stop_grace_period).toBe(2562047 * 3600);
  });

  it("refuses a realtime period longer than a Go duration", () => {
    expect(problemsOf("cpu_rt_period: 99999999999999999999h\n")).toMatch(
      /error OVL202: "cpu_rt_period" must be a number of microseconds/,
    );
  });

  it("takes cpuset numbers up to 8192 and refuses more, as Docker does", () => {
    expect(settingsOf("cpuset: 0-8192\n").cpuset).toBe("0-8192");
    expect(problemsOf("cpuset: 0-999999\n")).toBe(
      `${file}:2:9: error OVL202: "cpuset" must be a list of numbers up to 8192 or ranges, such as "0-3" or "0,2", got "0-999999" (at cpuset)`,
    );
    expect(problemsOf("cpuset_mems: 0,8193\n")).toMatch(
      /"cpuset_mems" must be a list of numbers up to 8192/,
    );
  });

  it("refuses a relative working directory, as Docker does", () => {
    expect(settingsOf("working_dir: /srv/app\n").working_dir).toBe("/srv/app");
    expect(problemsOf("working_dir: srv/app\n")).toBe(
      `${file}:2:14: error OVL202: "working_dir" must be an absolute path, as Docker requires, got "srv/app" (at working_dir)`,
    );
  });
});

describe("parseOverlay: YAML tags", () => {
  it("refuses a tag it cannot resolve instead of reading it as a string", () => {
    const parsed = parseOverlay("image: x\nworking_dir: !include other.yaml\n", "b.yaml");
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics).toEqual([
      {
        code: "OVL101",
        severity: "error",
        message:
          'unknown YAML tag !include: overlays are plain YAML (share settings with "extends")',
        location: { file: "b.yaml", line: 2, col: 14 },
      },
    ]);
  });

  it("keeps YAML's own tags", () => {
    expect(parseOverlay("image: !!str x\n", "b.yaml").diagnostics).toEqual([]);
  });
});
