import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { removeImage, runDockerChecked } from "../support/docker.ts";

const tag = `rbc.local/ci-actions-${String(process.pid)}-${randomBytes(3).toString("hex")}:1`;
const roots: string[] = [];

afterAll(async () => {
  await removeImage(tag);
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

const edited = `image: ${IMAGE_NAMES.busybox}
command: ["httpd", "-f"]
environment:
  GREETING: hello
  API_TOKEN: \${API_TOKEN}
`;
const secret = `s3cret-${randomBytes(8).toString("hex")}`;

/**
 * bundles/fresh stays up to date, bundles/edited gets an overlay edit, bundles/moving's image name
 * moves to another image (an upstream change), and bundles/bad is invalid.
 */
async function project(): Promise<string> {
  await runDockerChecked(["tag", IMAGE_NAMES.busybox, tag]);
  const root = await scratchProject({
    "bundles/fresh/bundle.yaml": `image: ${IMAGE_NAMES.busybox}\n`,
    "bundles/edited/bundle.yaml": edited,
    "bundles/moving/bundle.yaml": `image: ${tag}\ncommand: ["true"]\n`,
  });
  roots.push(root);
  expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
  await writeFile(join(root, "bundles/edited/bundle.yaml"), edited.replace("hello", "bonjour"));
  await mkdir(join(root, "bundles/bad"));
  await writeFile(join(root, "bundles/bad/bundle.yaml"), `image: ${tag}\ntty: maybe\n`);
  await runDockerChecked(["tag", IMAGE_NAMES.app, tag]);
  return root;
}

/** The lines of a GitHub Actions log outside its `::group::` … `::endgroup::` folds. */
function unfolded(log: string): string[] {
  let depth = 0;
  return log.split("\n").filter((line) => {
    if (line.startsWith("::group::")) depth += 1;
    else if (line === "::endgroup::") depth -= 1;
    else return depth === 0;
    return false;
  });
}

describe("rbc check under GitHub Actions", () => {
  it("appends a step summary, folds the diffs and annotates an upstream change at the image line", async () => {
    const root = await project();
    const summary = join(root, "step-summary.md");
    await writeFile(summary, "## An earlier command of the step\n");
    // A value filled in at run time is in rbc's environment, never in what check compares.
    const env = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, API_TOKEN: secret };
    const check = await runRbc(["check"], { cwd: root, env });
    expect(check.exitCode).toBe(2);

    const markdown = await readFile(summary, "utf8");
    expect(markdown).toMatch(/^## An earlier command of the step\n\n## rbc check\n\n/);
    expect(markdown).toContain(
      "**4 bundles checked: 1 up to date, 2 drifted, 1 failed (exit 2)**\n\n" +
        "| Bundle | Status | Details |\n| --- | --- | --- |\n" +
        '| bundles/bad | ❌ invalid | bundles/bad/bundle.yaml:2:6: error OVL202: "tty" must be a boolean, got string (at tty) |\n' +
        "| bundles/edited | ❌ drifted | the overlay changed: the committed files are stale relative to bundle.yaml |\n" +
        "| bundles/fresh | ✅ up to date |  |\n" +
        `| bundles/moving | ❌ drifted | upstream moved: ${tag} now resolves to sha256:`,
    );
    expect(markdown).toContain("<br>the rootfs manifest changed (rootfs.mtree) |\n");
    expect(markdown).toContain(
      "<details><summary>bundles/edited/config.json drifted</summary>\n\n```diff\n" +
        "--- bundles/edited/config.json (committed)\n+++ bundles/edited/config.json (compiled)\n",
    );
    expect(markdown).toContain('-      "GREETING=hello",\n+      "GREETING=bonjour",\n');
    expect(markdown).toContain('"API_TOKEN=${API_TOKEN}"');
    expect(markdown + check.stdout + check.stderr).not.toContain(secret);
    expect(markdown).toContain(
      "<details><summary>bundles/moving/rootfs.mtree drifted</summary>\n\n```diff\n--- bundles/moving/rootfs.mtree (committed)\n",
    );
    expect(markdown).toMatch(
      /\n<\/details>\n\nFix: <code>rbc build bundles\/edited bundles\/moving &amp;&amp; git add bundles\/edited bundles\/moving<\/code>\n$/,
    );

    // The diffs are folded; what drifted and why stays in view.
    expect(check.stdout).toContain(
      "bundles/edited/config.json drifted\n  bundles/edited/bundle.yaml:4 environment.GREETING: /process/env/2\n::group::bundles/edited: config.json drifted\n",
    );
    expect(check.stdout).toContain("::group::bundles/moving: rootfs.mtree drifted\n");
    const outside = unfolded(check.stdout);
    expect(outside).toContain("bundles/moving: the rootfs manifest changed (rootfs.mtree)");
    expect(outside.filter((line) => /^(--- |\+\+\+ |@@ )/.test(line))).toEqual([]);
    expect(check.stdout.match(/^::group::/gm)).toHaveLength(
      check.stdout.match(/^::endgroup::$/gm)?.length ?? -1,
    );

    const annotations = check.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error file=bundles\/moving\/bundle\.yaml,line=1,col=8,title=rbc check%3A drift \(upstream\)::bundles\/moving\/config\.json \(image config [^;]*\); bundles\/moving\/rootfs\.mtree; bundles\/moving\/bundle\.lock changed upstream, not in the overlay \(upstream moved: /,
      ),
    );
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error file=bundles\/edited\/bundle\.yaml,line=4,col=13,title=rbc check%3A drift::bundles\/edited\/config\.json \/process\/env\/2 \(bundles\/edited\/bundle\.yaml:4 environment\.GREETING\) is out of date/,
      ),
    );
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error file=bundles\/bad\/bundle\.yaml,line=2,col=6,title=rbc OVL202::/,
      ),
    );
  });
});
