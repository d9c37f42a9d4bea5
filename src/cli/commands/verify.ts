import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { findBundleDirs } from "../../overlay/index.ts";
import { readMtree, verifyRootfs, type RootfsDiff } from "../../rootfs/index.ts";
import { exitCodes, reportDiagnostics } from "../report.ts";
import { paint, type Terminal } from "../terminal.ts";

export interface VerifyOptions {
  readonly json: boolean;
}

/**
 * `rbc verify`: check each bundle's materialized `rootfs/` against its committed `rootfs.mtree`;
 * list modified, missing and extra paths and exit 1 on any. Needs no engine.
 */
export async function verifyCommand(
  paths: readonly string[],
  options: VerifyOptions,
  terminal: Terminal,
): Promise<number> {
  const found = await findBundleDirs([...paths]);
  reportDiagnostics(terminal, found.diagnostics);
  if (found.value === undefined) return exitCodes.invalidInput;
  const results = [];
  for (const dir of found.value) results.push({ dir, ...(await verifyBundle(dir)) });
  if (options.json)
    terminal.out(`${JSON.stringify({ command: "verify", bundles: results }, null, 2)}\n`);
  else for (const result of results) printResult(terminal, result.dir, result);
  return results.every((r) => r.problem === undefined && isClean(r.diff))
    ? exitCodes.ok
    : exitCodes.drift;
}

async function verifyBundle(dir: string): Promise<{ diff?: RootfsDiff; problem?: string }> {
  let manifest: string;
  try {
    manifest = await readFile(join(dir, "rootfs.mtree"), "utf8");
  } catch {
    return { problem: "no rootfs.mtree: run rbc build" };
  }
  const rootfs = join(dir, "rootfs");
  if (!(await isDirectory(rootfs)))
    return { problem: `no rootfs/ to verify: run rbc rootfs ${dir}` };
  // Without root, extraction cannot restore owners, set-id bits or device nodes.
  const root = process.getuid?.() === 0;
  const diff = await verifyRootfs(readMtree(manifest), rootfs, {
    ownership: root,
    setIdBits: root,
    devices: root,
  });
  return { diff };
}

function printResult(
  terminal: Terminal,
  dir: string,
  result: { diff?: RootfsDiff; problem?: string },
): void {
  if (result.problem !== undefined) {
    terminal.err(`${paint(terminal, "red", `${dir}: ${result.problem}`)}\n`);
    return;
  }
  const diff = result.diff;
  if (diff === undefined || isClean(diff)) {
    terminal.err(`${paint(terminal, "green", "✓")} ${dir}: rootfs matches rootfs.mtree\n`);
    return;
  }
  terminal.out(
    `${dir}: ${diff.modified.length} modified, ${diff.missing.length} missing, ${diff.extra.length} extra\n`,
  );
  for (const m of diff.modified) {
    const keys = m.keys.map((k) => `${k.name} expected ${k.expected}, got ${k.actual}`);
    terminal.out(`  modified ${m.path}: ${keys.join("; ")}\n`);
  }
  for (const path of diff.missing) terminal.out(`  missing  ${path}\n`);
  for (const path of diff.extra) terminal.out(`  extra    ${path}\n`);
}

function isClean(diff: RootfsDiff | undefined): boolean {
  return diff !== undefined && diff.modified.length + diff.missing.length + diff.extra.length === 0;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
