/**
 * `process.user` as Docker resolves it at start: runc's GetExecUser over the image's /etc/passwd and
 * /etc/group (libcontainer/user), then Docker's GroupAdd lookup, with the primary gid first in
 * additionalGids (Docker 20.10.24).
 */
export interface ResolvedUser {
  readonly uid: number;
  readonly gid: number;
  readonly additionalGids: number[];
}

export type UserResolution =
  | { readonly user: ResolvedUser }
  | { readonly error: { readonly kind: "user" | "group"; readonly message: string } };

interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

interface GroupEntry {
  readonly name: string;
  readonly gid: number;
  readonly members: readonly string[];
}

export function resolveUser(
  userSpec: string,
  groupAdd: readonly string[],
  files: { readonly passwd?: string | undefined; readonly group?: string | undefined },
): UserResolution {
  const [userArg = "", groupArg = ""] = userSpec.split(":");
  const passwd = files.passwd === undefined ? [] : parsePasswd(files.passwd);
  const groups = files.group === undefined ? [] : parseGroup(files.group);
  const uidArg = parseId(userArg);
  const gidArg = parseId(groupArg);

  const matched = passwd.find((u) =>
    userArg === "" ? u.uid === 0 : uidArg !== undefined ? u.uid === uidArg : u.name === userArg,
  );
  let uid = 0;
  let gid = 0;
  if (matched) {
    uid = matched.uid;
    gid = matched.gid;
  } else if (userArg !== "") {
    if (uidArg === undefined) {
      return failure("user", `unable to find user ${userArg}: no matching entries in passwd file`);
    }
    uid = uidArg;
  }

  let sgids: number[] = [];
  if (groupArg !== "") {
    const group = groups.find((g) =>
      gidArg !== undefined ? g.gid === gidArg : g.name === groupArg,
    );
    if (group) gid = group.gid;
    else if (gidArg !== undefined) gid = gidArg;
    else
      return failure(
        "group",
        `unable to find group ${groupArg}: no matching entries in group file`,
      );
  } else if (matched) {
    sgids = groups.filter((g) => g.members.includes(matched.name)).map((g) => g.gid);
  }

  const added = resolveGroupAdd(groupAdd, groups);
  if ("error" in added) return added;
  return { user: { uid, gid, additionalGids: [gid, ...sgids, ...added.gids] } };
}

/** Docker's GetAdditionalGroups: each entry is a group name or a gid, unknown numeric ids allowed. */
function resolveGroupAdd(
  groupAdd: readonly string[],
  groups: readonly GroupEntry[],
): { gids: number[] } | Extract<UserResolution, { error: unknown }> {
  const gids: number[] = [];
  for (const entry of groupAdd) {
    const numeric = parseId(entry);
    const group = groups.find(
      (g) => g.name === entry || (numeric !== undefined && g.gid === numeric),
    );
    const gid = group?.gid ?? numeric;
    if (gid === undefined) {
      return failure("group", `unable to find group ${entry}: no matching entries in group file`);
    }
    if (!gids.includes(gid)) gids.push(gid);
  }
  return { gids };
}

function failure(
  kind: "user" | "group",
  message: string,
): Extract<UserResolution, { error: unknown }> {
  return { error: { kind, message } };
}

function parseId(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function records(text: string): string[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split(":"));
}

function parsePasswd(text: string): PasswdEntry[] {
  return records(text).map(([name = "", , uid = "", gid = ""]) => ({
    name,
    uid: parseId(uid) ?? 0,
    gid: parseId(gid) ?? 0,
  }));
}

function parseGroup(text: string): GroupEntry[] {
  return records(text).map(([name = "", , gid = "", members = ""]) => ({
    name,
    gid: parseId(gid) ?? 0,
    members: members === "" ? [] : members.split(","),
  }));
}
