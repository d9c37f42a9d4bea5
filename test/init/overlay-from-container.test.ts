import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import busyboxJson from "../fixtures/docker/rbc.local_busybox_1.json" with { type: "json" };
import donorJson from "../fixtures/docker/containers/rbc-fixture-donor.json" with { type: "json" };
import fullJson from "../fixtures/docker/containers/rbc-fixture-full.json" with { type: "json" };
import joinedJson from "../fixtures/docker/containers/rbc-fixture-joined.json" with { type: "json" };
import { overlayDocument, overlayFromContainer, type InitOverlay } from "../../src/init/index.ts";
import { mergeOverlays } from "../../src/overlay/merge.ts";
import { containerFromInspect } from "../../src/resolve/container-from-inspect.ts";
import { createFromImage } from "../../src/resolve/create-container.ts";
import { overlayToRequest } from "../../src/resolve/create-request.ts";
import { donorFromInspect, withDonors } from "../../src/resolve/donors.ts";
import { toContainerInspect, toImageInfo } from "../../src/resolve/inspect-json.ts";
import type { ContainerState } from "../../src/spec/index.ts";
import { layerOf } from "../overlay/overlay-builders.ts";
import { docker2010v1, docker261v2 } from "../helpers/targets.ts";

// Real `docker container inspect` answers of Docker 20.10.24 (test/integration/container-fixtures.ts
// lists the flags they were created with; test/integration/container-source.test.ts checks them).
const busybox = toImageInfo(busyboxJson.inspect);
const donor = donorFromInspect(toContainerInspect(donorJson));
const joinedInspect = toContainerInspect(joinedJson);
// The engine stores the donor's id in the modes; resolve looks the donor up by it.
const donorId = joinedInspect.HostConfig.NetworkMode.slice("container:".length);
const donors = new Map([[donorId, donor]]);
const full = containerFromInspect(toContainerInspect(fullJson), "app");
const joined = containerFromInspect(joinedInspect, "app", donors);

function initOf(state: ContainerState, target = docker2010v1): InitOverlay {
  return overlayFromContainer({
    state,
    imageRef: "rbc.local/busybox:1",
    image: busybox.Config,
    bundleName: "app",
    target,
  });
}

function text(init: InitOverlay): string {
  return overlayDocument({ schema: "bundle.schema.json", entries: init.entries });
}

/** What an `image:` bundle of the overlay resolves to, through the same pure stages as a build. */
function imageState(init: InitOverlay, target = docker2010v1): ContainerState {
  const merged = mergeOverlays([layerOf(text(init))]);
  if (merged.value === undefined) throw new Error(JSON.stringify(merged.diagnostics));
  const files = new Map(Object.entries(init.files).map(([name, content]) => [name, content]));
  const request = overlayToRequest(merged.value.settings, files);
  if (request.value === undefined) throw new Error(JSON.stringify(request.diagnostics));
  const created = createFromImage(request.value, busybox.Config, "app", target);
  if (created.value === undefined) throw new Error(JSON.stringify(created.diagnostics));
  return created.value;
}

/** The state without Go's zero values, which inspect shows for what was never set. */
function meaningful(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(meaningful);
  if (value === null || typeof value !== "object") return value;
  const kept = Object.entries(value as Record<string, unknown>).filter(
    ([, v]: [string, unknown]) =>
      !(v === null || v === 0 || v === "" || v === false) &&
      !(Array.isArray(v) && v.length === 0) &&
      !(typeof v === "object" && Object.keys(v).length === 0),
  );
  return Object.fromEntries(kept.map(([k, v]) => [k, meaningful(v)]));
}

