import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject, startRbc } from "../helpers/run-rbc.ts";

const name = `watch-checked-${String(process.pid)}`;
const bundle = `bundles/${name}`;
const children: ChildProcess[] = [];
let project: string | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  if (project !== undefined) await runRbc(["stop", "--time", "1", bundle], { cwd: project });
});

/** Prints the page the image serves and $GREETING, then waits to be stopped. */
function overlay(greeting: string, extra: readonly string[] = []): string {
  return [
    "image: rbc.local/busybox:1",
    "network_mode: none",
    "command:",
    "  - sh",
    "  - -c",
    `  - 'echo "page: $(cat /var/www/index.html) greeting: $GREETING"; trap "exit 0" TERM; sleep 300 & wait'`,
    "environment:",
    `  GREETING: ${greeting}`,
    ...extra,
    "",
  ].join("\n");
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The bundle's container as rbc ps reports it, by bundle directory. */
async function container(root: string): Promise<{ id: string; status: string } | undefined> {
  const ps = await runRbc(["ps", "--json"], { cwd: root });
  const rows = JSON.parse(ps.stdout) as { id: string; status: string; bundle: string }[];
  return rows.find((row) => row.bundle === join(root, bundle));
}

describe("rbc watch --run: the checks before a restart", () => {
  it("removes what the image does not have, materializes a changed rootfs again, and keeps the old container when a start is refused", async () => {
    const root = await scratchProject({ [`${bundle}/bundle.yaml`]: overlay("one") });
    project = root;
    const overlayFile = join(root, bundle, "bundle.yaml");
    const rootfs = join(root, bundle, ".rootfs/rootfs");
    const log = join(root, bundle, ".rbc/run.log");
    const watch = startRbc(["watch", "--run", "bundles/"], { cwd: root });
    children.push(watch.child);
    const logged = (line: string) => async () =>
      (await readFile(log, "utf8").catch(() => "")).includes(line);
    await waitFor("the first start", logged("page: hello from rbc greeting: one"));
    await waitFor("watching", () => Promise.resolve(watch.stderr().includes("watching")));

    // A path the image does not have goes once the old container stopped; no rootfs step.
    await writeFile(join(rootfs, "etc/planted"), "x\n");
    await writeFile(overlayFile, overlay("two"));
    await waitFor("the second start", logged("greeting: two"));
    expect(watch.stderr()).toContain(
      `${bundle}: removed from rootfs/ what the image does not have: etc/planted`,
    );
    expect(watch.stderr()).toMatch(
      new RegExp(`${bundle}: restarted \\S+ in \\d+ ms \\(stop \\d+ ms, start \\d+ ms\\)`),
    );
    expect(existsSync(join(rootfs, "etc/planted"))).toBe(false);

    // A changed file of the image: the differences as rbc verify prints them, then the image's
    // tree again, and the new container serves the image's page.
    await appendFile(join(rootfs, "var/www/index.html"), "tampered\n");
    await writeFile(overlayFile, overlay("three"));
    await waitFor("the third start", logged("page: hello from rbc greeting: three"));
    expect(watch.stderr()).toContain(`${bundle}: 1 modified, 0 missing, 0 extra`);
    expect(watch.stderr()).toContain("  modified var/www/index.html: size expected 15, got 24");
    expect(watch.stderr()).toContain(
      `${bundle}: rootfs/ differs from rootfs.mtree: materializing it again`,
    );
    expect(watch.stderr()).toMatch(
      new RegExp(
        `${bundle}: restarted \\S+ in \\d+ ms \\(rootfs \\d+ ms, stop \\d+ ms, start \\d+ ms\\)`,
      ),
    );
    expect(await readFile(join(rootfs, "var/www/index.html"), "utf8")).toBe("hello from rbc\n");

    // A start that is refused (a bind source that must exist) leaves the old container running.
    const running = await container(root);
    expect(running?.status).toBe("running");
    const strict = ["volumes:", "  - type: bind", "    source: ./must-exist", "    target: /data"];
    await writeFile(overlayFile, overlay("four", strict));
    const refused = `${bundle}: not restarted: bind source path does not exist: ${join(root, bundle, "must-exist")} (mounted at /data)`;
    await waitFor("the refusal", () => Promise.resolve(watch.stderr().includes(refused)));
    expect(watch.stderr()).toContain(
      `${refused}; create it, or set bind.create_host_path: true; the old container keeps running`,
    );
    expect(await container(root)).toEqual(running);
    expect(await readFile(log, "utf8")).not.toContain("greeting: four");

    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(await container(root)).toBeUndefined();
  });
});
