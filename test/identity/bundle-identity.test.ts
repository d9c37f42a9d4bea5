import { mkdir, mkdtemp, realpath, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleIdentity, findGitRepository } from "../../src/identity/index.ts";
import { git, gitRepository } from "../helpers/git-repository.ts";

const files = { "bundles/web/bundle.yaml": "image: busybox\n", README: "infra\n" };
const web = (root: string): string => join(root, "bundles", "web");

describe("bundleIdentity", () => {
  it("is the overlay's container_name when it sets one, with nothing else recorded", async () => {
    const root = await gitRepository(files);
    expect(await bundleIdentity(web(root), "web", { containerName: "my-web" })).toEqual({
      containerId: "my-web",
    });
  });

  it("in git: the root commit and the path below the work tree's top", async () => {
    const root = await gitRepository(files);
    const rootCommit = await git(root, ["rev-list", "--max-parents=0", "HEAD"]);
    const identity = await bundleIdentity(web(root), "web");
    expect(identity).toMatchObject({ repository: rootCommit, path: "bundles/web" });
    expect(identity.containerId).toMatch(/^rbc-web-[0-9a-f]{8}$/);
  });

  it("gives two clones of one repository the same id, later commits or not", async () => {
    const origin = await gitRepository(files);
    const clone = join(await mkdtemp(join(tmpdir(), "rbc-clone-")), "infra");
    await git(origin, ["clone", "-q", origin, clone]);
    await git(clone, ["commit", "-q", "--allow-empty", "-m", "later"]);
    expect(await bundleIdentity(web(clone), "web")).toEqual(
      await bundleIdentity(web(origin), "web"),
    );
  });

  it("gives the same bundle path in two repositories two ids", async () => {
    const one = await bundleIdentity(web(await gitRepository(files, "repository one")), "web");
    const two = await bundleIdentity(web(await gitRepository(files, "repository two")), "web");
    expect(one.containerId).not.toBe(two.containerId);
  });

  it("changes when the bundle moves within its repository", async () => {
    const root = await gitRepository(files);
    const before = await bundleIdentity(web(root), "web");
    await mkdir(join(root, "apps"));
    await rename(web(root), join(root, "apps", "web"));
    const after = await bundleIdentity(join(root, "apps", "web"), "web");
    expect(after.path).toBe("apps/web");
    expect(after.containerId).not.toBe(before.containerId);
  });

  it("takes the first-parent root when a merge brings in another history's root", async () => {
    const root = await gitRepository(files);
    const own = await git(root, ["rev-list", "--max-parents=0", "HEAD"]);
    await git(root, ["checkout", "-q", "--orphan", "other"]);
    await git(root, ["commit", "-q", "--allow-empty", "-m", "another history"]);
    await git(root, ["checkout", "-q", "main"]);
    await git(root, ["merge", "-q", "--allow-unrelated-histories", "-m", "merge", "other"]);
    expect((await git(root, ["rev-list", "--max-parents=0", "HEAD"])).split("\n")).toHaveLength(2);
    expect((await findGitRepository(root))?.rootCommit).toBe(own);
  });

  it("in a shallow clone, takes the repository from the lock and the path from the work tree", async () => {
    const origin = await gitRepository(files);
    await git(origin, ["commit", "-q", "--allow-empty", "-m", "second"]);
    const full = await bundleIdentity(web(origin), "web");
    const shallow = join(await mkdtemp(join(tmpdir(), "rbc-shallow-")), "infra");
    await git(origin, ["clone", "-q", "--depth", "1", `file://${origin}`, shallow]);
    expect((await findGitRepository(shallow))?.rootCommit).toBeUndefined();
    const locked = (): Promise<typeof full> => Promise.resolve(full);
    expect(await bundleIdentity(web(shallow), "web", { locked })).toEqual(full);
    const moved = { ...full, path: "elsewhere/web" };
    const fromMoved = await bundleIdentity(web(shallow), "web", {
      locked: () => Promise.resolve(moved),
    });
    expect(fromMoved).toEqual(full);
  });

  it("outside git: the lock's record, else the bundle directory's absolute path", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "rbc-nogit-")), "web");
    await mkdir(dir);
    const own = await bundleIdentity(dir, "web");
    expect(own).toEqual({ containerId: own.containerId, path: await realpath(dir) });
    const record = { containerId: "x", repository: "a".repeat(40), path: "bundles/web" };
    const copied = await bundleIdentity(dir, "web", { locked: () => Promise.resolve(record) });
    const origin = await bundleIdentity(web(await gitRepository(files)), "web");
    expect(copied.path).toBe("bundles/web");
    expect(copied.repository).toBe(record.repository);
    expect(copied.containerId).not.toBe(origin.containerId);
  });

  it("in a repository with no commit yet, as outside git", async () => {
    const root = await mkdtemp(join(tmpdir(), "rbc-empty-git-"));
    await git(root, ["init", "-q"]);
    await mkdir(web(root), { recursive: true });
    expect(await bundleIdentity(web(root), "web")).toMatchObject({
      path: await realpath(web(root)),
    });
  });

  it("ignores the caller's GIT_DIR (as a git hook sets it)", async () => {
    const root = await gitRepository(files);
    const other = await gitRepository(files, "another repository");
    const expected = await bundleIdentity(web(root), "web");
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = join(other, ".git");
    try {
      expect(await bundleIdentity(web(root), "web")).toEqual(expected);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });
});
