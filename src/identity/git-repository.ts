import { execFile } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

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
 * Asked once per work tree, not per bundle directory: the bundles of a repository share git's
 * answer (see `asked`).
 */
export async function findGitRepository(dir: string): Promise<GitRepository | undefined> {
  const real = await realpath(dir);
  const discovered = await discoveredTop(real).catch(() => undefined);
  if (discovered === undefined) return (await askGit(real)).repository;
  // No `.git` up to where git stops looking: git would find none either, and is not asked.
  if (discovered === none) return undefined;
  const top = discovered;
  const known = asked.get(top);
  if (known !== undefined && (known.holds === undefined || (await known.holds()))) {
    return known.answer;
  }
  const entry: Asked = {
    answer: askGit(real).then(({ repository, holds }) => {
      if (repository?.top === top && holds !== undefined) entry.holds = holds;
      else if (asked.get(top) === entry) asked.delete(top);
      return repository;
    }),
  };
  asked.set(top, entry);
  return entry.answer;
}

/** git's answer for a work tree, and whether it still holds. */
interface Asked {
  readonly answer: Promise<GitRepository | undefined>;
  /** Whether the answer still holds; unset while git is still answering (the answer is fresh). */
  holds?: () => Promise<boolean>;
}

/**
 * git's answers by work tree top: a root commit holds for good (it never changes, so a long
 * `rbc watch`, or a build of many bundles, asks once), a shallow clone's answer while the clone
 * stays shallow; a repository with no commit yet is asked again, and so is a work tree whose top
 * is not the directory of the `.git` that led to it (core.worktree).
 */
const asked = new Map<string, Asked>();

/** discoveredTop's answer when git would find no work tree. */
const none = Symbol("no work tree");

/**
 * The directory whose `.git` git finds from `real`, when that is plain from the file system: the
 * nearest ancestor (or `real` itself) holding a `.git`, with no file system boundary on the way
 * (git stops at one, as GIT_DISCOVERY_ACROSS_FILESYSTEM is never set for it) and no directory on
 * the way that may be a bare repository (a `HEAD`, which git would take first). `none` when no
 * directory up to the root or the boundary has either: git finds nothing there (a `git init`
 * later adds a `.git`, which the next call sees). Undefined when it is not plain: git is asked
 * for that directory alone.
 */
async function discoveredTop(real: string): Promise<string | typeof none | undefined> {
  const device = (await stat(real)).dev;
  for (let dir = real; ;) {
    const [here, dotGit, head] = await Promise.all([
      stat(dir),
      exists(join(dir, ".git")),
      exists(join(dir, "HEAD")),
    ]);
    // git stops before a directory on another file system, without looking into it.
    if (here.dev !== device) return none;
    if (dotGit) return dir;
    if (head) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return none;
    dir = parent;
  }
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function askGit(
  real: string,
): Promise<{ repository: GitRepository | undefined; holds?: () => Promise<boolean> }> {
  // Both questions at once: each git process costs a start-up, and rbc check waits for them.
  const [found, roots] = await Promise.all([
    git(real, ["rev-parse", "--show-toplevel", "--is-shallow-repository", "--git-common-dir"]),
    // --first-parent: a merged-in history's own roots are not the repository's.
    git(real, ["rev-list", "--first-parent", "--max-parents=0", "HEAD"]),
  ]);
  const [top, shallow, commonDir] = found?.split("\n") ?? [];
  if (top === undefined || top === "") return { repository: undefined };
  if (shallow === "true") {
    // git tells a shallow clone by its `shallow` file, which a fetch that unshallows removes.
    const shallowFile = join(resolve(real, commonDir ?? ".git"), "shallow");
    const holds = () =>
      stat(shallowFile).then(
        (file) => file.size > 0,
        () => false,
      );
    return { repository: { top, rootCommit: undefined }, ...((await holds()) && { holds }) };
  }
  const rootCommit = roots?.split("\n")[0];
  if (rootCommit === undefined || rootCommit === "")
    return { repository: { top, rootCommit: undefined } };
  return { repository: { top, rootCommit }, holds: () => Promise.resolve(true) };
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
