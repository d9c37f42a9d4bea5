import { describe, expect, it } from "vitest";
import { buildAnnotations } from "../../src/spec/annotations.ts";
import type { ImageInfo } from "../../src/spec/container-state.ts";
import { containerState } from "../helpers/container-state.ts";

const image: ImageInfo = {
  Id: "sha256:1",
  RepoTags: [],
  RepoDigests: [],
  Os: "linux",
  Architecture: "arm64",
  Variant: "v8",
  Author: "Ops",
  Created: "2024-01-01T00:00:00Z",
  Config: { User: "", Env: null, Cmd: null, Entrypoint: null, WorkingDir: "", Labels: null },
};

// OCI image-spec conversion.md: platform, author, created, stop signal and exposed ports become
// org.opencontainers.image.* annotations; labels follow and win; rbc's overlay annotations win last.
describe("buildAnnotations", () => {
  it("records the image-spec keys, then labels, then the overlay's annotations, sorted", () => {
    const state = containerState({
      config: {
        StopSignal: "SIGQUIT",
        ExposedPorts: { "8080/tcp": {}, "53/udp": {} },
        Labels: { "org.opencontainers.image.author": "label wins", tier: "demo" },
      },
    });
    expect(buildAnnotations(image, state, { tier: "overlay wins", extra: "1" }, "rbc-w-1")).toEqual(
      {
        extra: "1",
        "org.opencontainers.image.architecture": "arm64",
        "org.opencontainers.image.author": "label wins",
        "org.opencontainers.image.created": "2024-01-01T00:00:00Z",
        "org.opencontainers.image.exposedPorts": "53/udp,8080/tcp",
        "org.opencontainers.image.os": "linux",
        "org.opencontainers.image.stopSignal": "SIGQUIT",
        "org.opencontainers.image.variant": "v8",
        "rbc.container-id": "rbc-w-1",
        tier: "overlay wins",
      },
    );
  });

  it("leaves out what the image does not say", () => {
    const bare = {
      ...image,
      Variant: undefined,
      Author: undefined,
      Created: undefined,
    } as unknown as ImageInfo;
    expect(buildAnnotations(bare, containerState(), {}, "rbc-w-1")).toEqual({
      "org.opencontainers.image.architecture": "arm64",
      "org.opencontainers.image.os": "linux",
      "rbc.container-id": "rbc-w-1",
    });
  });

  it("records stop_grace_period (Docker's StopTimeout) for rbc stop", () => {
    const state = containerState({ config: { StopTimeout: 30 } });
    expect(buildAnnotations(image, state, {}, "rbc-w-1")["rbc.stop-timeout"]).toBe("30");
    expect(buildAnnotations(image, containerState(), {}, "rbc-w-1")).not.toHaveProperty(
      "rbc.stop-timeout",
    );
  });

  it("records the container id last, over a label or annotation of the same key", () => {
    const state = containerState({ config: { Labels: { "rbc.container-id": "label" } } });
    const annotations = buildAnnotations(image, state, { "rbc.container-id": "x" }, "rbc-w-1");
    expect(annotations["rbc.container-id"]).toBe("rbc-w-1");
  });
});
