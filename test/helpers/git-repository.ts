import { execFile } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Runs git in `cwd` as a test sets a repository up, with a fixed author and dates so that the same
 * files and messages make the same commits (and root commit) in every repository.
 */
export function git(cwd: string, args: readonly string[]): Promise<string> {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "rbc test",
    GIT_AUTHOR_EMAIL: "test@rbc.invalid",
    GIT_COMMITTER_NAME: "rbc test",
    GIT_COMMITTER_EMAIL: "test@rbc.invalid",
    GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
    GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
  };
  return new Promise((done, fail) => {
    execFile("git", ["-c", "init.defaultBranch=main", ...args], { cwd, env }, (error, stdout) => {
      if (error === null) done(stdout.trim());
      else fail(new Error(`git ${args.join(" ")}: ${error.message}`));
    });
  });
}

/**
 * A new git repository in a temp directory with `files` (path → content) committed as its first
 * commit, with `message`: two repositories of the same files and message have the same root
 * commit, as two clones do; another message makes another repository.
 */
export async function gitRepository(
  files: Record<string, string>,
  message = "first",
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "rbc-git-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  await git(root, ["init", "-q"]);
  await git(root, ["add", "."]);
  await git(root, ["commit", "-q", "--allow-empty", "-m", message]);
  return root;
}