describe("overlayFromContainer", () => {
  it("writes each docker run flag of the full fixture as the overlay key that sets it", () => {
    const keys = parse(text(initOf(full))) as Record<string, unknown>;
    expect(keys).toMatchObject({
      image: "rbc.local/busybox:1",
      command: ["true"],
      group_add: ["10", "video"],
      security_opt: [
        "seccomp=seccomp.json",
        "no-new-privileges",
        "label=disable",
        "systempaths=unconfined",
      ],
      devices: ["/dev/null:/dev/mynull:r", "/dev/zero:/dev/zero:rwm"],
      device_cgroup_rules: ["c 1:3 rwm"],
      ulimits: { nofile: { soft: 1024, hard: 2048 }, nproc: { soft: 100, hard: 100 } },
      sysctls: { "net.core.somaxconn": "1024" },
      mem_limit: 64 * 2 ** 20,
      mem_reservation: 32 * 2 ** 20,
      mem_swappiness: 10,
      oom_kill_disable: true,
      oom_score_adj: 100,
      cpus: 1.5,
      cpu_shares: 512,
      cpuset: "0",
      cpuset_mems: "0",
      pids_limit: 100,
      shm_size: 128 * 2 ** 20,
      init: true,
      ipc: "shareable",
      pid: "host",
      uts: "host",
      userns_mode: "host",
      cgroup: "private",
      cgroup_parent: "/custom",
      dns: ["1.1.1.1"],
      dns_search: ["example.com"],
      dns_opt: ["ndots:2"],
      extra_hosts: ["db:10.0.0.2"],
      // In PortBindings' order, by container port (as the CLI sorts them either way).
      ports: ["127.0.0.1:8443:443/udp", "8080:80/tcp"],
      stop_signal: "SIGTERM",
      stop_grace_period: "30s",
      tmpfs: ["/run:size=64m"],
      // The recording engine's kernel had no blkio weight: Docker stored none (verifyContainerSettings).
      blkio_config: {
        device_read_bps: [{ path: "/dev/sda", rate: 2 ** 20 }],
        device_write_bps: [{ path: "/dev/sda", rate: 2 * 2 ** 20 }],
        device_read_iops: [{ path: "/dev/sda", rate: 100 }],
        device_write_iops: [{ path: "/dev/sda", rate: 200 }],
      },
    });
    // The swap limit Docker derived from --memory (twice it) is left to Docker again.
    expect(keys).not.toHaveProperty("memswap_limit");
  });

  it("writes the mounts in request order, in the long syntax where the short one cannot say it", () => {
    const keys = parse(text(initOf(full))) as { volumes: unknown[] };
    expect(keys.volumes).toEqual([
      "/etc:/short:ro",
      {
        type: "bind",
        source: "/usr/share",
        target: "/bdata",
        read_only: true,
        bind: { propagation: "rslave", recursive: "disabled" },
      },
      { type: "tmpfs", target: "/t1", tmpfs: { size: "1m", mode: "1700" } },
      { type: "tmpfs", target: "/t2", read_only: true },
      "rbc-fixture-vol:/vol",
      "/anon",
    ]);
  });

  it("writes the inline seccomp profile to a file, byte for byte", () => {
    const profile = full.HostConfig.SecurityOpt?.[0]?.slice("seccomp=".length);
    expect(initOf(full).files).toEqual({ "seccomp.json": `${profile ?? ""}\n` });
  });

  it("gives an overlay that resolves to the full fixture's settings", () => {
    const init = initOf(full);
    expect(meaningful(imageState(init))).toEqual(meaningful(full));
  });

  it("joins the donor by name, with a note, and leaves its hostname to it", () => {
    const init = initOf(joined);
    const yaml = text(init);
    expect(parse(yaml)).toEqual({
      image: "rbc.local/busybox:1",
      command: ["true"],
      ipc: "container:rbc-fixture-donor",
      pid: "container:rbc-fixture-donor",
      network_mode: "container:rbc-fixture-donor",
    });
    expect(yaml).toContain("# Host state: joins the container rbc-fixture-donor, which must run");
    // An image bundle looks its donors up by name when it resolves (resolveSource).
    const resolved = withDonors(imageState(init), new Map([[donor.Name, donor]]));
    expect(meaningful(resolved)).toEqual(meaningful(joined));
  });

  it("keeps the host's name a --network host container took, with a host-state note", () => {
    // Docker names a --network host container without -h after its host (os.Hostname).
    const plain = containerFromInspect(toContainerInspect(donorJson), "app");
    const state = {
      ...plain,
      Config: { ...plain.Config, Hostname: "buildhost" },
      HostConfig: { ...plain.HostConfig, NetworkMode: "host" },
    };
    const init = initOf(state);
    const yaml = text(init);
    expect(parse(yaml)).toMatchObject({ hostname: "buildhost", network_mode: "host" });
    expect(yaml).toContain(
      "# Host state, unless -h set it: with network_mode host, Docker names the container\n",
    );
    expect(yaml).toContain("hostname: buildhost # Config.Hostname\n");
    expect(imageState(init).Config.Hostname).toBe("buildhost");
  });

  it("patches the system paths a container of another release has, for the default target", () => {
    const plain = containerFromInspect(toContainerInspect(donorJson), "app");
    const init = initOf(plain, docker261v2);
    const patches = init.entries.find((e) => e.key === "patches");
    expect(patches?.value).toEqual([
      { op: "add", path: "/linux/maskedPaths", value: plain.HostConfig.MaskedPaths },
    ]);
    expect(init.entries.find((e) => e.key === "cgroup")?.value).toBe("host");
  });
});
