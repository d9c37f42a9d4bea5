import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOCKER_BIN, runDocker } from "../support/docker.ts";

/** Helpers for the rootfs engine tests (test/integration/rootfs-*.test.ts). */

/** `docker save <ref>` as a stream, the same bytes as Engine API `GET /images/{name}/get`. */
export function dockerSave(ref: string): AsyncIterable<Uint8Array> {
  return dockerStream(["save", ref]);
}

/** `docker export <container>` as a stream (`GET /containers/{id}/export`). */
export function dockerExport(container: string): AsyncIterable<Uint8Array> {
  return dockerStream(["export", container]);
}

async function* dockerStream(args: readonly string[]): AsyncGenerator<Uint8Array, void, undefined> {
  const child = spawn(DOCKER_BIN, args, { stdio: ["ignore", "pipe", "pipe"] });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<number>((resolve) =>
    child.on("close", (code) => {
      resolve(code ?? 1);
    }),
  );
  for await (const chunk of child.stdout) yield chunk as Buffer;
  const code = await exited;
  if (code !== 0) throw new Error(`docker ${args.join(" ")}: ${Buffer.concat(stderr).toString()}`);
}

/** An in-memory archive as a stream of 64 KiB chunks. */
export async function* bytesStream(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  for (let offset = 0; offset < bytes.length; offset += 65_536) {
    yield await Promise.resolve(bytes.subarray(offset, offset + 65_536));
  }
}

/** NetBSD mtree from Debian's mtree-netbsd. */
export const MTREE_BIN = "/usr/bin/mtree";

export interface ProcessResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export function runMtree(args: readonly string[]): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(MTREE_BIN, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        exitCode: code ?? 1,
      });
    });
  });
}

export function scratchDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `rbc-${prefix}-`));
}

export async function imageInspect(
  ref: string,
): Promise<{ Id: string; RootFS: { Layers: string[] } }> {
  const result = await runDocker(["image", "inspect", ref]);
  const [image] = JSON.parse(result.stdout) as { Id: string; RootFS: { Layers: string[] } }[];
  if (image === undefined) throw new Error(`no image ${ref}`);
  return image;
}
