import { describe, expect, it } from "vitest";
import { createFromContainer, createFromImage } from "../../src/resolve/create-container.ts";
import { overlayToRequest, type CreateRequest } from "../../src/resolve/create-request.ts";
import type { ImageConfig } from "../../src/spec/container-state.ts";
import type { OverlaySettings } from "../../src/overlay/types.ts";
import { containerState } from "../helpers/container-state.ts";
import { docker2010v1, docker261v1, docker261v2 } from "../helpers/targets.ts";
import type { EngineTarget } from "../../src/overlay/index.ts";

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
  const state = createFromImage(request(settings), image, "web", docker2010v1);
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
    const none = createFromImage(request({ entrypoint: [] }), appImage, "web", docker2010v1);
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
      docker2010v1,
    );
    expect([kept.value?.Path, ...(kept.value?.Args ?? [])]).toEqual(["/bin/sleep", "60"]);
    expect(kept.value?.Config.Env).toEqual(["A=1", ...container.Config.Env]);
    const replaced = createFromContainer(
      request({ command: ["echo", "hi"] }),
      container,
      docker2010v1,
    );
    expect([replaced.value?.Path, ...(replaced.value?.Args ?? [])]).toEqual(["echo", "hi"]);
  });

  it("replaces host settings the overlay sets and keeps the rest", () => {
    const container = containerState({
      hostConfig: { CapAdd: ["NET_ADMIN"], ReadonlyRootfs: true },
    });
    const state = createFromContainer(request({ cap_add: ["SYS_TIME"] }), container, docker2010v1);
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

// The engine's create-time adaptation as inspect shows it (docker-spec.md §1 steps 1–4).
describe("createFromImage: create-time adaptation", () => {
  it("stores the defaults inspect shows for a plain docker run", () => {
    expect(fromImage({}).HostConfig).toMatchObject({
      NetworkMode: "default",
      OomKillDisable: false,
      ShmSize: 67108864,
      IpcMode: "private",
      CgroupnsMode: "host",
    });
  });

  it("doubles the memory limit into the swap limit only when swap is unset", () => {
    expect(fromImage({ mem_limit: 67108864 }).HostConfig.MemorySwap).toBe(134217728);
    expect(fromImage({ mem_limit: 67108864, memswap_limit: -1 }).HostConfig.MemorySwap).toBe(-1);
    expect(fromImage({ mem_limit: 67108864, memswap_limit: 100663296 }).HostConfig.MemorySwap).toBe(
      100663296,
    );
  });

  it("unsets a swappiness of -1 and a non-positive pids limit", () => {
    const state = fromImage({ mem_swappiness: -1, pids_limit: 0 });
    expect(state.HostConfig.MemorySwappiness).toBeNull();
    expect(state.HostConfig.PidsLimit).toBeNull();
    expect(fromImage({ pids_limit: -1 }).HostConfig.PidsLimit).toBeNull();
    expect(fromImage({ pids_limit: 5 }).HostConfig.PidsLimit).toBe(5);
  });

  it("fills the shm size and keeps explicit modes", () => {
    const state = fromImage({ shm_size: 0, ipc: "none", cgroup: "private", network_mode: "none" });
    expect(state.HostConfig).toMatchObject({
      ShmSize: 67108864,
      IpcMode: "none",
      CgroupnsMode: "private",
      NetworkMode: "none",
    });
  });

  it("keeps the empty system-path lists of systempaths=unconfined, also when privileged", () => {
    const state = fromImage({ privileged: true, security_opt: ["systempaths=unconfined"] });
    expect(state.HostConfig.MaskedPaths).toEqual([]);
    expect(state.HostConfig.ReadonlyPaths).toEqual([]);
    expect(fromImage({ privileged: true }).HostConfig.ReadonlyPaths).toBeNull();
  });

  it("takes the stop signal and timeout from the overlay, else the image", () => {
    const image = { ...appImage, StopSignal: "SIGQUIT" };
    expect(fromImage({}, image).Config.StopSignal).toBe("SIGQUIT");
    const state = fromImage({ stop_signal: "SIGINT", stop_grace_period: 30 }, image);
    expect(state.Config).toMatchObject({ StopSignal: "SIGINT", StopTimeout: 30 });
  });

  it("adds the published ports to the image's exposed ports", () => {
    const image = { ...appImage, ExposedPorts: { "22/tcp": {} } };
    expect(Object.keys(fromImage({ ports: ["8080:80"] }, image).Config.ExposedPorts ?? {})).toEqual(
      ["22/tcp", "80/tcp"],
    );
  });
});

describe("createFromImage: settings the engine refuses", () => {
  const refused = (settings: Omit<OverlaySettings, "source">) =>
    createFromImage(request(settings), appImage, "web", docker2010v1).diagnostics.map((d) => [
      d.code,
      d.key,
    ]);

  it("refuses real-time CPU settings on a cgroup v2 target, which has none", () => {
    const on = (target: EngineTarget) =>
      createFromImage(
        request({ cpu_rt_runtime: 950000, cpu_rt_period: 1000000 }),
        appImage,
        "web",
        target,
      ).diagnostics.map((d) => [d.code, d.key]);
    expect(on(docker261v2)).toEqual([
      ["OVL205", "cpu_rt_runtime"],
      ["OVL205", "cpu_rt_period"],
    ]);
    expect(on(docker261v1)).toEqual([]);
  });

  it("refuses a recursively read-only bind on a Docker 20.10 target, which has no rro", () => {
    const volumes = [
      "/srv:/plain:ro",
      {
        type: "bind" as const,
        source: "/srv",
        target: "/forced",
        read_only: true,
        bind: { recursive: "readonly" as const },
      },
    ];
    const on = (target: EngineTarget) =>
      createFromImage(request({ volumes }), appImage, "web", target).diagnostics.map((d) => [
        d.code,
        d.key,
      ]);
    expect(on(docker2010v1)).toEqual([["OVL205", "volumes[1].bind.recursive"]]);
    expect(on(docker261v1)).toEqual([]);
  });

  it("refuses swappiness and a disabled OOM killer on a cgroup v2 target, which has neither", () => {
    const on = (target: EngineTarget, settings: Omit<OverlaySettings, "source">) =>
      createFromImage(request(settings), appImage, "web", target).diagnostics.map((d) => [
        d.code,
        d.key,
        d.message,
      ]);
    const settings = { mem_limit: 67108864, mem_swappiness: 0, oom_kill_disable: true };
    expect(on(docker261v2, settings)).toEqual([
      [
        "OVL205",
        "mem_swappiness",
        "cgroup v2 has no memory swappiness (Docker discards mem_swappiness on a v2 host)",
      ],
      [
        "OVL205",
        "oom_kill_disable",
        "cgroup v2 cannot disable the OOM killer (Docker discards oom_kill_disable on a v2 host)",
      ],
    ]);
    expect(on({ docker: "20.10", cgroup: "v2" }, settings)).toHaveLength(2);
    expect(on(docker261v1, settings)).toEqual([]);
    // The default says nothing a v2 host cannot express; -1 is swappiness unset.
    expect(on(docker261v2, { oom_kill_disable: false, mem_swappiness: -1 })).toEqual([]);
  });

  it("keeps memory, swap, cpu, cpuset, pids and block I/O limits on a cgroup v2 target", () => {
    const settings = {
      mem_limit: 67108864,
      mem_reservation: 33554432,
      cpu_shares: 512,
      cpus: 0.5,
      cpuset: "0",
      pids_limit: 10,
      blkio_config: { weight: 300 },
    };
    const state = createFromImage(request(settings), appImage, "web", docker261v2);
    expect(state.diagnostics).toEqual([]);
    // A v2 host has memory.swap.max where dockerd runs (systemd's docker.service), so Docker keeps
    // the doubled swap limit.
    expect(state.value?.HostConfig.MemorySwap).toBe(134217728);
  });

  it("refuses memory limits Docker refuses", () => {
    expect(refused({ mem_limit: 1024 })).toEqual([["OVL202", "mem_limit"]]);
    expect(refused({ mem_limit: 67108864, memswap_limit: 33554432 })).toEqual([
      ["OVL204", "memswap_limit"],
    ]);
    expect(refused({ memswap_limit: 67108864 })).toEqual([["OVL204", "memswap_limit"]]);
    expect(refused({ mem_limit: 16777216, mem_reservation: 33554432 })).toEqual([
      ["OVL204", "mem_reservation"],
    ]);
    expect(refused({ mem_swappiness: 101 })).toEqual([["OVL202", "mem_swappiness"]]);
  });

  it("refuses conflicting and out-of-range CPU settings", () => {
    expect(refused({ cpus: 1, cpu_period: 100000 })).toEqual([["OVL204", "cpus"]]);
    expect(refused({ cpus: 1, cpu_quota: 50000 })).toEqual([["OVL204", "cpus"]]);
    expect(refused({ cpu_period: 500 })).toEqual([["OVL202", "cpu_period"]]);
    expect(refused({ cpu_quota: 500 })).toEqual([["OVL202", "cpu_quota"]]);
    expect(refused({ cpu_rt_runtime: 2000, cpu_rt_period: 1000 })).toEqual([
      ["OVL204", "cpu_rt_runtime"],
    ]);
    expect(refused({ cpuset: "3-1" })).toEqual([["OVL202", "cpuset"]]);
    expect(refused({ cpuset: "0-3,8", cpuset_mems: "0,1" })).toEqual([]);
  });

  it("refuses weights and scores out of range", () => {
    expect(refused({ blkio_config: { weight: 5 } })).toEqual([["OVL202", "blkio_config.weight"]]);
    expect(refused({ oom_score_adj: 1001 })).toEqual([["OVL202", "oom_score_adj"]]);
  });

  it("refuses what a joined network or host UTS namespace already decides", () => {
    expect(refused({ network_mode: "container:db", hostname: "x" })).toEqual([
      ["OVL204", "network_mode"],
    ]);
    expect(refused({ network_mode: "container:db", dns: ["1.1.1.1"] })).toEqual([
      ["OVL204", "network_mode"],
    ]);
    expect(refused({ network_mode: "container:db", extra_hosts: ["a:10.0.0.1"] })).toEqual([
      ["OVL204", "network_mode"],
    ]);
    expect(refused({ network_mode: "container:db", ports: ["80"] })).toEqual([
      ["OVL204", "network_mode"],
    ]);
    expect(refused({ uts: "host", hostname: "x" })).toEqual([["OVL204", "uts"]]);
  });
});

describe("createFromContainer: create-time adaptation", () => {
  it("derives the swap limit again when the overlay changes a derived memory limit", () => {
    const container = containerState({
      hostConfig: { Memory: 67108864, MemorySwap: 134217728 },
    });
    const state = createFromContainer(request({ mem_limit: 268435456 }), container, docker2010v1);
    expect(state.value?.HostConfig.MemorySwap).toBe(536870912);
    const explicit = containerState({ hostConfig: { Memory: 67108864, MemorySwap: -1 } });
    const kept = createFromContainer(request({ mem_limit: 268435456 }), explicit, docker2010v1);
    expect(kept.value?.HostConfig.MemorySwap).toBe(-1);
  });

  it("drops or restores the default masks when the overlay switches privileged", () => {
    const unprivileged = containerState();
    const privileged = createFromContainer(
      request({ privileged: true }),
      unprivileged,
      docker2010v1,
    );
    expect(privileged.value?.HostConfig.MaskedPaths).toBeNull();
    expect(privileged.value?.HostConfig.ReadonlyPaths).toBeNull();
    const back = createFromContainer(
      request({ privileged: false }),
      containerState({ hostConfig: { Privileged: true } }),
      docker2010v1,
    );
    expect(back.value?.HostConfig.MaskedPaths).toHaveLength(10);
    const custom = containerState({ hostConfig: { MaskedPaths: [], ReadonlyPaths: [] } });
    const kept = createFromContainer(request({ privileged: true }), custom, docker2010v1);
    expect(kept.value?.HostConfig.MaskedPaths).toEqual([]);
  });

  it("keeps the 10 masked paths of a container 20.10 created, on a 26.1 target", () => {
    const created2010 = containerState();
    const state = createFromContainer(request({}), created2010, docker261v1);
    expect(state.value?.HostConfig.MaskedPaths).toHaveLength(10);
    expect(state.value?.HostConfig.CgroupnsMode).toBe("host");
    const v2 = createFromContainer(request({}), created2010, docker261v2);
    // A stored cgroup namespace mode stays: only create fills the default.
    expect(v2.value?.HostConfig.CgroupnsMode).toBe("host");
  });

  it("swaps either release's default masks when the overlay switches privileged", () => {
    const created2010 = containerState();
    const privileged = createFromContainer(request({ privileged: true }), created2010, docker261v1);
    expect(privileged.value?.HostConfig.MaskedPaths).toBeNull();
    const created261 = containerState({ target: docker261v1 });
    const on2010 = createFromContainer(request({ privileged: true }), created261, docker2010v1);
    expect(on2010.value?.HostConfig.MaskedPaths).toBeNull();
    const back = createFromContainer(
      request({ privileged: false }),
      containerState({ hostConfig: { Privileged: true } }),
      docker261v1,
    );
    expect(back.value?.HostConfig.MaskedPaths).toHaveLength(11);
  });

  it("refuses what a 26.1 target refuses of a stored container: unknown modes, empty keys", () => {
    const refusedOn = (target: EngineTarget, hostConfig: Parameters<typeof containerState>[0]) =>
      createFromContainer(request({}), containerState(hostConfig), target).diagnostics.map((d) => [
        d.code,
        d.key,
      ]);
    const modes = { hostConfig: { UTSMode: "bogus", PidMode: "container:" } };
    expect(refusedOn(docker261v1, modes)).toEqual([
      ["OVL205", "uts"],
      ["OVL205", "pid"],
    ]);
    expect(refusedOn(docker2010v1, modes)).toEqual([]);
    const ipc = { hostConfig: { IpcMode: "bogus" } };
    expect(refusedOn(docker2010v1, ipc)).toEqual([["OVL202", "ipc"]]);
    expect(refusedOn(docker261v1, ipc)).toEqual([["OVL202", "ipc"]]);
    const annotations = { hostConfig: { Annotations: { "": "x" } } };
    expect(refusedOn(docker261v1, annotations)).toEqual([["OVL202", "annotations"]]);
  });

  it("keeps a stored swappiness on cgroup v1 and refuses it on a v2 target", () => {
    const container = containerState({ hostConfig: { MemorySwappiness: 10 } });
    expect(createFromContainer(request({}), container, docker261v1).diagnostics).toEqual([]);
    expect(
      createFromContainer(request({}), container, docker261v2).diagnostics.map((d) => d.key),
    ).toEqual(["mem_swappiness"]);
  });

  it("keeps the container's donors", () => {
    const donor = { Name: "db", Hostname: "dbhost", Domainname: "" };
    const container = {
      ...containerState({ hostConfig: { NetworkMode: "container:db" } }),
      Donors: { db: donor },
    };
    expect(createFromContainer(request({}), container, docker2010v1).value?.Donors).toEqual({
      db: donor,
    });
  });
});
