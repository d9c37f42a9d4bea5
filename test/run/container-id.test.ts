import { describe, expect, it } from "vitest";
import { CONTAINER_ID_PREFIX, containerId } from "../../src/run/index.ts";

describe("containerId", () => {
  it("names a bundle's container rbc-<bundle name>", () => {
    expect(containerId("web")).toBe("rbc-web");
    expect(containerId("web").startsWith(CONTAINER_ID_PREFIX)).toBe(true);
  });

  it("replaces characters runc does not accept in an id", () => {
    expect(containerId("my app@2")).toBe("rbc-my-app-2");
    expect(containerId("a_b.c+d-e")).toBe("rbc-a_b.c+d-e");
  });
});
