import { describe, expect, it } from "vitest";
import { buildProcessEnv } from "../../src/spec/process-env.ts";

const path = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

// Expectations follow Docker 20.10's container.CreateDaemonEnvironment + ReplaceOrAppendEnvValues,
// as observed in captured config.json files (shared/reference/docker-spec.md §3.2).
describe("buildProcessEnv", () => {
  it("starts with PATH and HOSTNAME, then the container's variables", () => {
    expect(buildProcessEnv(["A=1"], "web", false)).toEqual([path, "HOSTNAME=web", "A=1"]);
  });

  it("adds TERM=xterm after HOSTNAME when a tty is allocated", () => {
    expect(buildProcessEnv([], "web", true)).toEqual([path, "HOSTNAME=web", "TERM=xterm"]);
  });

  it("replaces a default in its slot", () => {
    expect(buildProcessEnv(["A=1", "PATH=/bin", "HOSTNAME=x"], "web", false)).toEqual([
      "PATH=/bin",
      "HOSTNAME=x",
      "A=1",
    ]);
  });

  it("removes a default named by a bare variable and drops other bare variables", () => {
    expect(buildProcessEnv(["PATH", "GONE", "B=2"], "web", false)).toEqual(["HOSTNAME=web", "B=2"]);
  });

  it("keeps duplicate non-default variables", () => {
    expect(buildProcessEnv(["A=1", "A=2"], "h", false)).toEqual([path, "HOSTNAME=h", "A=1", "A=2"]);
  });

  it("lets the last duplicate of a default win", () => {
    expect(buildProcessEnv(["TERM=a", "TERM=b"], "h", true)).toEqual([
      path,
      "HOSTNAME=h",
      "TERM=b",
    ]);
  });
});
