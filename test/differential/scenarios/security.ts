import { app, bundleFile, busybox, echo, type Scenario } from "../scenario.ts";

/** An allow list with explicit architectures, a `name` group and an errnoRet. */
const smallProfile = JSON.stringify({
  defaultAction: "SCMP_ACT_ERRNO",
  architectures: ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"],
  syscalls: [
    {
      names: ["read", "write", "exit_group", "execve", "brk", "mmap", "arch_prctl"],
      action: "SCMP_ACT_ALLOW",
    },
    { name: "mkdir", action: "SCMP_ACT_ERRNO", errnoRet: 13 },
  ],
});

/** archMap, capability, kernel and architecture filters, argument rules, defaultErrnoRet. */
const filteredProfile = JSON.stringify({
  defaultAction: "SCMP_ACT_ERRNO",
  defaultErrnoRet: 1,
  archMap: [
    { architecture: "SCMP_ARCH_X86_64", subArchitectures: ["SCMP_ARCH_X86", "SCMP_ARCH_X32"] },
    { architecture: "SCMP_ARCH_AARCH64", subArchitectures: ["SCMP_ARCH_ARM"] },
  ],
  syscalls: [
    { names: ["read", "write", "execve", "exit_group"], action: "SCMP_ACT_ALLOW", comment: "x" },
    {
      names: ["mount", "umount2"],
      action: "SCMP_ACT_ALLOW",
      includes: { caps: ["CAP_SYS_ADMIN"] },
    },
    { names: ["chroot"], action: "SCMP_ACT_ERRNO", excludes: { caps: ["CAP_SYS_CHROOT"] } },
    {
      names: ["personality"],
      action: "SCMP_ACT_ALLOW",
      args: [{ index: 0, value: 8, valueTwo: 0, op: "SCMP_CMP_EQ" }],
    },
    {
      names: ["clone"],
      action: "SCMP_ACT_ALLOW",
      args: [{ index: 0, value: 2114060288, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }],
      excludes: { caps: ["CAP_SYS_ADMIN"], arches: ["s390", "s390x"] },
    },
    { names: ["ptrace"], action: "SCMP_ACT_ALLOW", includes: { minKernel: "4.8" } },
    { names: ["kcmp"], action: "SCMP_ACT_ALLOW", includes: { minKernel: "99.0" } },
    { names: ["arch_prctl"], action: "SCMP_ACT_ALLOW", includes: { arches: ["amd64", "x32"] } },
    { names: ["s390_runtime_instr"], action: "SCMP_ACT_ALLOW", includes: { arches: ["s390x"] } },
    { names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: 38 },
  ],
});

/** security_opt: seccomp, apparmor, no-new-privileges, systempaths, label. */
export const securityScenarios: readonly Scenario[] = [
  {
    name: "seccomp unconfined",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "seccomp=unconfined"],
    overlay: { security_opt: ["seccomp=unconfined"] },
  },
  {
    name: "seccomp profile file with explicit architectures",
    image: busybox,
    command: echo,
    files: { "profile.json": smallProfile },
    flags: ["--security-opt", `seccomp=${bundleFile("profile.json")}`],
    overlay: { security_opt: ["seccomp=profile.json"] },
  },
  {
    name: "seccomp profile file with archMap and capability, kernel and arch filters",
    image: busybox,
    command: echo,
    files: { "seccomp/filtered.json": filteredProfile },
    flags: ["--security-opt", `seccomp=${bundleFile("seccomp/filtered.json")}`],
    overlay: { security_opt: ["seccomp=seccomp/filtered.json"] },
  },
  {
    name: "seccomp profile file filtered by an added SYS_ADMIN",
    image: busybox,
    command: echo,
    files: { "profile.json": filteredProfile },
    flags: [
      "--cap-add",
      "SYS_ADMIN",
      "--cap-drop",
      "SYS_CHROOT",
      "--security-opt",
      `seccomp=${bundleFile("profile.json")}`,
    ],
    overlay: {
      cap_add: ["SYS_ADMIN"],
      cap_drop: ["SYS_CHROOT"],
      security_opt: ["seccomp=profile.json"],
    },
  },
  {
    name: "seccomp profile file ignored when privileged",
    image: busybox,
    command: echo,
    files: { "profile.json": smallProfile },
    flags: ["--privileged", "--security-opt", `seccomp=${bundleFile("profile.json")}`],
    overlay: { privileged: true, security_opt: ["seccomp=profile.json"] },
  },
  {
    name: "apparmor unconfined",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "apparmor=unconfined"],
    overlay: { security_opt: ["apparmor=unconfined"] },
  },
  {
    name: "apparmor named profile",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "apparmor=rbc-test-profile"],
    overlay: { security_opt: ["apparmor=rbc-test-profile"] },
  },
  {
    name: "no-new-privileges",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "no-new-privileges"],
    overlay: { security_opt: ["no-new-privileges"] },
  },
  {
    name: "no-new-privileges=true for a non-root user",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "no-new-privileges=true", "--user", "bob"],
    overlay: { security_opt: ["no-new-privileges=true"], user: "bob" },
  },
  {
    name: "no-new-privileges=false",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "no-new-privileges=false"],
    overlay: { security_opt: ["no-new-privileges=false"] },
  },
  {
    name: "systempaths unconfined",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "systempaths=unconfined"],
    overlay: { security_opt: ["systempaths=unconfined"] },
  },
  {
    name: "systempaths unconfined with a read-only rootfs and a non-root user",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "systempaths=unconfined", "--read-only", "--user", "alice"],
    overlay: { security_opt: ["systempaths=unconfined"], read_only: true, user: "alice" },
  },
  {
    name: "SELinux label options without SELinux",
    image: busybox,
    command: echo,
    flags: [
      "--security-opt",
      "label=type:svirt_apache_t",
      "--security-opt",
      "label=level:s0:c100,c200",
    ],
    overlay: { security_opt: ["label=type:svirt_apache_t", "label=level:s0:c100,c200"] },
  },
  {
    name: "SELinux labels disabled",
    image: busybox,
    command: echo,
    flags: ["--security-opt", "label=disable"],
    overlay: { security_opt: ["label=disable"] },
  },
  {
    name: "every security option together for a non-root user",
    image: app,
    flags: [
      "--security-opt",
      "seccomp=unconfined",
      "--security-opt",
      "no-new-privileges",
      "--security-opt",
      "apparmor=unconfined",
      "--cap-drop",
      "ALL",
      "--user",
      "1000:44",
    ],
    overlay: {
      security_opt: ["seccomp=unconfined", "no-new-privileges", "apparmor=unconfined"],
      cap_drop: ["ALL"],
      user: "1000:44",
    },
  },
  {
    name: "no-new-privileges and systempaths unconfined when privileged",
    image: busybox,
    command: echo,
    flags: [
      "--privileged",
      "--security-opt",
      "no-new-privileges",
      "--security-opt",
      "systempaths=unconfined",
    ],
    overlay: {
      privileged: true,
      security_opt: ["no-new-privileges", "systempaths=unconfined"],
    },
  },
];
