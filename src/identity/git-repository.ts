import { execFile } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

/** The git work tree a directory is in, as far as its bundles' identity goes. */
export interface GitRepository {
  /** The work tree's top directory, real path. */
  readonly top: string;
  /**
   * The root commit reached from HEAD by first parents; undefined when git cannot tell: no commit
   * yet, or a shallow clone (whose oldest commit is not the root).
   */
  readonly rootCommit: string | undefined;
}

/**
 * The git work tree `dir` is in, or undefined when it is in none (or git is not installed). Runs
 * git with none of the caller's GIT_* variables (a git hook's GIT_DIR would name another
 * repository), and accepts a work tree another user owns (rbc runs as root in users' checkouts,
 * trusted as their bundle.yaml is; the commands only read).
 *
 * Asked once per work tree, not per directory: every bundle of a repository shares the answer
 * (see `asked`).
 */
export async function findGitRepository(dir: string): Promise<GitRepository | undefined> {
  const real = await realpath(dir);
  const top = await discoveredTop(real).catch(() => undefined);
  if (top === undefined) return askGit(real);
  const shared = asked.get(top);
  if (shared !== undefined) return shared;
  const answer = askGit(real);
  asked.set(top, answer);
  void answer.then((repository) => {
    if (repository?.top !== top || repository.rootCommit === undefined) asked.delete(top);
  });
  return answer;
}

/**
 * git's answers by work tree top: while a question is on its way, and then for good when git knew
 * the root commit (a root commit never changes, so a long `rbc watch`, or a build of many bundles,
 * asks once). Other answers may change (a first commit, a fetch that unshallows) and are asked
 * again; so is an answer whose top is not the `.git` that led to it (core.worktree).
 */
const asked = new Map<string, Promise<GitRepository | undefined>>();

/**
 * The directory whose `.git` git finds from `real`, when that is plain from the file system: the
 * nearest ancestor (or `real` itself) holding a `.git`, with no file system boundary on the way
 * (git stops at one, as GIT_DISCOVERY_ACROSS_FILESYSTEM is never set for it) and no directory on
 * the way that may be a bare repository (a `HEAD`, which git would take first). Undefined when it
 * is not plain: git is asked for that directory alone.
 */
async function discoveredTop(real: string): Promise<string | undefined> {
  const device = (await stat(real)).dev;
  for (let dir = real; ;) {
    const [here, dotGit, head] = await Promise.all([
      stat(dir),
      exists(join(dir, ".git")),
      exists(join(dir, "HEAD")),
    ]);
    if (here.dev !== device) return undefined;
    if (dotGit) return dir;
    if (head) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function askGit(real: string): Promise<GitRepository | undefined> {
  // Both questions at once: each git process costs a start-up, and rbc check waits for them.
  const [found, roots] = await Promise.all([
    git(real, ["rev-parse", "--show-toplevel", "--is-shallow-repository"]),
    // --first-parent: a merged-in history's own roots are not the repository's.
    git(real, ["rev-list", "--first-parent", "--max-parents=0", "HEAD"]),
  ]);
  const [top, shallow] = found?.split("\n") ?? [];
  if (top === undefined || top === "") return undefined;
  if (shallow === "true") return { top, rootCommit: undefined };
  const rootCommit = roots?.split("\n")[0];
  return {
    top,
    rootCommit: rootCommit === undefined || rootCommit === "" ? undefined : rootCommit,
  };
}

/** git's trimmed stdout in `cwd`, or undefined when it fails. */
function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("GIT_")),
  );
  const options = { cwd, env, maxBuffer: 1024 * 1024 };
  const command = ["-c", "safe.directory=*", "-c", "core.fsmonitor=false", ...args];
  return new Promise((done) => {
    execFile("git", command, options, (error, stdout) => {
      done(error === null ? stdout.trim() : undefined);
    });
  });
}
