import { describe, expect, it } from "vitest";
import { resolveUser, userEntrySelector } from "../../src/spec/process-user.ts";

const passwd = [
  "root:x:0:0:root:/root:/bin/sh",
  "# a comment",
  "",
  "alice:x:1000:1000:Alice:/home/alice:/bin/sh",
  "bob:x:1001:100::/home/bob:/bin/sh",
  "bob2:x:1001:7::/:/bin/sh",
].join("\n");
const group = [
  "root:x:0:",
  "users:x:100:bob",
  "audio:x:29:alice,bob",
  "video:x:44:bob",
  "alice:x:1000:",
  "staff:x:50:alice",
].join("\n");
const files = { passwd, group };

function user(spec: string, groupAdd: string[] = [], f: typeof files | object = files) {
  const result = resolveUser(spec, groupAdd, f);
  if (!("user" in result)) throw new Error(result.error.message);
  return result.user;
}

// runc 1.1.5 GetExecUser + Docker 20.10.24 getUser semantics (shared/reference/docker-spec.md §3.3).
describe("resolveUser", () => {
  it("resolves the empty user to uid 0 with its groups", () => {
    expect(user("")).toEqual({ uid: 0, gid: 0, additionalGids: [0] });
  });

  it("resolves a name to its uid, gid and the groups listing it, primary gid first", () => {
    expect(user("alice")).toEqual({ uid: 1000, gid: 1000, additionalGids: [1000, 29, 50] });
    expect(user("bob")).toEqual({ uid: 1001, gid: 100, additionalGids: [100, 100, 29, 44] });
  });

  it("matches a numeric user by uid, first entry wins", () => {
    expect(user("1001")).toEqual({ uid: 1001, gid: 100, additionalGids: [100, 100, 29, 44] });
  });

  it("keeps an unknown numeric uid with gid 0", () => {
    expect(user("1234")).toEqual({ uid: 1234, gid: 0, additionalGids: [0] });
  });

  it("uses an explicit group and then no supplementary groups", () => {
    expect(user("alice:video")).toEqual({ uid: 1000, gid: 44, additionalGids: [44] });
    expect(user("1000:44")).toEqual({ uid: 1000, gid: 44, additionalGids: [44] });
    expect(user("123:456", [], {})).toEqual({ uid: 123, gid: 456, additionalGids: [456] });
  });

  it("appends group_add entries by name or id, keeping duplicates against the user's groups", () => {
    expect(user("bob", ["video", "789"])).toEqual({
      uid: 1001,
      gid: 100,
      additionalGids: [100, 100, 29, 44, 44, 789],
    });
  });

  it("fails for an unknown user name, with runc's message", () => {
    expect(resolveUser("carol", [], files)).toEqual({
      error: {
        kind: "user",
        message: "unable to find user carol: no matching entries in passwd file",
      },
    });
  });

  it("fails for a user name when the image has no passwd file", () => {
    expect("error" in resolveUser("alice", [], {})).toBe(true);
  });

  it("fails for an unknown group name", () => {
    const result = resolveUser("alice:wheel", [], files);
    expect(result).toEqual({
      error: {
        kind: "group",
        message: "unable to find group wheel: no matching entries in group file",
      },
    });
    expect("error" in resolveUser("", ["wheel"], files)).toBe(true);
  });
});

/** The entries the selector keeps for a query, from the whole files fed line by line. */
function selected(spec: string, groupAdd: string[], f: { passwd: string; group: string }) {
  const selector = userEntrySelector({ user: spec, groupAdd });
  for (const line of f.passwd.split("\n")) selector.passwdLine(line);
  for (const line of f.group.split("\n")) selector.groupLine(line);
  return selector.entries();
}

describe("userEntrySelector", () => {
  const queries: [string, string[]][] = [
    ["", []],
    ["alice", []],
    ["bob", []],
    ["1001", []],
    ["1234", []],
    ["alice:video", []],
    ["1000:44", []],
    ["bob:100", []],
    ["bob", ["video", "789"]],
    ["", ["audio", "29", "staff"]],
    ["carol", []],
    ["alice:wheel", []],
    ["", ["wheel"]],
  ];

  it.each(queries)("keeps what resolveUser needs for %j %j: the same answer", (spec, add) => {
    expect(resolveUser(spec, add, selected(spec, add, files))).toEqual(
      resolveUser(spec, add, files),
    );
  });

  it("keeps the matched entries only, without passwords or other members", () => {
    const withHashes = {
      passwd: "root:$6$secret:0:0::/root:/bin/sh\nbob:$6$other:1001:100::/:/bin/sh\n",
      group: "root:x:0:\nusers:$1$g:100:bob,carol,dave\nvideo:x:44:carol\naudio:x:29:\n",
    };
    expect(selected("bob", ["audio"], withHashes)).toEqual({
      passwd: "bob:x:1001:100\n",
      group: "users:x:100:bob\naudio:x:29:\n",
    });
    expect(selected("carol", [], withHashes)).toEqual({});
  });

  it("keeps only the first passwd entry that matches, as runc's lookup uses only that one", () => {
    const twice = { passwd: "a:x:0:1\nb:x:0:2\n", group: "" };
    expect(selected("", [], twice)).toEqual({ passwd: "a:x:0:1\n" });
  });

  it("keeps id fields as written, so they parse as in the whole file", () => {
    const odd = { passwd: `x:x:${"9".repeat(25)}:abc\n`, group: "g:x:007:x\n" };
    const spec = "9".repeat(25);
    expect(selected(spec, [], odd)).toEqual({
      passwd: `x:x:${"9".repeat(25)}:abc\n`,
      group: "g:x:007:x\n",
    });
    expect(resolveUser(spec, [], selected(spec, [], odd))).toEqual(resolveUser(spec, [], odd));
  });

  it("counts what it keeps", () => {
    const selector = userEntrySelector({ user: "", groupAdd: [] });
    selector.passwdLine("root:x:0:0:root:/root:/bin/sh");
    expect(selector.keptBytes()).toBe("root:x:0:0\n".length);
  });
});
