import { app, busybox, echo, nousers, type Scenario } from "../scenario.ts";

/**
 * group_add, and users and groups resolved from the image's /etc/passwd and /etc/group (busybox:
 * alice 1000:1000 in audio and staff; bob 1001:100 in users, audio and video).
 */
export const userScenarios: readonly Scenario[] = [
  {
    name: "group_add by name for root",
    image: busybox,
    command: echo,
    flags: ["--group-add", "video"],
    overlay: { group_add: ["video"] },
  },
  {
    name: "group_add names and an unknown gid for a user with supplementary groups",
    image: busybox,
    command: echo,
    flags: [
      "--user",
      "bob",
      "--group-add",
      "staff",
      "--group-add",
      "1234",
      "--group-add",
      "nogroup",
    ],
    overlay: { user: "bob", group_add: ["staff", "1234", "nogroup"] },
  },
  {
    name: "group_add repeating the user's own groups",
    image: busybox,
    command: echo,
    flags: ["--user", "bob", "--group-add", "video", "--group-add", "users"],
    overlay: { user: "bob", group_add: ["video", "users"] },
  },
  {
    name: "group_add with a name and its gid, for user:group",
    image: busybox,
    command: echo,
    flags: ["--user", "alice:video", "--group-add", "staff", "--group-add", "50"],
    overlay: { user: "alice:video", group_add: ["staff", 50] },
  },
  {
    name: "group_add by gid on an image without passwd or group",
    image: nousers,
    command: ["/bin/busybox", "true"],
    flags: ["--user", "123:456", "--group-add", "789"],
    overlay: { user: "123:456", group_add: ["789"] },
  },
  {
    name: "group_add on the image's own USER",
    image: app,
    flags: ["--group-add", "audio"],
    overlay: { group_add: ["audio"] },
  },
  {
    name: "group_add with uid:gid",
    image: busybox,
    command: echo,
    flags: ["--user", "1000:44", "--group-add", "audio"],
    overlay: { user: "1000:44", group_add: ["audio"] },
  },
  {
    name: "user by uid finds its name's supplementary groups",
    image: busybox,
    command: echo,
    flags: ["--user", "1001"],
    overlay: { user: "1001" },
  },
  {
    name: "user by name with a numeric group",
    image: busybox,
    command: echo,
    flags: ["--user", "bob:29"],
    overlay: { user: "bob:29" },
  },
  {
    name: "user by uid and group by name",
    image: busybox,
    command: echo,
    flags: ["--user", "65534:staff"],
    overlay: { user: "65534:staff" },
  },
];
