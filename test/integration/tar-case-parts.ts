import { randomBytes } from "node:crypto";
import { END_OF_ARCHIVE, paxEntry, rawEntry, type RawHeaderFields } from "../support/raw-tar.ts";

/** Building blocks of the layers in tar-cases.ts and the files it gathers. */

export interface TarCase {
  readonly name: string;
  readonly layers: readonly Buffer[];
  /** What Docker 20.10 (overlay2) does with the image, as observed: load and create succeed or not. */
  readonly docker: "accepts" | "refuses";
  /** Why rbc refuses a layer Docker accepts, on purpose. */
  readonly rbcRefuses?: string;
  /** Docker loads the image but cannot `docker save` it again. */
  readonly saveFails?: true;
}

type Extra = Partial<RawHeaderFields>;

export const dir = (name: string, extra: Extra = {}): Buffer =>
  rawEntry({ name, typeflag: "5", mode: 0o755, ...extra });
export const file = (name: string, data: string, extra: Extra = {}): Buffer =>
  rawEntry({ name, ...extra }, data);
export const symlink = (name: string, linkname: string, extra: Extra = {}): Buffer =>
  rawEntry({ name, typeflag: "2", linkname, ...extra });
export const hardLink = (name: string, linkname: string, extra: Extra = {}): Buffer =>
  rawEntry({ name, typeflag: "1", linkname, ...extra });
export const fifo = (name: string, extra: Extra = {}): Buffer =>
  rawEntry({ name, typeflag: "6", ...extra });
export const layer = (...parts: Buffer[]): Buffer => Buffer.concat([...parts, END_OF_ARCHIVE]);
/** A PAX `x` header with one record, for the entry that follows it. */
export const pax = (key: string | Buffer, value: string | Buffer): Buffer =>
  paxEntry("x", [[key, value]]);

/**
 * The name of the files the escaping cases write through a symlink that leads to `/` or above:
 * unique per run, so a test can tell that no such file appeared outside the rootfs.
 */
export const ESCAPED = `rbc-escaped-${randomBytes(4).toString("hex")}`;
