/**
 * Differential scenarios: the same container settings given to `docker run` (flags) and to rbc
 * (overlay keys). Environment goes through an env file because Docker's client sends several `-e`
 * values in random order.
 */
export interface Scenario {
  readonly name: string;
  readonly image: string;
  /** `docker run` flags (before the image). */
  readonly flags?: readonly string[];
  /** Environment lines, passed to Docker with --env-file and to rbc as `environment`. */
  readonly env?: readonly string[];
  /** Command after the image (Docker) and `command` (rbc). */
  readonly command?: readonly string[];
  /** The overlay keys equivalent to `flags` (image and environment are added by the harness). */
  readonly overlay?: Readonly<Record<string, unknown>>;
}

const busybox = "rbc.local/busybox:1";
const app = "rbc.local/app:1";
const nousers = "rbc.local/nousers:1";
const echo = ["echo", "hi"];

export const scenarios: readonly Scenario[] = [
  { name: "busybox defaults", image: busybox, command: echo },
  { name: "image with entrypoint, cmd, env, workdir and user", image: app },
  { name: "command appended to the image entrypoint", image: app, command: ["one", "two words"] },
  {
    name: "entrypoint replaced",
    image: app,
    flags: ["--entrypoint", "/bin/echo"],
    command: ["x"],
    overlay: { entrypoint: "/bin/echo" },
  },
  {
    name: "entrypoint reset",
    image: app,
    flags: ["--entrypoint", ""],
    command: ["id"],
    overlay: { entrypoint: "" },
  },
  {
    name: "environment overrides, additions and PATH replacement",
    image: app,
    env: ["GREETING=bonjour", "EXTRA=1", "PATH=/bin", "EMPTY="],
  },
  {
    name: "user by name with supplementary groups",
    image: busybox,
    command: echo,
    flags: ["--user", "bob"],
    overlay: { user: "bob" },
  },
  {
    name: "user and group by id",
    image: busybox,
    command: echo,
    flags: ["--user", "1000:44"],
    overlay: { user: "1000:44" },
  },
  {
    name: "user by name and group by name",
    image: busybox,
    command: echo,
    flags: ["--user", "alice:video"],
    overlay: { user: "alice:video" },
  },
  {
    name: "unknown numeric user",
    image: busybox,
    command: echo,
    flags: ["--user", "1234"],
    overlay: { user: "1234" },
  },
  {
    name: "numeric user without passwd",
    image: nousers,
    command: ["/bin/busybox", "true"],
    flags: ["--user", "123:456"],
    overlay: { user: "123:456" },
  },
  {
    name: "root user of an image with USER",
    image: app,
    flags: ["--user", "root"],
    overlay: { user: "root" },
  },
  {
    name: "working directory, tty, hostname and domain name",
    image: busybox,
    command: echo,
    flags: [
      "--workdir",
      "/tmp/../var/www",
      "--tty",
      "--hostname",
      "web1",
      "--domainname",
      "example.org",
    ],
    overlay: {
      working_dir: "/tmp/../var/www",
      tty: true,
      hostname: "web1",
      domainname: "example.org",
    },
  },
  {
    name: "privileged",
    image: busybox,
    command: echo,
    flags: ["--privileged"],
    overlay: { privileged: true },
  },
  {
    name: "privileged with a read-only rootfs and a non-root user",
    image: app,
    flags: ["--privileged", "--read-only", "--user", "bob"],
    overlay: { privileged: true, read_only: true, user: "bob" },
  },
  {
    name: "read-only rootfs",
    image: busybox,
    command: echo,
    flags: ["--read-only"],
    overlay: { read_only: true },
  },
  {
    name: "capabilities added and dropped",
    image: busybox,
    command: echo,
    flags: [
      "--cap-add",
      "net_admin",
      "--cap-add",
      "SYS_TIME",
      "--cap-drop",
      "NET_RAW",
      "--cap-drop",
      "mknod",
    ],
    overlay: { cap_add: ["net_admin", "SYS_TIME"], cap_drop: ["NET_RAW", "mknod"] },
  },
  {
    name: "all capabilities dropped but one, as a non-root user",
    image: busybox,
    command: echo,
    flags: ["--cap-drop", "ALL", "--cap-add", "NET_BIND_SERVICE", "--user", "alice"],
    overlay: { cap_drop: ["ALL"], cap_add: ["NET_BIND_SERVICE"], user: "alice" },
  },
  {
    name: "SYS_ADMIN changes the seccomp profile",
    image: busybox,
    command: echo,
    flags: ["--cap-add", "SYS_ADMIN"],
    overlay: { cap_add: ["SYS_ADMIN"] },
  },
  {
    name: "tmpfs mounts with options",
    image: busybox,
    command: echo,
    flags: ["--tmpfs", "/run:rw,size=64m,mode=1770,exec"],
    overlay: { tmpfs: ["/run:rw,size=64m,mode=1770,exec"] },
  },
  {
    name: "host bind mount read-only and a named volume",
    image: busybox,
    command: echo,
    flags: ["--volume", "/etc:/host-etc:ro", "--volume", "rbc-diff-cache:/cache"],
    overlay: { volumes: ["/etc:/host-etc:ro", "rbc-diff-cache:/cache"] },
  },
  {
    name: "read-only rootfs with a bind over /etc/hosts and a deep volume",
    image: busybox,
    command: echo,
    flags: ["--read-only", "--volume", "/etc/hosts:/etc/hosts:ro", "--volume", "/tmp:/a/b/c"],
    overlay: { read_only: true, volumes: ["/etc/hosts:/etc/hosts:ro", "/tmp:/a/b/c"] },
  },
];
