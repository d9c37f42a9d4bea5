import { mkdir, mkdtemp, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findGitRepository } from "../../src/identity/index.ts";
import { git, gitRepository } from "../helpers/git-repository.ts";

const files = {
  "bundles/web/bundle.yaml": "image: busybox\n",
  "bundles/api/bundle.yaml": "image: busybox\n",
};

/** Runs `work` with no git on PATH: whatever it learns of a repository, it learns from memory. */
async function withoutGit<T>(work: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = await mkdtemp(join(tmpdir(), "rbc-no-git-"));
  try {
    return await work();
  } finally {
    process.env.PATH = saved;
  }
}

describe("findGitRepository", () => {
  it("asks git once per work tree: the repository's other bundles share the answer", async () => {
    const root = await gitRepository(files, "shared answer");
    const web = await findGitRepository(join(root, "bundles", "web"));
    expect(web).toEqual({
      top: await realpath(root),
      rootCommit: await git(root, ["rev-list", "--max-parents=0", "HEAD"]),
    });
    expect(await withoutGit(() => findGitRepository(join(root, "bundles", "api")))).toEqual(web);
  });

  it("does not give a nested work tree (a submodule's) the answer of the one around it", async () => {
    const root = await gitRepository(files, "outer");
    const inner = join(root, "vendor", "inner");
    await mkdir(join(inner, "bundles", "db"), { recursive: true });
    await git(inner, ["init", "-q"]);
    await git(inner, ["commit", "-q", "--allow-empty", "-m", "inner"]);
    const outer = await findGitRepository(join(root, "bundles", "web"));
    const nested = await findGitRepository(join(inner, "bundles", "db"));
    expect(nested).toEqual({
      top: await realpath(inner),
      rootCommit: await git(inner, ["rev-list", "--max-parents=0", "HEAD"]),
    });
    expect(nested?.rootCommit).not.toBe(outer?.rootCommit);
  });

  it("gives a linked work tree (git worktree add) its own top and the repository's root", async () => {
    const root = await gitRepository(files, "worktrees");
    const linked = join(await mkdtemp(join(tmpdir(), "rbc-worktree-")), "linked");
    await git(root, ["worktree", "add", "-q", linked]);
    const main = await findGitRepository(join(root, "bundles", "web"));
    expect(await findGitRepository(join(linked, "bundles", "web"))).toEqual({
      top: await realpath(linked),
      rootCommit: main?.rootCommit,
    });
  });

  it("shares a shallow clone's answer while the clone stays shallow", async () => {
    const origin = await gitRepository(files, "shallow origin");
    await git(origin, ["commit", "-q", "--allow-empty", "-m", "second"]);
    const clone = join(await mkdtemp(join(tmpdir(), "rbc-shallow-")), "infra");
    await git(origin, ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);
    const shallow = { top: await realpath(clone), rootCommit: undefined };
    expect(await findGitRepository(join(clone, "bundles", "web"))).toEqual(shallow);
    expect(await withoutGit(() => findGitRepository(join(clone, "bundles", "api")))).toEqual(
      shallow,
    );
    await git(clone, ["fetch", "-q", "--unshallow"]);
    expect(await findGitRepository(join(clone, "bundles", "api"))).toEqual({
      ...shallow,
      rootCommit: await git(origin, ["rev-list", "--max-parents=0", "HEAD"]),
    });
  });

  it("finds no work tree without asking git where no directory up to the root has a .git", async () => {
    const outside = await mkdtemp(join(tmpdir(), "rbc-no-repository-"));
    // The scratch directory is in no work tree (git itself says so), or this case proves nothing.
    expect(await git(outside, ["rev-parse", "--show-toplevel"]).catch(() => "none")).toBe("none");
    await mkdir(join(outside, "bundles", "web"), { recursive: true });
    // A git that would name a work tree, were it asked.
    const fakeBin = await mkdtemp(join(tmpdir(), "rbc-fake-git-"));
    await writeFile(join(fakeBin, "git"), "#!/bin/sh\nprintf '/fake\\nfalse\\n.git\\n'\n", {
      mode: 0o755,
    });
    const saved = process.env.PATH;
    process.env.PATH = fakeBin;
    try {
      expect(await findGitRepository(join(outside, "bundles", "web"))).toBe(undefined);
    } finally {
      process.env.PATH = saved;
    }
    await git(outside, ["init", "-q"]);
    expect(await findGitRepository(join(outside, "bundles", "web"))).toEqual({
      top: await realpath(outside),
      rootCommit: undefined,
    });
  });

  it("asks again while git cannot tell the root commit: a first commit shows", async () => {
    const root = await mkdtemp(join(tmpdir(), "rbc-first-commit-"));
    await mkdir(join(root, "bundles", "web"), { recursive: true });
    await git(root, ["init", "-q"]);
    const before = await findGitRepository(join(root, "bundles", "web"));
    expect(before).toEqual({ top: await realpath(root), rootCommit: undefined });
    await git(root, ["commit", "-q", "--allow-empty", "-m", "first"]);
    const after = await findGitRepository(join(root, "bundles", "web"));
    expect(after?.rootCommit).toBe(await git(root, ["rev-list", "--max-parents=0", "HEAD"]));
  });
});
