import { describe, expect, it } from "vitest";
import { resolveUser } from "../../src/spec/process-user.ts";

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
