import { app, busybox, donorName, echo, type Scenario } from "../scenario.ts";

const ipcDonor = donorName("ipc");
const pidDonor = donorName("pid");

/** init, ipc, pid, uts, userns_mode, cgroup and cgroup_parent. */
export const namespaceScenarios: readonly Scenario[] = [
  {
    name: "init",
    image: busybox,
    command: echo,
    flags: ["--init"],
    overlay: { init: true },
  },
  {
    name: "init with the image's entrypoint and a non-root user",
    image: app,
    flags: ["--init", "--user", "bob"],
    overlay: { init: true, user: "bob" },
  },
  {
    name: "init disabled explicitly",
    image: busybox,
    command: echo,
    flags: ["--init=false"],
    overlay: { init: false },
  },
  {
    name: "init is ignored with the host pid namespace",
    image: busybox,
    command: echo,
    flags: ["--init", "--pid", "host"],
    overlay: { init: true, pid: "host" },
  },
  {
    name: "ipc none",
    image: busybox,
    command: echo,
    flags: ["--ipc", "none"],
    overlay: { ipc: "none" },
  },
  {
    name: "ipc private",
    image: busybox,
    command: echo,
    flags: ["--ipc", "private", "--shm-size", "16m"],
    overlay: { ipc: "private", shm_size: "16m" },
  },
  {
    name: "ipc shareable",
    image: busybox,
    command: echo,
    flags: ["--ipc", "shareable"],
    overlay: { ipc: "shareable" },
  },
  {
    name: "ipc host",
    image: busybox,
    command: echo,
    flags: ["--ipc", "host"],
    overlay: { ipc: "host" },
  },
  {
    name: "ipc of another container",
    image: busybox,
    command: echo,
    donors: [{ name: ipcDonor, flags: ["--ipc", "shareable"] }],
    flags: ["--ipc", `container:${ipcDonor}`],
    overlay: { ipc: `container:${ipcDonor}` },
  },
  {
    name: "pid host",
    image: busybox,
    command: echo,
    flags: ["--pid", "host"],
    overlay: { pid: "host" },
  },
  {
    name: "pid of another container",
    image: busybox,
    command: echo,
    donors: [{ name: pidDonor }],
    flags: ["--pid", `container:${pidDonor}`],
    overlay: { pid: `container:${pidDonor}` },
  },
  {
    name: "uts host",
    image: busybox,
    command: echo,
    flags: ["--uts", "host"],
    overlay: { uts: "host" },
  },
  {
    name: "userns host",
    image: busybox,
    command: echo,
    flags: ["--userns", "host"],
    overlay: { userns_mode: "host" },
  },
  {
    name: "private cgroup namespace",
    image: busybox,
    command: echo,
    flags: ["--cgroupns", "private"],
    overlay: { cgroup: "private" },
  },
  {
    name: "host cgroup namespace",
    image: busybox,
    command: echo,
    flags: ["--cgroupns", "host"],
    overlay: { cgroup: "host" },
  },
  {
    name: "absolute cgroup parent",
    image: busybox,
    command: echo,
    flags: ["--cgroup-parent", "/rbc-diff/parent"],
    overlay: { cgroup_parent: "/rbc-diff/parent" },
  },
  {
    name: "relative cgroup parent",
    image: busybox,
    command: echo,
    flags: ["--cgroup-parent", "rbc-diff-parent"],
    overlay: { cgroup_parent: "rbc-diff-parent" },
  },
];
