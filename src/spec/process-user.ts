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
  return text.split("\n").flatMap((line) => {
    const fields = lineFields(line);
    return fields === undefined ? [] : [fields];
  });
}

/** A passwd or group line's fields; undefined for blank lines and comments. */
function lineFields(line: string): string[] | undefined {
  const trimmed = line.trim();
  return trimmed === "" || trimmed.startsWith("#") ? undefined : trimmed.split(":");
}

function passwdEntry([name = "", , uid = "", gid = ""]: readonly string[]): PasswdEntry {
  return { name, uid: parseId(uid) ?? 0, gid: parseId(gid) ?? 0 };
}

function groupEntry([name = "", , gid = "", members = ""]: readonly string[]): GroupEntry {
  return { name, gid: parseId(gid) ?? 0, members: members === "" ? [] : members.split(",") };
}

function parsePasswd(text: string): PasswdEntry[] {
  return records(text).map(passwdEntry);
}

function parseGroup(text: string): GroupEntry[] {
  return records(text).map(groupEntry);
}

/** What a user lookup asks for: the user spec (`name`, `uid`, `name:group`, ...) and `group_add`. */
export interface UserQuery {
  readonly user: string;
  readonly groupAdd: readonly string[];
}

/** Chooses, one line at a time, the /etc/passwd and /etc/group entries a lookup needs. */
export interface UserEntrySelector {
  /** One line of /etc/passwd; every passwd line comes before the first group line. */
  passwdLine(line: string): void;
  /** One line of /etc/group. */
  groupLine(line: string): void;
  /** The entries kept so far, as passwd and group text (absent when none). */
  entries(): { readonly passwd?: string; readonly group?: string };
  /** Bytes of the entries kept so far. */
  keptBytes(): number;
}

/**
 * The entries of /etc/passwd and /etc/group that resolveUser consults for `query`, chosen as the
 * files stream by (runc reads them line by line too): the first passwd entry that matches the
 * user, the first group that matches the spec's group, every group that lists the matched user,
 * and the first group matching each `group_add` entry. They are kept in file order and reduced to
 * the fields the lookup reads (no password, no other members), so resolveUser over them gives the
 * answer it gives over the whole files, and nothing else of the files is kept.
 */
export function userEntrySelector(query: UserQuery): UserEntrySelector {
  const [userArg = "", groupArg = ""] = query.user.split(":");
  const uidArg = parseId(userArg);
  const gidArg = parseId(groupArg);
  let matched: PasswdEntry | undefined;
  let groupFound = false;
  const addFound = new Set<string>();
  const passwd: string[] = [];
  const group: string[] = [];
  let bytes = 0;
  const keep = (into: string[], line: string) => {
    into.push(line);
    bytes += line.length + 1;
  };
  const matchesUser = (u: PasswdEntry) =>
    userArg === "" ? u.uid === 0 : uidArg !== undefined ? u.uid === uidArg : u.name === userArg;
  const matchesGroup = (g: GroupEntry, name: string, gid: number | undefined) =>
    gid !== undefined ? g.gid === gid : g.name === name;
  return {
    passwdLine(line) {
      const fields = matched === undefined ? lineFields(line) : undefined;
      if (fields === undefined) return;
      const entry = passwdEntry(fields);
      if (!matchesUser(entry)) return;
      matched = entry;
      // The id fields as written: they parse the same (a number too long for a double too).
      keep(passwd, `${entry.name}:x:${fields[2] ?? ""}:${fields[3] ?? ""}`);
    },
    groupLine(line) {
      const fields = lineFields(line);
      if (fields === undefined) return;
      const g = groupEntry(fields);
      const member = groupArg === "" && matched !== undefined && g.members.includes(matched.name);
      const isGroup = groupArg !== "" && !groupFound && matchesGroup(g, groupArg, gidArg);
      groupFound ||= isGroup;
      const added = query.groupAdd.filter(
        (entry) => !addFound.has(entry) && (g.name === entry || g.gid === parseId(entry)),
      );
      for (const entry of added) addFound.add(entry);
      if (!member && !isGroup && added.length === 0) return;
      keep(group, `${g.name}:x:${fields[2] ?? ""}:${member && matched ? matched.name : ""}`);
    },
    entries: () => ({
      ...(passwd.length === 0 ? {} : { passwd: `${passwd.join("\n")}\n` }),
      ...(group.length === 0 ? {} : { group: `${group.join("\n")}\n` }),
    }),
    keptBytes: () => bytes,
  };
}
