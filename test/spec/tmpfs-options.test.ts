import { describe, expect, it } from "vitest";
import { mergeTmpfsOptions, tmpfsOptionProblem } from "../../src/spec/tmpfs-options.ts";

const base = ["noexec", "nosuid", "nodev", "rprivate"];

// Examples observed in Docker 20.10.24 captures (shared/reference/docker-spec.md §4.3).
describe("mergeTmpfsOptions", () => {
  it("keeps Docker's base options for a bare --tmpfs", () => {
    expect(mergeTmpfsOptions(base)).toEqual(["noexec", "nosuid", "nodev", "rprivate"]);
  });

  it("lets later flags replace their pair and keeps winners in order", () => {
    expect(mergeTmpfsOptions([...base, "rw", "size=64m", "mode=1770", "exec"])).toEqual([
      "nosuid",
      "nodev",
      "rprivate",
      "rw",
      "size=64m",
      "mode=1770",
      "exec",
    ]);
  });

  it("keys key=value options by name and drops defaults", () => {
    expect(mergeTmpfsOptions(["size=1m", "defaults", "size=2m"])).toEqual(["size=2m"]);
  });

  it("treats every propagation flag as one option", () => {
    expect(mergeTmpfsOptions([...base, "shared"])).toEqual(["noexec", "nosuid", "nodev", "shared"]);
  });
});

describe("tmpfsOptionProblem", () => {
  it("accepts flags, propagation and the known key=value options", () => {
    for (const option of [
      "ro",
      "exec",
      "rshared",
      "size=1g",
      "mode=0700",
      "uid=1",
      "nr_inodes=5",
    ]) {
      expect(tmpfsOptionProblem(option)).toBeUndefined();
    }
  });

  it("names an unknown option", () => {
    expect(tmpfsOptionProblem("sizee=1m")).toBe('unknown tmpfs option "sizee"');
    expect(tmpfsOptionProblem("bogus")).toBe('unknown tmpfs option "bogus"');
  });
});
