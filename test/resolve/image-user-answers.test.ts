import { describe, expect, it } from "vitest";
import { answeringImageUsers } from "../../src/resolve/image-user-answers.ts";
import type { DescribedImage } from "../../src/resolve/described-image.ts";
import type { Engine } from "../../src/resolve/engine.ts";
import type { RecordedUserLookup } from "../../src/resolve/engine-recording.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";

const engine = fakeEngine();
const REF = "rbc.local/app:1";
const ID = (await engine.inspectImage(REF)).Id;
const alice = { user: "alice", groupAdd: [] };
const recorded: RecordedUserLookup = {
  user: "alice",
  groupAdd: [],
  passwd: "alice:x:1000:1000\n",
  group: "staff:x:50:alice\n",
};

/** The engine, recording which user lookups reach it (the probe container). */
function probing(): { engine: Engine; probes: string[] } {
  const probes: string[] = [];
  return {
    engine: {
      ...engine,
      lookUpUsers: (source, query) => {
        probes.push(`${source.kind}:${query.user}`);
        return engine.lookUpUsers(source, query);
      },
    },
    probes,
  };
}

async function lookUp(answering: Engine, user: string) {
  await answering.inspectImage(REF);
  return answering.lookUpUsers({ kind: "image", id: ID }, { user, groupAdd: [] });
}

describe("answeringImageUsers", () => {
  it("answers from the lock's recording of the same image and query, without a probe", async () => {
    const { engine: live, probes } = probing();
    const answering = answeringImageUsers(live, { recorded: { [`image:${ID}`]: recorded } });
    expect(await lookUp(answering, "alice")).toEqual({
      passwd: recorded.passwd,
      group: recorded.group,
    });
    expect(probes).toEqual([]);
  });

  it("asks the engine for another query, another image, or a recording this rbc would not keep", async () => {
    const tampered = { ...recorded, passwd: "alice:x:1000:1000:extra\n" };
    for (const users of [
      { [`image:${ID}`]: { ...recorded, user: "bob" } },
      { "image:sha256:other": recorded },
      { [`image:${ID}`]: tampered },
    ]) {
      const { engine: live, probes } = probing();
      const answer = await lookUp(answeringImageUsers(live, { recorded: users }), "alice");
      expect(answer).toEqual(await engine.lookUpUsers({ kind: "image", id: ID }, alice));
      expect(probes).toEqual(["image:alice"]);
    }
  });

  it("answers from the image's read when there is one, else from the engine", async () => {
    const passwd = new TextEncoder().encode("alice:x:7:7\n");
    const sha256 = "a".repeat(64);
    const read: DescribedImage = {
      configDigest: ID,
      diffIds: [],
      entries: [
        { path: ".", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
        { path: "etc", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
        { path: "etc/passwd", type: "file", mode: 0o644, uid: 0, gid: 0, mtime: 0, sha256 },
      ],
      files: [{ sha256, bytes: passwd }],
    };
    const streamed = probing();
    const fromRead = answeringImageUsers(streamed.engine, {
      imageRead: () => Promise.resolve(read),
    });
    expect(await lookUp(fromRead, "alice")).toEqual({ passwd: "alice:x:7:7\n" });
    expect(streamed.probes).toEqual([]);
    for (const imageRead of [
      () => Promise.resolve(undefined),
      () => Promise.reject(new Error("the read failed")),
    ]) {
      const probed = probing();
      await lookUp(answeringImageUsers(probed.engine, { imageRead }), "alice");
      expect(probed.probes).toEqual(["image:alice"]);
    }
  });
});
