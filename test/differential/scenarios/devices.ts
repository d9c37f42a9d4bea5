import { busybox, echo, type Scenario } from "../scenario.ts";

/** devices and device_cgroup_rules, with host nodes every Debian machine has. */
export const deviceScenarios: readonly Scenario[] = [
  {
    name: "device mapped to another path with read permission",
    image: busybox,
    command: echo,
    flags: ["--device", "/dev/null:/dev/mynull:r"],
    overlay: { devices: ["/dev/null:/dev/mynull:r"] },
  },
  {
    name: "device at its own path",
    image: busybox,
    command: echo,
    flags: ["--device", "/dev/zero"],
    overlay: { devices: ["/dev/zero"] },
  },
  {
    name: "fuse device allowed over the default deny",
    image: busybox,
    command: echo,
    flags: ["--device", "/dev/fuse:/dev/fuse:rwm"],
    overlay: { devices: ["/dev/fuse:/dev/fuse:rwm"] },
  },
  {
    name: "several devices for a non-root user",
    image: busybox,
    command: echo,
    flags: ["--device", "/dev/zero:/dev/z:rw", "--device", "/dev/null", "--user", "alice"],
    overlay: { devices: ["/dev/zero:/dev/z:rw", "/dev/null"], user: "alice" },
  },
  {
    name: "devices when privileged",
    image: busybox,
    command: echo,
    flags: ["--privileged", "--device", "/dev/null:/dev/mynull", "--device", "/dev/zero"],
    overlay: { privileged: true, devices: ["/dev/null:/dev/mynull", "/dev/zero"] },
  },
  {
    name: "device cgroup rules",
    image: busybox,
    command: echo,
    flags: ["--device-cgroup-rule", "c 1:3 rwm", "--device-cgroup-rule", "b 8:* r"],
    overlay: { device_cgroup_rules: ["c 1:3 rwm", "b 8:* r"] },
  },
  {
    name: "device cgroup rule allowing everything",
    image: busybox,
    command: echo,
    flags: ["--device-cgroup-rule", "a *:* rwm"],
    overlay: { device_cgroup_rules: ["a *:* rwm"] },
  },
  {
    name: "device cgroup rules after device rules",
    image: busybox,
    command: echo,
    flags: ["--device", "/dev/zero", "--device-cgroup-rule", "c 10:229 rw"],
    overlay: { devices: ["/dev/zero"], device_cgroup_rules: ["c 10:229 rw"] },
  },
  {
    name: "device cgroup rules ignored when privileged",
    image: busybox,
    command: echo,
    flags: ["--privileged", "--device-cgroup-rule", "c 42:* rmw"],
    overlay: { privileged: true, device_cgroup_rules: ["c 42:* rmw"] },
  },
];
