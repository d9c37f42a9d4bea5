/**
 * One timed run of rbc's image manifest, in its own process so that its peak memory is its own,
 * read one of two ways (Engine API through dockerode), then written with writeMtree. Prints one
 * JSON line, a ChildReport, to stdout.
 *
 *   npx tsx bench/rbc-manifest-child.ts <image> [save|export]
 *
 * - `save` (default): `GET /images/{name}/get` through rbc's own Engine adapter (connectDocker,
 *   whose stream is read chunk by chunk under its stall timeout) → readImageManifest, as
 *   compile.ts does. The image inspect that gives the id comes first and is not timed.
 * - `export`: a container created (never started) from the image, `GET /containers/{id}/export`
 *   → scanLayer → applyLayers as one flattened layer. Its tree is the image's as a container sees
 *   it, Docker's init layer included; the container's removal is not timed.
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import Docker from "dockerode";
import { connectEngine } from "../src/resolve/index.ts";
import {
  applyLayers,
  readImageManifest,
  scanLayer,
  writeMtree,
  type RootfsEntry,
} from "../src/rootfs/index.ts";
import type { ChildReport } from "./child-report.ts";

const [ref, mode = "save"] = process.argv.slice(2);
if (ref === undefined || (mode !== "save" && mode !== "export")) {
  throw new Error("usage: rbc-manifest-child.ts <image> [save|export]");
}

const docker = new Docker();
const engine = await connectEngine();
const { Id: imageId } = await engine.inspectImage(ref);

/** The manifest's entries, when the stream's response headers came, and the bytes left over. */
interface Read {
  readonly entries: readonly RootfsEntry[];
  readonly opened: number;
  readonly trailingBytes: number;
}

async function fromSave(imageId: string): Promise<Read> {
  const archive = await engine.saveImage(imageId);
  const opened = performance.now();
  const image = await readImageManifest(archive);
  return { entries: image.entries, opened, trailingBytes: await drain(archive) };
}

async function fromExport(): Promise<Read & { readonly container: Docker.Container }> {
  const container = await docker.createContainer({
    Image: ref,
    Entrypoint: ["/rbc-bench-never-started"],
    Cmd: [],
    NetworkDisabled: true,
  });
  const exported = (await container.export()) as AsyncIterable<Uint8Array>;
  const opened = performance.now();
  const layer = await scanLayer(exported);
  const trailingBytes = await drain(exported);
  const { entries } = applyLayers([layer], { whiteouts: false });
  return { entries, opened, trailingBytes, container };
}

/**
 * readTarStream stops at the first end-of-archive block and leaves the HTTP response unread, which
 * keeps the socket, and so this process, alive for minutes; reading the rest (if anything, a few
 * zero blocks) ends the response. Timed: rbc has to do it too.
 */
async function drain(stream: AsyncIterable<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) bytes += chunk.length;
  return bytes;
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
const read: Read & { readonly container?: Docker.Container } =
  mode === "save" ? await fromSave(imageId) : await fromExport();
const mtree = writeMtree(read.entries);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
await read.container?.remove({ force: true });

const report: ChildReport = {
  seconds,
  openSeconds: (read.opened - started) / 1000,
  entries: read.entries.length,
  mtreeSha256: createHash("sha256").update(mtree).digest("hex"),
  mtreeBytes: Buffer.byteLength(mtree),
  trailingBytes: read.trailingBytes,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  // resourceUsage().maxRSS is in KiB (getrusage ru_maxrss).
  maxRssKiB: process.resourceUsage().maxRSS,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
