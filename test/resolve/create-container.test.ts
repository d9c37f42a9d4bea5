import { describe, expect, it } from "vitest";
import { createFromContainer, createFromImage } from "../../src/resolve/create-container.ts";
import { overlayToRequest, type CreateRequest } from "../../src/resolve/create-request.ts";
import type { ImageConfig } from "../../src/spec/container-state.ts";
import type { OverlaySettings } from "../../src/overlay/types.ts";
import { containerState } from "../helpers/container-state.ts";

const appImage: ImageConfig = {
  User: "alice",
  Env: ["PATH=/usr/bin:/bin", "APP_MODE=production", "GREETING=hello world"],
  Cmd: ["default-arg"],
  Entrypoint: ["/bin/sh", "/app/run.sh"],
  WorkingDir: "/app",
  Labels: { tier: "demo" },
  Volumes: { "/data": {} },
};

function request(settings: Omit<OverlaySettings, "source">): CreateRequest {
  const result = overlayToRequest({ source: { kind: "image", ref: "x" }, ...settings });
  if (result.value === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

function fromImage(settings: Omit<OverlaySettings, "source">, image = appImage) {
  const state = createFromImage(request(settings), image, "web");
  if (state.value === undefined) throw new Error(JSON.stringify(state.diagnostics));
  return state.value;
}

// Docker 20.10 create semantics: commit.go merge and Path/Args (shared/reference/docker-spec.md §3, §3.1).
describe("createFromImage", () => {
  it("inherits the image's entrypoint, command, env, user and workdir", () => {
    const state = fromImage({});
    expect([state.Path, ...state.Args]).toEqual(["/bin/sh", "/app/run.sh", "default-arg"]);
    expect(state.Config.Env).toEqual(appImage.Env);
    expect(state.Config.User).toBe("alice");
    expect(state.Config.WorkingDir).toBe("/app");
    expect(state.Config.Hostname).toBe("web");
  });

  it("appends a command to the image entrypoint", () => {
    const state = fromImage({ command: ["a", "b"] });
    expect([state.Path, ...state.Args]).toEqual(["/bin/sh", "/app/run.sh", "a", "b"]);
  });

  it("drops the image command when the overlay sets an entrypoint", () => {
    const state = fromImage({ entrypoint: ["/bin/echo"] });
    expect([state.Path, ...state.Args]).toEqual(["/bin/echo"]);
  });

  it("inherits neither entrypoint nor command after an entrypoint reset", () => {
    const state = fromImage({ entrypoint: [], command: ["id"] });
    expect([state.Path, ...state.Args]).toEqual(["id"]);
    expect(state.Config.Entrypoint).toBeNull();
    const none = createFromImage(request({ entrypoint: [] }), appImage, "web");
    expect(none.diagnostics[0]?.code).toBe("SPC504");
  });

  it("puts overlay variables first, then image variables it did not name", () => {
    const state = fromImage({
      environment: [
        { name: "GREETING", value: "hi" },
        { name: "APP_MODE", value: null },
        { name: "NEW", value: "1" },
      ],
    });
    expect(state.Config.Env).toEqual(["GREETING=hi", "APP_MODE", "NEW=1", "PATH=/usr/bin:/bin"]);
  });

  it("creates anonymous volumes for image VOLUMEs under the bundle's volumes directory", () => {
    expect(fromImage({}).Mounts).toEqual([
      {
        Type: "volume",
        Name: "",
        Source: "volumes/_anonymous/data",
        Destination: "/data",
        RW: true,
        Propagation: "",
      },
    ]);
    expect(fromImage({ volumes: ["./d:/data:ro"] }).Mounts).toEqual([
      {
        Type: "bind",
        Name: "",
        Source: "d",
        Destination: "/data",
        RW: false,
        Propagation: "rprivate",
      },
    ]);
  });

  it("fills Docker's create-time defaults and masks only unprivileged containers", () => {
    expect(fromImage({}).HostConfig).toMatchObject({
      ShmSize: 67108864,
      IpcMode: "private",
      CgroupnsMode: "host",
    });
    expect(fromImage({}).HostConfig.MaskedPaths).toHaveLength(10);
    expect(fromImage({ privileged: true }).HostConfig.MaskedPaths).toBeNull();
  });
});

describe("createFromContainer", () => {
  it("keeps the container's command unless the overlay sets one", () => {
    const container = { ...containerState(), Path: "/bin/sleep", Args: ["60"] };
    const kept = createFromContainer(
      request({ environment: [{ name: "A", value: "1" }] }),
      container,
    );
    expect([kept.value?.Path, ...(kept.value?.Args ?? [])]).toEqual(["/bin/sleep", "60"]);
    expect(kept.value?.Config.Env).toEqual(["A=1", ...container.Config.Env]);
    const replaced = createFromContainer(request({ command: ["echo", "hi"] }), container);
    expect([replaced.value?.Path, ...(replaced.value?.Args ?? [])]).toEqual(["echo", "hi"]);
  });

  it("replaces host settings the overlay sets and keeps the rest", () => {
    const container = containerState({
      hostConfig: { CapAdd: ["NET_ADMIN"], ReadonlyRootfs: true },
    });
    const state = createFromContainer(request({ cap_add: ["SYS_TIME"] }), container);
    expect(state.value?.HostConfig.CapAdd).toEqual(["SYS_TIME"]);
    expect(state.value?.HostConfig.ReadonlyRootfs).toBe(true);
  });
});

describe("overlayToRequest", () => {
  it("reports an invalid volume and tmpfs option at their list index", () => {
    const result = overlayToRequest({
      source: { kind: "image", ref: "x" },
      volumes: ["./a:/a", "bad name!:/b", "./c:relative"],
      tmpfs: ["/run:size=1m,bogus"],
    });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.key, d.message])).toEqual([
      [
        "SPC503",
        "volumes[1]",
        'invalid volume: "bad name!" is not a valid volume name or path (start paths with ./ or /)',
      ],
      ["SPC503", "volumes[2]", 'invalid volume: target "relative" must be an absolute path'],
      ["SPC503", "tmpfs[0]", 'unknown tmpfs option "bogus"'],
    ]);
  });
});
