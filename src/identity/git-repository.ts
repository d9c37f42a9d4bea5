import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";

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
 */
export async function findGitRepository(dir: string): Promise<GitRepository | undefined> {
  const real = await realpath(dir);
  const cached = known.get(real);
  if (cached !== undefined) return cached;
  const repository = await askGit(real);
  if (repository?.rootCommit !== undefined) known.set(real, repository);
  return repository;
}

/**
 * What git said of each directory it knew the root commit for: a root commit never changes, so
 * a long `rbc watch` (or a build of many bundles) asks once. Other answers may (a first commit, a
 * fetch that unshallows), so they are asked again.
 */
const known = new Map<string, GitRepository>();

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
