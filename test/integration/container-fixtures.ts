import { join } from "node:path";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { recordingsDir } from "../helpers/fake-engine.ts";

/** Recorded `docker container inspect` answers (one object each) for the container source tests. */
export const containerFixturesDir = join(recordingsDir, "containers");

/** A container created with `docker create <args>`, recorded as `<name>.json`. */
export interface ContainerFixture {
  readonly name: string;
  readonly args: readonly string[];
}

const seccompProfile = join(containerFixturesDir, "seccomp-profile.json");

/** The donor other containers join: its own hostname and domain name. */
export const donorFixture: ContainerFixture = {
  name: "rbc-fixture-donor",
  args: [
    "--hostname",
    "donorhost",
    "--domainname",
    "example.org",
    IMAGE_NAMES.busybox,
    "sleep",
    "1000",
  ],
};

/**
 * Nearly every `docker run` setting at once. Bind sources are paths every host has; the blkio
 * devices need not exist at create. Left out: settings this engine rewrites by kernel support in
 * ways other hosts would not (cpu-rt needs RT group scheduling).
 */
export const fullFixture: ContainerFixture = {
  name: "rbc-fixture-full",
  args: [
    ...["--group-add", "10", "--group-add", "video"],
    ...["--security-opt", `seccomp=${seccompProfile}`, "--security-opt", "no-new-privileges"],
    ...["--security-opt", "systempaths=unconfined", "--security-opt", "label=disable"],
    ...[
      "--mount",
      "type=bind,src=/usr/share,dst=/bdata,readonly,bind-propagation=rslave,bind-nonrecursive",
    ],
    ...["--mount", "type=tmpfs,dst=/t1,tmpfs-size=1048576,tmpfs-mode=1700"],
    ...["--mount", "type=tmpfs,dst=/t2,readonly"],
    ...["--mount", "type=volume,src=rbc-fixture-vol,dst=/vol,volume-nocopy"],
    ...["--mount", "type=volume,dst=/anon"],
    ...["-v", "/etc:/short:ro", "--tmpfs", "/run:size=64m"],
    ...["--device", "/dev/null:/dev/mynull:r", "--device", "/dev/zero"],
    ...["--device-cgroup-rule", "c 1:3 rwm"],
    ...["--ulimit", "nofile=1024:2048", "--ulimit", "nproc=100"],
    ...["--sysctl", "net.core.somaxconn=1024"],
    ...["--memory", "64m", "--memory-reservation", "32m", "--memory-swappiness", "10"],
    ...["--oom-kill-disable", "--oom-score-adj", "100"],
    ...["--cpus", "1.5", "--cpu-shares", "512", "--cpuset-cpus", "0", "--cpuset-mems", "0"],
    ...["--pids-limit", "100", "--shm-size", "128m"],
    ...["--blkio-weight", "300", "--blkio-weight-device", "/dev/sda:200"],
    ...["--device-read-bps", "/dev/sda:1mb", "--device-write-bps", "/dev/sda:2mb"],
    ...["--device-read-iops", "/dev/sda:100", "--device-write-iops", "/dev/sda:200"],
    ...["--init", "--ipc", "shareable", "--pid", "host", "--uts", "host", "--userns", "host"],
    ...["--cgroupns", "private", "--cgroup-parent", "/custom"],
    ...["--dns", "1.1.1.1", "--dns-search", "example.com", "--dns-option", "ndots:2"],
    ...["--add-host", "db:10.0.0.2", "-p", "8080:80", "-p", "127.0.0.1:8443:443/udp"],
    ...["--stop-signal", "SIGTERM", "--stop-timeout", "30"],
    IMAGE_NAMES.busybox,
    "true",
  ],
};

/** A container that joins the donor's network, IPC and PID namespaces. */
export const joinedFixture: ContainerFixture = {
  name: "rbc-fixture-joined",
  args: [
    ...["--network", `container:${donorFixture.name}`],
    ...["--ipc", `container:${donorFixture.name}`, "--pid", `container:${donorFixture.name}`],
    IMAGE_NAMES.busybox,
    "true",
  ],
};

export const containerFixtures: readonly ContainerFixture[] = [
  donorFixture,
  fullFixture,
  joinedFixture,
];

/** The named volume fullFixture creates. */
export const fixtureVolume = "rbc-fixture-vol";
