import { execFile } from "node:child_process";
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  symlinkSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { entryComponents } from "./entry-path.ts";
import { HostileEntryError } from "../errors/index.ts";

const run = promisify(execFile);

/**
 * Creates entries inside one directory without ever following a symlink. Node has no openat(2),
 * so every parent component is lstat'ed once (it must be a real directory; the result is cached,
 * which is sound because the tree is a fresh 0700 directory only this process writes to) and the
 * last component is created exclusively: mkdir/symlink/link/mknod fail on an existing name, and
 * files are opened O_CREAT|O_EXCL|O_NOFOLLOW, so a planted symlink can never be written through.
 *
 * The system calls are synchronous on purpose: each takes microseconds on a small file, while an
 * asynchronous one costs a round trip through libuv's thread pool, which dominated a rootfs of
 * many small files. A file's bytes still arrive asynchronously, chunk by chunk.
 */
export class SafeTree {
  readonly root: string;
  readonly #directories = new Set<string>(["."]);

  constructor(root: string) {
    this.root = root;
  }

  /** Absolute path of a rootfs path; refuses anything that could leave the tree. */
  absolute(path: string): string {
    if (path === ".") return this.root;
    const components = entryComponents(path);
    if (components.join("/") !== path) throw new HostileEntryError(path, "parent-traversal");
    return join(this.root, ...components);
  }

  mkdir(path: string): void {
    this.#checkParents(path);
    mkdirSync(this.absolute(path), { mode: 0o700 });
    this.#directories.add(path);
  }

  symlink(path: string, target: string): void {
    this.#checkParents(path);
    symlinkSync(target, this.absolute(path));
  }

  /** Hard link `path` to the already written regular file `existing`. */
  link(existing: string, path: string): void {
    this.#checkParents(existing);
    this.#checkParents(path);
    linkSync(this.absolute(existing), this.absolute(path));
  }

  /** A fifo (`p`) or a device node (`c`/`b`), through mknod(1): Node has no mknod(2). */
  async mknod(path: string, kind: "p" | "c" | "b", major = 0, minor = 0): Promise<void> {
    this.#checkParents(path);
    const args =
      kind === "p"
        ? [this.absolute(path), "p"]
        : [this.absolute(path), kind, `${major}`, `${minor}`];
    await run("mknod", args);
  }

  /** Writes a new regular file (mode 0600 until the metadata pass) from a byte stream. */
  async writeFile(path: string, body: AsyncIterable<Uint8Array>): Promise<void> {
    this.#checkParents(path);
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
    const fd = openSync(this.absolute(path), flags, 0o600);
    try {
      for await (const chunk of body) {
        let offset = 0;
        while (offset < chunk.length) offset += writeSync(fd, chunk, offset);
      }
    } finally {
      closeSync(fd);
    }
  }

  #checkParents(path: string): void {
    const components = entryComponents(path);
    let parent = "";
    for (const name of components.slice(0, -1)) {
      parent = parent === "" ? name : `${parent}/${name}`;
      if (this.#directories.has(parent)) continue;
      const stats = lstatSync(this.absolute(parent));
      if (stats.isSymbolicLink()) throw new HostileEntryError(path, "symlink-parent");
      if (!stats.isDirectory()) throw new HostileEntryError(path, "parent-not-directory");
      this.#directories.add(parent);
    }
  }
}
