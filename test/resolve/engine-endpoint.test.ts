import { describe, expect, it } from "vitest";
import {
  chooseEndpoint,
  describeEndpoint,
  hostEndpoint,
} from "../../src/resolve/engine-endpoint.ts";

describe("chooseEndpoint (the docker CLI's resolveContextName)", () => {
  it("takes DOCKER_HOST over every context", () => {
    const env = { DOCKER_HOST: "tcp://10.0.0.1:2375", DOCKER_CONTEXT: "ctx" };
    expect(chooseEndpoint(env, "other")).toEqual({ kind: "host", host: "tcp://10.0.0.1:2375" });
  });

  it("takes DOCKER_CONTEXT over the config's current context", () => {
    expect(chooseEndpoint({ DOCKER_CONTEXT: "ctx" }, "other")).toEqual({
      kind: "context",
      name: "ctx",
      from: "DOCKER_CONTEXT",
    });
  });

  it("takes the config's current context when the environment names none", () => {
    expect(chooseEndpoint({}, "other")).toEqual({ kind: "context", name: "other", from: "config" });
  });

  it("counts empty variables as unset, and the context named default as the default socket", () => {
    expect(chooseEndpoint({ DOCKER_HOST: "", DOCKER_CONTEXT: "" }, undefined)).toEqual({
      kind: "default",
    });
    expect(chooseEndpoint({ DOCKER_CONTEXT: "default" }, "other")).toEqual({ kind: "default" });
    expect(chooseEndpoint({}, "default")).toEqual({ kind: "default" });
  });

  it("names an endpoint with the context that chose it", () => {
    expect(describeEndpoint(hostEndpoint(undefined))).toBe("unix:///var/run/docker.sock");
    const viaContext = { host: "unix:///run/x.sock", context: "ctx", tls: undefined };
    expect(describeEndpoint(viaContext)).toBe("unix:///run/x.sock (docker context ctx)");
  });
});
