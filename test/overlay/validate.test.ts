import { describe, expect, it } from "vitest";
import { validateOverlay } from "../../src/overlay/validate.ts";
import { formatAll, parsed } from "./overlay-builders.ts";

function validate(yaml: string) {
  return validateOverlay(parsed(yaml, "bundles/web/bundle.yaml"));
}

function problems(yaml: string): string {
  return formatAll(validate(yaml).diagnostics);
}

describe("validateOverlay", () => {
  it("accepts every key in each of its forms", () => {
    const forms = [
      "image: nginx:1.27",
      "container: web-1",
      "extends: ../_base/common.yaml",
      "extends: [a.yaml, b.yaml]",
      "command: nginx -g 'daemon off;'",
      "command: [nginx, -g, daemon off;]",
      "entrypoint: ''",
      "entrypoint: [/docker-entrypoint.sh]",
      "environment: { A: x, B: 1, C: true, D: null }",
      "environment: [A=x, B]",
      "user: www-data:www-data",
      "working_dir: /srv",
      "hostname: web",
      "domainname: example.org",
      "tty: true",
      "read_only: false",
      "privileged: false",
      "cap_add: [NET_ADMIN]",
      "cap_drop: [ALL]",
      "volumes: [./html:/usr/share/nginx/html:ro, cache:/cache, /anon]",
      "tmpfs: /run",
      "tmpfs: [/run, '/tmp:size=64m']",
      "labels: { tier: web }",
      "labels: [tier=web]",
      "patches: [{ op: add, path: /process/noNewPrivileges, value: true }]",
      "patches: [{ op: remove, path: /linux/seccomp }]",
      "patches: [{ op: replace, path: /hostname, value: x }, { op: test, path: /a~1b, value: 1 }]",
      "patches: [{ op: move, from: /a, path: /b }, { op: copy, from: /a, path: /c }]",
      "volumes: [{ type: bind, source: ./d, target: /d, read_only: true, bind: { propagation: rslave, create_host_path: true, recursive: disabled } }]",
      "volumes: [{ type: volume, source: data, target: /d, volume: { nocopy: true } }, { type: volume, target: /anon }]",
      "volumes: [{ type: tmpfs, target: /t, tmpfs: { size: 64m, mode: 0o1777 } }, { type: tmpfs, target: /u, tmpfs: { size: 1024, mode: '1777' } }]",
      "group_add: [audio, 1000]",
      "security_opt: [no-new-privileges, seccomp=unconfined]",
      "devices: [/dev/fuse, '/dev/sda:/dev/xvda:rwm']",
      "device_cgroup_rules: ['c 1:3 mr', 'a *:* rwm']",
      "ulimits: { nofile: 1024, nproc: { soft: 100, hard: 200 }, core: -1 }",
      "sysctls: { net.core.somaxconn: 1024, kernel.shmmax: 65536 }",
      "sysctls: [net.core.somaxconn=1024]",
      "mem_limit: 536870912",
      "mem_limit: 512m",
      "mem_reservation: 1.5G",
      "memswap_limit: -1",
      "memswap_limit: 2gb",
      "mem_swappiness: 0",
      "oom_kill_disable: true",
      "oom_score_adj: -1000",
      "cpus: 1.5",
      "cpus: '0.5'",
      "cpu_shares: 512",
      "cpu_quota: -1",
      "cpu_quota: 50000",
      "cpu_period: 100000",
      "cpu_rt_runtime: 95000",
      "cpu_rt_runtime: 95ms",
      "cpu_rt_period: 1s",
      "cpuset: 0-3",
      "cpuset: '0,2'",
      "cpuset_mems: '0'",
      "pids_limit: -1",
      "pids_limit: 100",
      "shm_size: 64m",
      "blkio_config: { weight: 300, weight_device: [{ path: /dev/sda, weight: 400 }] }",
      "blkio_config: { device_read_bps: [{ path: /dev/sda, rate: 10mb }], device_write_bps: [{ path: /dev/sda, rate: 1024 }] }",
      "blkio_config: { device_read_iops: [{ path: /dev/sda, rate: 100 }], device_write_iops: [] }",
      "init: true",
      "ipc: shareable",
      "ipc: container:db",
      "pid: host",
      "pid: ''",
      "uts: host",
      "userns_mode: host",
      "cgroup: private",
      "cgroup_parent: /docker",
      "network_mode: none",
      "network_mode: container:db",
      "network_mode: default",
      "dns: 8.8.8.8",
      "dns: [8.8.8.8, '2001:4860:4860::8888']",
      "dns_search: example.org",
      "dns_search: [a.example.org, b.example.org]",
      "dns_opt: [ndots:2, use-vc]",
      "extra_hosts: [db=10.0.0.2, 'cache:10.0.0.3', 'v6=[::1]']",
      "extra_hosts: { db: 10.0.0.2 }",
      "ports: [80, '8080:80', '127.0.0.1:8443:443/tcp', '53/udp']",
      "stop_signal: SIGQUIT",
      "stop_grace_period: 1m30s",
      "stop_grace_period: 2.5",
      "annotations: { org.example/key: value }",
      "annotations: [org.example/key=value]",
    ];
    for (const form of forms) {
      const result = validate(`${form}\n`);
      expect({ form, diagnostics: result.diagnostics }).toEqual({ form, diagnostics: [] });
      expect(result.value).toEqual(parsed(`${form}\n`).data);
    }
  });

  it("reports an unknown key as OVL201 at the key, suggesting the close name", () => {
    const result = validate("image: alpine\nworkdir: /srv\n");
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        code: "OVL201",
        severity: "error",
        message: 'unknown key "workdir"; did you mean "working_dir"?',
        key: "workdir",
        location: { file: "bundles/web/bundle.yaml", line: 2, col: 1 },
      },
    ]);
  });

  it("suggests nothing when no key is close", () => {
    expect(problems("image: alpine\nrestrt_policy: always\n")).toBe(
      'bundles/web/bundle.yaml:2:1: error OVL201: unknown key "restrt_policy" (at restrt_policy)',
    );
  });

  it("says why a Compose key rbc does not support is refused, at its line (OVL206)", () => {
    expect(problems("image: alpine\nlogging: { driver: syslog }\n")).toBe(
      'bundles/web/bundle.yaml:2:1: error OVL206: "logging" is not supported: log drivers are ' +
        "Docker daemon features; runc passes stdio through (at logging)",
    );
    expect(problems('target: { docker: "26.1" }\nimage: alpine\nkernel_memory: 64m\n')).toMatch(
      /^bundles\/web\/bundle\.yaml:3:1: error OVL206: "kernel_memory" is not supported: Docker deprecated kernel memory limits/,
    );
    expect(problems("image: alpine\npull_policy: always\n")).toMatch(
      /OVL206: "pull_policy" is not supported: rbc never pulls/,
    );
  });

  it("gives restart, healthcheck, deploy, links, build and profiles a code of their own", () => {
    const yaml = [
      "image: alpine",
      "restart: unless-stopped",
      "healthcheck: { test: [CMD, true] }",
      "deploy: { replicas: 2 }",
      "links: [db]",
      "build: .",
      "profiles: [debug]",
      "",
    ].join("\n");
    const found = validate(yaml).diagnostics.map((d) => ({
      code: d.code,
      line: d.location?.line,
      key: d.key,
    }));
    expect(found).toEqual([
      { code: "OVL221", line: 2, key: "restart" },
      { code: "OVL222", line: 3, key: "healthcheck" },
      { code: "OVL223", line: 4, key: "deploy" },
      { code: "OVL224", line: 5, key: "links" },
      { code: "OVL225", line: 6, key: "build" },
      { code: "OVL226", line: 7, key: "profiles" },
    ]);
  });

  it("says why each of them is refused and what to use instead", () => {
    const message = (yaml: string) => validate(`image: alpine\n${yaml}\n`).diagnostics[0]?.message;
    expect(message("restart: always")).toBe(
      '"restart" is not supported: runc has no restart policy, and no daemon watches a bundle; ' +
        "rbc watch --run restarts a bundle when it changes, and a supervisor running rbc run " +
        "<bundle> (a systemd unit with Restart=always) restarts it when it exits",
    );
    expect(message("healthcheck: { disable: true }")).toMatch(
      /^"healthcheck" is not supported: Docker's daemon runs health checks, and runc has none; .*runc exec <id> <command>/,
    );
    expect(message("links: [db]")).toMatch(/extra_hosts, or share its network with network_mode/);
    expect(message("build: { context: . }")).toMatch(
      /docker build -t NAME \.\) and set image: NAME$/,
    );
    expect(message("profiles: [debug]")).toMatch(/rbc watch --run bundles\/web bundles\/db\)$/);
    expect(message("deploy: { replicas: 2 }")).toBe(
      '"deploy" is not supported: it tells a platform how to deploy a service (replicas, ' +
        "placement, update and restart policies), and a bundle is one container on this host; " +
        "for resource limits use mem_limit, mem_reservation, cpus and pids_limit",
    );
  });

  it("names the keys to write for the limits a deploy section sets", () => {
    const yaml = [
      "image: alpine",
      "deploy:",
      "  resources:",
      "    limits: { cpus: '0.50', memory: 512M, pids: 100 }",
      "    reservations: { memory: 20M }",
      "",
    ].join("\n");
    expect(validate(yaml).diagnostics).toMatchObject([
      {
        code: "OVL223",
        message: expect.stringMatching(
          /; write its limits as keys of their own: mem_limit: 512M, cpus: 0\.50, pids_limit: 100, mem_reservation: 20M$/,
        ) as unknown,
        location: { line: 2, col: 1 },
      },
    ]);
  });

  it("keeps a nested key that shares an unsupported key's name unknown, not unsupported", () => {
    expect(problems("image: alpine\nblkio_config:\n  restart: 1\n")).toContain("OVL201");
  });

  it("names the expected type of a wrong value", () => {
    expect(problems('image: alpine\ntty: "yes"\n')).toBe(
      'bundles/web/bundle.yaml:2:6: error OVL202: "tty" must be a boolean, got string (at tty)',
    );
  });

  it("gives one message for a value that fits none of a key's forms", () => {
    expect(problems("command: 5\ntmpfs: { a: b }\n")).toBe(
      [
        'bundles/web/bundle.yaml:1:10: error OVL202: "command" must be a string or a list of strings, got number (at command)',
        'bundles/web/bundle.yaml:2:8: error OVL202: "tmpfs" must be a tmpfs mount (TARGET or TARGET:OPTIONS) or a list of them, got map (at tmpfs)',
      ].join("\n"),
    );
  });

  it("explains the form the value chose instead of every alternative", () => {
    const yaml = "environment:\n  A: [1]\nentrypoint: [sh, 2]\nlabels: { tier: 3 }\n";
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:2:6: error OVL202: "environment.A" must be a string, a number, a boolean or null, got list (at environment.A)',
        'bundles/web/bundle.yaml:3:18: error OVL202: "entrypoint[1]" must be a string, got number (at entrypoint[1])',
        'bundles/web/bundle.yaml:4:17: error OVL202: "labels.tier" must be a string, got number (at labels.tier)',
      ].join("\n"),
    );
  });

  it("rejects an empty extends list and an empty image", () => {
    expect(problems("image: ''\nextends: []\n")).toBe(
      [
        'bundles/web/bundle.yaml:1:8: error OVL202: "image" "" is not a reference Docker accepts: it names no repository (at image)',
        'bundles/web/bundle.yaml:2:10: error OVL202: "extends" must not be empty (at extends)',
      ].join("\n"),
    );
  });

  it("requires value for add, replace and test, and from for move and copy", () => {
    const yaml = [
      "patches:",
      "  - op: add",
      "    path: /process/env",
      "  - op: copy",
      "    path: /a",
      "  - op: remove",
      "",
    ].join("\n");
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:2:5: error OVL202: "patches[0]" is missing required key "value" (at patches[0])',
        'bundles/web/bundle.yaml:4:5: error OVL202: "patches[1]" is missing required key "from" (at patches[1])',
        'bundles/web/bundle.yaml:6:5: error OVL202: "patches[2]" is missing required key "path" (at patches[2])',
      ].join("\n"),
    );
  });

  it("names the range a number must be in, and the number", () => {
    const yaml = [
      "mem_swappiness: 150",
      "oom_score_adj: -2000",
      "cpus: 0",
      "cpu_period: 500",
      "cpu_quota: 10",
      "cpu_shares: -3",
      "blkio_config: { weight: 5 }",
      "",
    ].join("\n");
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:1:17: error OVL202: "mem_swappiness" must be an integer from 0 to 100, got 150 (at mem_swappiness)',
        'bundles/web/bundle.yaml:2:16: error OVL202: "oom_score_adj" must be an integer from -1000 to 1000, got -2000 (at oom_score_adj)',
        'bundles/web/bundle.yaml:3:7: error OVL202: "cpus" must be a number of CPUs greater than 0, such as 1.5, got 0 (at cpus)',
        'bundles/web/bundle.yaml:4:13: error OVL202: "cpu_period" must be an integer from 1000 to 1000000 (microseconds), got 500 (at cpu_period)',
        'bundles/web/bundle.yaml:5:12: error OVL202: "cpu_quota" must be -1 or an integer of at least 1000 (microseconds), got 10 (at cpu_quota)',
        'bundles/web/bundle.yaml:6:13: error OVL202: "cpu_shares" must be an integer of at least 0, got -3 (at cpu_shares)',
        'bundles/web/bundle.yaml:7:25: error OVL202: "blkio_config.weight" must be 0 or an integer from 10 to 1000, got 5 (at blkio_config.weight)',
      ].join("\n"),
    );
  });

  it("names the size forms for a size of the wrong kind", () => {
    expect(problems("mem_limit: 1.5\nshm_size: -5\nmemswap_limit: -2\n")).toBe(
      [
        'bundles/web/bundle.yaml:1:12: error OVL202: "mem_limit" must be 0 or a byte size of at least 6m, such as 67108864 or "64m", got 1.5 (at mem_limit)',
        'bundles/web/bundle.yaml:2:11: error OVL202: "shm_size" must be a byte size such as 67108864 or "64m", got -5 (at shm_size)',
        'bundles/web/bundle.yaml:3:16: error OVL202: "memswap_limit" must be a byte size such as 1073741824 or "1g", or -1, got -2 (at memswap_limit)',
      ].join("\n"),
    );
  });

  it("rejects namespace and network modes Docker does not know", () => {
    const yaml = [
      "network_mode: bridg",
      "ipc: 'container:'",
      "pid: private",
      "uts: private",
      "cgroup: hots",
      "cpuset: a-b",
      "",
    ].join("\n");
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:1:15: error OVL202: "network_mode" must be bridge, default, none, host or container:NAME, got "bridg" (at network_mode)',
        'bundles/web/bundle.yaml:2:6: error OVL202: "ipc" must be private, shareable, none, host or container:NAME, got "container:" (at ipc)',
        'bundles/web/bundle.yaml:3:6: error OVL202: "pid" must be host, container:NAME or empty, got "private" (at pid)',
        'bundles/web/bundle.yaml:4:6: error OVL202: "uts" must be "host", got "private" (at uts)',
        'bundles/web/bundle.yaml:5:9: error OVL202: "cgroup" must be one of "host", "private", got "hots"; did you mean "host"? (at cgroup)',
        'bundles/web/bundle.yaml:6:9: error OVL202: "cpuset" must be a list of numbers up to 8192 or ranges, such as "0-3" or "0,2", got "a-b" (at cpuset)',
      ].join("\n"),
    );
  });

  it("checks long-syntax volumes and blkio_config entries key by key", () => {
    const yaml = [
      "volumes:",
      "  - typ: bind",
      "  - { type: bind, source: ./a, target: /a, bind: { propagation: rshare } }",
      "blkio_config:",
      "  wieght: 100",
      "  device_read_iops: [{ path: sda, rate: 1 }]",
      "ulimits: { nofile: { soft: 20 } }",
      "",
    ].join("\n");
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:2:5: error OVL202: "volumes[0]" is missing required key "type" (at volumes[0])',
        'bundles/web/bundle.yaml:2:5: error OVL202: "volumes[0]" is missing required key "target" (at volumes[0])',
        'bundles/web/bundle.yaml:2:5: error OVL201: unknown key "typ" in "volumes[0]"; did you mean "type"? (at volumes[0].typ)',
        'bundles/web/bundle.yaml:3:65: error SPC503: "volumes[1].bind.propagation" must be one of "private", "rprivate", "shared", "rshared", "slave", "rslave", got "rshare"; did you mean "rshared"? (at volumes[1].bind.propagation)',
        'bundles/web/bundle.yaml:5:3: error OVL201: unknown key "wieght" in "blkio_config"; did you mean "weight"? (at blkio_config.wieght)',
        'bundles/web/bundle.yaml:6:30: error SPC505: "blkio_config.device_read_iops[0].path" must be a device path such as "/dev/sda", got "sda" (at blkio_config.device_read_iops[0].path)',
        'bundles/web/bundle.yaml:7:20: error OVL202: "ulimits.nofile" is missing required key "hard" (at ulimits.nofile)',
      ].join("\n"),
    );
  });

  it("rejects an unknown patch op and suggests the close one", () => {
    expect(problems("patches:\n  - { op: ad, path: /a, value: 1 }\n")).toBe(
      'bundles/web/bundle.yaml:2:11: error OVL202: "patches[0].op" must be one of "add", "remove", "replace", "move", "copy", "test", got "ad"; did you mean "add"? (at patches[0].op)',
    );
  });

  it("rejects a patch path that is not a JSON pointer", () => {
    expect(problems("patches:\n  - { op: remove, path: process/args }\n")).toBe(
      'bundles/web/bundle.yaml:2:25: error OVL202: "patches[0].path" must be a JSON pointer such as "/process/args", got "process/args" (at patches[0].path)',
    );
  });

  it("reports a mistyped key inside a patch with a suggestion", () => {
    expect(problems("patches:\n  - op: add\n    path: /a\n    valeu: 1\n")).toBe(
      [
        'bundles/web/bundle.yaml:2:5: error OVL202: "patches[0]" is missing required key "value" (at patches[0])',
        'bundles/web/bundle.yaml:4:5: error OVL201: unknown key "valeu" in "patches[0]"; did you mean "value"? (at patches[0].valeu)',
      ].join("\n"),
    );
  });
});
