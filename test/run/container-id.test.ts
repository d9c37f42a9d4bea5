import { describe, expect, it } from "vitest";
import { legacyContainerId } from "../../src/run/index.ts";

describe("legacyContainerId", () => {
  it("is rbc-<bundle name>, the id an older rbc gave every bundle", () => {
    expect(legacyContainerId("web")).toBe("rbc-web");
  });

  it("replaces characters runc does not accept in an id", () => {
    expect(legacyContainerId("my app@2")).toBe("rbc-my-app-2");
    expect(legacyContainerId("a_b.c+d-e")).toBe("rbc-a_b.c+d-e");
  });
});
