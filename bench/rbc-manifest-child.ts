/**
 * One timed run of rbc's image manifest, in its own process so that its peak memory is its own:
 * `docker save` through the Engine API (dockerode), readImageManifest, then writeMtree, as
 * compile.ts does. Prints one JSON line, a ChildReport, to stdout.
 *
 *   npx tsx bench/rbc-manifest-child.ts <image>
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import Docker from "dockerode";
import { readImageManifest, writeMtree } from "../src/rootfs/index.ts";
import type { ChildReport } from "./child-report.ts";

const ref = process.argv[2];
if (ref === undefined) throw new Error("usage: rbc-manifest-child.ts <image>");

const started = performance.now();
const archive = (await new Docker().getImage(ref).get()) as AsyncIterable<Uint8Array>;
const opened = performance.now();
const image = await readImageManifest(archive);
// readTarStream stops at the first end-of-archive block and leaves the HTTP response unread, which
// keeps the socket, and so this process, alive for minutes; reading the rest (if anything, a few
// zero blocks) ends the response. Timed: rbc has to do it too.
let trailingBytes = 0;
for await (const chunk of archive) trailingBytes += chunk.length;
const mtree = writeMtree(image.entries);
const seconds = (performance.now() - started) / 1000;

const report: ChildReport = {
  seconds,
  openSeconds: (opened - started) / 1000,
  entries: image.entries.length,
  mtreeSha256: createHash("sha256").update(mtree).digest("hex"),
  mtreeBytes: Buffer.byteLength(mtree),
  trailingBytes,
  // resourceUsage().maxRSS is in KiB (getrusage ru_maxrss).
  maxRssKiB: process.resourceUsage().maxRSS,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
