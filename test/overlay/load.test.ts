import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOverlay } from "../../src/overlay/index.ts";
import { formatAll } from "./overlay-builders.ts";

// Relative, as users pass paths: diagnostics then read `test/fixtures/overlays/…:line:col`.
const fixtures = relative(process.cwd(), join(import.meta.dirname, "../fixtures/overlays"));
const at = (...parts: string[]) => join(fixtures, ...parts);

describe("loadOverlay", () => {
  it("loads a bundle with its base, merged, with paths as given", async () => {
    const result = await loadOverlay(at("basic/web"));
    expect(result.diagnostics).toEqual([]);
    const common = at("basic/_base/common.yaml");
    const file = at("basic/web/bundle.yaml");
    expect(result.value).toMatchObject({
      name: "web",
      dir: at("basic/web"),
      file,
      files: [common, file],
      settings: {
        source: { kind: "image", ref: "nginx:1.27" },
        command: ["nginx", "-g", "daemon off;"],
        environment: [
          { name: "TZ", value: "UTC" },
          { name: "LOG_LEVEL", value: "debug" },
          { name: "PORT", value: "8080" },
        ],
        cap_drop: ["NET_RAW"],
        volumes: ["site-data:/data", "./html:/usr/share/nginx/html:ro"],
        tmpfs: ["/run"],
        labels: { team: "core", tier: "web" },
        patches: [{ op: "add", path: "/process/noNewPrivileges", value: true }],
      },
    });
    expect(result.value?.origins).toMatchObject({
      image: { file, line: 3, col: 8 },
      "environment.TZ": { file: common, line: 3, col: 7 },
      "environment.LOG_LEVEL": { file, line: 6, col: 14 },
      "volumes[0]": { file, line: 10, col: 5 },
      "volumes[1]": { file, line: 9, col: 5 },
      cap_drop: { file: common, line: 5, col: 1 },
      "labels.tier": { file, line: 13, col: 5 },
      "patches[0]": { file, line: 15, col: 5 },
    });
  });

  it("names the bundle after its directory, even given with a trailing slash", async () => {
    const result = await loadOverlay(`${at("basic/api")}/`);
    expect(result.value?.name).toBe("api");
    expect(result.value?.file).toBe(at("basic/api/bundle.yaml"));
    expect(result.value?.settings).toEqual({
      source: { kind: "container", ref: "api-1" },
      read_only: true,
      environment: [
        { name: "TZ", value: "UTC" },
        { name: "LOG_LEVEL", value: "info" },
      ],
      cap_drop: ["NET_RAW"],
      volumes: ["/data"],
      labels: { team: "core" },
    });
  });

  it("reports a directory without bundle.yaml as OVL102", async () => {
    const result = await loadOverlay(at("basic/_base"));
    expect(result).toEqual({
      value: undefined,
      diagnostics: [
        {
          code: "OVL102",
          severity: "error",
          message: `cannot read ${at("basic/_base/bundle.yaml")}: file not found`,
        },
      ],
    });
  });

  it("reports an extends cycle", async () => {
    const result = await loadOverlay(at("cycle/web"));
    const [a, b] = [at("cycle/web/a.yaml"), at("cycle/web/b.yaml")];
    expect(formatAll(result.diagnostics)).toBe(
      `${b}:2:1: error OVL301: extends cycle: ${a} → ${b} → ${a} (at extends)`,
    );
  });

  it("reports a missing base at the extends entry", async () => {
    const result = await loadOverlay(at("missing-base/web"));
    expect(formatAll(result.diagnostics)).toBe(
      `${at("missing-base/web/bundle.yaml")}:3:5: error OVL302: base overlay "../_base/common.yaml" not found (looked for ${at("missing-base/_base/common.yaml")}) (at extends)`,
    );
  });

  it("normalizes and merges resource settings across a base, with origins", async () => {
    const result = await loadOverlay(at("resources/api"));
    expect(result.diagnostics).toEqual([]);
    const limits = at("resources/_base/limits.yaml");
    const file = at("resources/api/bundle.yaml");
    expect(result.value?.settings).toEqual({
      source: { kind: "image", ref: "rbc.local/busybox:1" },
      mem_limit: 1073741824,
      memswap_limit: -1,
      cpus: 1.5,
      pids_limit: 200,
      stop_signal: "SIGQUIT",
      stop_grace_period: 90,
      volumes: [{ type: "tmpfs", target: "/cache", tmpfs: { size: 67108864, mode: 0o1777 } }],
      ulimits: { nofile: { soft: 1024, hard: 4096 }, nproc: { soft: 512, hard: 512 } },
      sysctls: { "net.core.somaxconn": "1024", "net.ipv4.ip_forward": "1" },
      extra_hosts: ["db:10.0.0.2"],
      ports: ["8080:80"],
      blkio_config: { weight: 300, device_read_bps: [{ path: "/dev/sda", rate: 20971520 }] },
    });
    expect(result.value?.origins).toMatchObject({
      mem_limit: { file, line: 3, col: 12 },
      cpus: { file: limits, line: 4, col: 7 },
      "ulimits.nofile": { file: limits, line: 7, col: 11 },
      "sysctls.net.core.somaxconn": { file: limits, line: 9, col: 23 },
      "sysctls.net.ipv4.ip_forward": { file, line: 7, col: 24 },
      "blkio_config.weight": { file: limits, line: 11, col: 11 },
      "blkio_config.device_read_bps[0]": { file, line: 18, col: 7 },
      "volumes[0]": { file, line: 13, col: 5 },
    });
  });

  it("reports settings Docker refuses together, at the key written last", async () => {
    const result = await loadOverlay(at("resources/host-ports"));
    const file = at("resources/host-ports/bundle.yaml");
    expect(result.value).toBeUndefined();
    expect(formatAll(result.diagnostics)).toBe(
      [
        `${file}:4:1: error OVL204: ports cannot be published with network_mode: host; the container already listens on the host's network (at ports)`,
        `${file}:6:12: error OVL204: cpus and cpu_quota cannot both be set; cpus sets the CPU period and quota itself (at cpu_quota)`,
      ].join("\n"),
    );
  });

  it("requires image or container after merging", async () => {
    const result = await loadOverlay(at("neither/web"));
    expect(formatAll(result.diagnostics)).toBe(
      `${at("neither/web/bundle.yaml")}:1:1: error OVL203: set exactly one of "image" or "container" (neither is set here or in a base)`,
    );
  });
});

