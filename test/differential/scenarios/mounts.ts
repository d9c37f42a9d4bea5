import { app, busybox, echo, type Scenario } from "../scenario.ts";

/** Long-syntax volumes (bind, volume, tmpfs) and tmpfs with options. */
export const mountScenarios: readonly Scenario[] = [
  {
    name: "long-syntax read-only bind",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=bind,source=/etc,target=/host-etc,readonly"],
    overlay: { volumes: [{ type: "bind", source: "/etc", target: "/host-etc", read_only: true }] },
  },
  {
    name: "long-syntax bind with rslave propagation from a shared mount",
    image: busybox,
    command: echo,
    flags: [
      "--mount",
      "type=bind,source=/var/lib/docker/volumes,target=/dv,readonly,bind-propagation=rslave",
    ],
    overlay: {
      volumes: [
        {
          type: "bind",
          source: "/var/lib/docker/volumes",
          target: "/dv",
          read_only: true,
          bind: { propagation: "rslave" },
        },
      ],
    },
  },
  {
    name: "long-syntax bind with rshared propagation from a shared mount",
    image: busybox,
    command: echo,
    flags: [
      "--mount",
      "type=bind,source=/var/lib/docker/volumes,target=/dvs,bind-propagation=rshared",
    ],
    overlay: {
      volumes: [
        {
          type: "bind",
          source: "/var/lib/docker/volumes",
          target: "/dvs",
          bind: { propagation: "rshared" },
        },
      ],
    },
  },
  {
    name: "long-syntax bind with explicit private propagation",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=bind,source=/tmp,target=/host-tmp,bind-propagation=private"],
    overlay: {
      volumes: [
        { type: "bind", source: "/tmp", target: "/host-tmp", bind: { propagation: "private" } },
      ],
    },
  },
  {
    name: "non-recursive bind",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=bind,source=/usr,target=/host-usr,readonly,bind-nonrecursive"],
    overlay: {
      volumes: [
        {
          type: "bind",
          source: "/usr",
          target: "/host-usr",
          read_only: true,
          bind: { recursive: "disabled" },
        },
      ],
    },
  },
  {
    name: "bind that creates its host path",
    image: busybox,
    command: echo,
    flags: ["--volume", "/tmp/rbc-diff-created:/created"],
    overlay: {
      volumes: [
        {
          type: "bind",
          source: "/tmp/rbc-diff-created",
          target: "/created",
          bind: { create_host_path: true },
        },
      ],
    },
  },
  {
    name: "bind of an ancestor of Docker's data root",
    image: busybox,
    command: echo,
    flags: ["--volume", "/var:/host-var:ro"],
    overlay: { volumes: ["/var:/host-var:ro"] },
  },
  {
    name: "bind inside Docker's data root",
    image: busybox,
    command: echo,
    flags: ["--volume", "/var/lib/docker/volumes:/docker-volumes:ro"],
    overlay: { volumes: ["/var/lib/docker/volumes:/docker-volumes:ro"] },
  },
  {
    name: "long-syntax named volume with nocopy",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=volume,source=rbc-diff-nocopy,target=/nocopy,volume-nocopy"],
    overlay: {
      volumes: [
        { type: "volume", source: "rbc-diff-nocopy", target: "/nocopy", volume: { nocopy: true } },
      ],
    },
  },
  {
    name: "long-syntax read-only named volume",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=volume,source=rbc-diff-cache,target=/cache,readonly"],
    overlay: {
      volumes: [{ type: "volume", source: "rbc-diff-cache", target: "/cache", read_only: true }],
    },
  },
  {
    name: "long-syntax anonymous volume",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=volume,target=/scratch"],
    overlay: { volumes: [{ type: "volume", target: "/scratch" }] },
  },
  {
    name: "long-syntax tmpfs with size and mode",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=tmpfs,target=/t,tmpfs-size=64m,tmpfs-mode=1770"],
    overlay: { volumes: [{ type: "tmpfs", target: "/t", tmpfs: { size: "64m", mode: 0o1770 } }] },
  },
  {
    name: "long-syntax read-only tmpfs with a size in bytes",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=tmpfs,target=/ro-tmp,readonly,tmpfs-size=1000000"],
    overlay: {
      volumes: [{ type: "tmpfs", target: "/ro-tmp", read_only: true, tmpfs: { size: 1000000 } }],
    },
  },
  {
    name: "several tmpfs mounts with options at the same depth",
    image: busybox,
    command: echo,
    flags: [
      "--tmpfs",
      "/run",
      "--tmpfs",
      "/cache:size=10m,noexec",
      "--tmpfs",
      "/scratch:uid=1000,gid=1000,nr_inodes=1k,mode=700,rw,nosuid",
    ],
    overlay: {
      tmpfs: [
        "/run",
        "/cache:size=10m,noexec",
        "/scratch:uid=1000,gid=1000,nr_inodes=1k,mode=700,rw,nosuid",
      ],
    },
  },
  {
    name: "tmpfs options overriding the defaults",
    image: busybox,
    command: echo,
    flags: ["--tmpfs", "/var/tmp:exec,dev,suid,shared,size=1g,mode=1777,ro"],
    overlay: { tmpfs: ["/var/tmp:exec,dev,suid,shared,size=1g,mode=1777,ro"] },
  },
  {
    name: "tmpfs over /dev",
    image: busybox,
    command: echo,
    flags: ["--tmpfs", "/dev:rw,exec,mode=755"],
    overlay: { tmpfs: ["/dev:rw,exec,mode=755"] },
  },
  {
    name: "binds, volumes and tmpfs mounts of the same depth",
    image: busybox,
    command: echo,
    flags: [
      "--volume",
      "/etc:/m1:ro",
      "--volume",
      "/tmp:/m2",
      "--volume",
      "rbc-diff-cache:/m3",
      "--tmpfs",
      "/m4",
      "--mount",
      "type=tmpfs,target=/m5,tmpfs-mode=700",
      "--mount",
      "type=bind,source=/usr,target=/m6,readonly",
    ],
    overlay: {
      volumes: [
        "/etc:/m1:ro",
        "/tmp:/m2",
        "rbc-diff-cache:/m3",
        { type: "tmpfs", target: "/m5", tmpfs: { mode: 0o700 } },
        { type: "bind", source: "/usr", target: "/m6", read_only: true },
      ],
      tmpfs: ["/m4"],
    },
  },
  {
    name: "long-syntax bind over /etc/resolv.conf",
    image: busybox,
    command: echo,
    flags: ["--mount", "type=bind,source=/etc/os-release,target=/etc/resolv.conf,readonly"],
    overlay: {
      volumes: [
        { type: "bind", source: "/etc/os-release", target: "/etc/resolv.conf", read_only: true },
      ],
    },
  },
  {
    name: "bind over the image's VOLUME",
    image: app,
    flags: ["--volume", "/tmp:/data"],
    overlay: { volumes: ["/tmp:/data"] },
  },
  {
    name: "long-syntax volume, bind and tmpfs on a read-only rootfs for a non-root user",
    image: app,
    flags: [
      "--read-only",
      "--user",
      "bob",
      "--mount",
      "type=volume,source=rbc-diff-cache,target=/app/cache",
      "--mount",
      "type=bind,source=/etc,target=/app/etc,readonly,bind-propagation=rprivate",
      "--mount",
      "type=tmpfs,target=/app/tmp,tmpfs-size=16m",
    ],
    overlay: {
      read_only: true,
      user: "bob",
      volumes: [
        { type: "volume", source: "rbc-diff-cache", target: "/app/cache" },
        {
          type: "bind",
          source: "/etc",
          target: "/app/etc",
          read_only: true,
          bind: { propagation: "rprivate" },
        },
        { type: "tmpfs", target: "/app/tmp", tmpfs: { size: "16m" } },
      ],
    },
  },
];
