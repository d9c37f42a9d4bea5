import { EnvironmentError } from "../errors/index.ts";
import { userEntrySelector, type UserDatabase, type UserQuery } from "../spec/index.ts";

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * What a user lookup reads of an image's user database. Docker (runc's user package) streams the
 * files with no size limit; rbc refuses files over `fileBytes` before reading them. A passwd line
 * of 64 KiB or more fails Docker's lookup too (bufio.Scanner's token limit); group lines may be
 * 1 MiB (moby/sys/user's larger buffer for long member lists). The entries kept are capped so a
 * lock stays small.
 */
export const USER_LOOKUP_LIMITS = {
  fileBytes: 128 * MiB,
  passwdLineBytes: 64 * KiB - 1,
  groupLineBytes: MiB - 1,
  keptBytes: 64 * KiB,
} as const;

/** One file of the user database as the engine streams it. */
export interface UserFile {
  /** Its size in bytes, as the archive header says, known before the content is read. */
  readonly size: number;
  readonly body: AsyncIterable<Uint8Array>;
}

/**
 * Streams `path` (following symbolic links inside the filesystem) to `use`; resolves false when
 * there is no such regular file, as runc's lookup ignores a missing file.
 */
export type ReadUserFile = (
  path: string,
  use: (file: UserFile) => Promise<void>,
) => Promise<boolean>;

/**
 * The user database entries `query` needs from the filesystem `read` streams (`where` names it in
 * messages): /etc/passwd first, then /etc/group, line by line, never held whole. A file or line
 * over USER_LOOKUP_LIMITS is an EnvironmentError naming the file and the limit.
 */
export async function lookUpUserEntries(
  read: ReadUserFile,
  query: UserQuery,
  where: string,
): Promise<UserDatabase> {
  const selector = userEntrySelector(query);
  const limits = USER_LOOKUP_LIMITS;
  const files = [
    {
      path: "/etc/passwd",
      maxLine: limits.passwdLineBytes,
      feed: (line: string) => {
        selector.passwdLine(line);
      },
    },
    {
      path: "/etc/group",
      maxLine: limits.groupLineBytes,
      feed: (line: string) => {
        selector.groupLine(line);
      },
    },
  ];
  for (const { path, maxLine, feed } of files) {
    const refuse = (what: string) =>
      new EnvironmentError("USER_DATABASE_LIMIT", `${where}: ${path} ${what}`);
    await read(path, async ({ size, body }) => {
      if (size > limits.fileBytes)
        throw refuse(`is ${mib(size)}, more than rbc reads (${mib(limits.fileBytes)})`);
      await forEachLine(body, maxLine, (line) => {
        feed(line);
        if (selector.keptBytes() > limits.keptBytes)
          throw refuse(
            `has more than ${String(limits.keptBytes / KiB)} KiB of entries for the user`,
          );
      }).catch((cause: unknown) => {
        if (cause instanceof LineTooLongError)
          throw refuse(
            `has a line of ${String(maxLine + 1)} bytes or more (Docker's lookup fails)`,
          );
        throw cause;
      });
    });
  }
  return selector.entries();
}

/** forEachLine met a line over its limit. */
export class LineTooLongError extends Error {}

/** Calls `onLine` with each line of `body` (without its newline), holding one line at a time. */
export async function forEachLine(
  body: AsyncIterable<Uint8Array>,
  maxLine: number,
  onLine: (line: string) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const take = (tail: Uint8Array): string => {
    if (pendingBytes + tail.length > maxLine)
      throw new LineTooLongError(`a line of more than ${String(maxLine)} bytes`);
    const line = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    return decoder.decode(line);
  };
  for await (const chunk of body) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      onLine(take(chunk.subarray(start, nl)));
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.slice(start);
      pendingBytes += rest.length;
      if (pendingBytes > maxLine)
        throw new LineTooLongError(`a line of more than ${String(maxLine)} bytes`);
      pending.push(rest);
    }
  }
  if (pendingBytes > 0) onLine(take(new Uint8Array(0)));
}

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

/** A ReadUserFile over files held in memory, by path (`/etc/passwd`); a path not held is absent. */
export function userFilesInMemory(files: ReadonlyMap<string, Uint8Array>): ReadUserFile {
  return async (path, use) => {
    const bytes = files.get(path);
    if (bytes === undefined) return false;
    await use({ size: bytes.length, body: oneChunk(bytes) });
    return true;
  };
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  yield await Promise.resolve(bytes);
}