describe("loadOverlay on a scratch directory", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rbc-overlay-"));
    await mkdir(join(dir, "unreadable", "bundle.yaml"), { recursive: true });
    await mkdir(join(dir, "absolute"));
    await writeFile(join(dir, "base.yaml"), "image: alpine\n");
    await writeFile(join(dir, "absolute", "bundle.yaml"), `extends: ${join(dir, "base.yaml")}\n`);
    // Kept out of test/fixtures: Prettier checks YAML there and would stop at the syntax error.
    await mkdir(join(dir, "malformed"));
    const malformed = 'image: alpine:3.20\nenvironment:\n  FOO: "bar\nuser: root\n';
    await writeFile(join(dir, "malformed", "bundle.yaml"), malformed);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reports a bundle.yaml it cannot read as OVL102 with the reason", async () => {
    const result = await loadOverlay(join(dir, "unreadable"));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["OVL102"]);
    expect(result.diagnostics[0]?.message).toMatch(
      `cannot read ${join(dir, "unreadable", "bundle.yaml")}: not a regular file (a directory)`,
    );
  });

  it("reports malformed YAML with the file, line and column", async () => {
    const result = await loadOverlay(join(dir, "malformed"));
    expect(result.value).toBeUndefined();
    expect(formatAll(result.diagnostics)).toBe(
      `${join(dir, "malformed", "bundle.yaml")}:3:8: error OVL101: missing closing quote for the string that starts here`,
    );
  });

  it("follows an absolute extends path", async () => {
    const result = await loadOverlay(join(dir, "absolute"));
    expect(result.value?.files).toEqual([
      join(dir, "base.yaml"),
      join(dir, "absolute", "bundle.yaml"),
    ]);
    expect(result.value?.settings.source).toEqual({ kind: "image", ref: "alpine" });
  });
});
