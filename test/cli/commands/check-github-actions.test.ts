import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliImage, cliProject, engineWith, runCli, scratchDir } from "../../helpers/cli-harness.ts";
import { git } from "../../helpers/git-repository.ts";
import { repoRoot } from "../../helpers/run-rbc.ts";

/** bundles/web (drifted by an overlay edit), bundles/ok (up to date), bundles/bad (invalid). */
async function mixedProject(engine: ReturnType<typeof engineWith>): Promise<string> {
  const root = await cliProject("web");
  await cp(join(repoRoot, "test/cli/fixtures/web"), join(root, "bundles/ok"), { recursive: true });
  expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
  const web = join(root, "bundles/web/bundle.yaml");
  await writeFile(web, (await readFile(web, "utf8")).replace("GREETING: hello", "GREETING: hi"));
  await mkdir(join(root, "bundles/bad"));
  await writeFile(join(root, "bundles/bad/bundle.yaml"), "image: rbc.local/cli:1\ntty: maybe\n");
  return root;
}

describe("rbc check under GitHub Actions", { timeout: 30_000 }, () => {
  it("appends a step summary: the closing line, a row per bundle, each diff collapsed", async () => {
    const engine = engineWith([cliImage()]);
    const root = await mixedProject(engine);
    const summary = join(root, "summary.md");
    await writeFile(summary, "written by an earlier step\n");
    const options = { root, engine, githubActions: true, stepSummary: summary };
    const result = await runCli(["check", join(root, "bundles")], options);
    expect(result.exitCode).toBe(2);
    const markdown = (await readFile(summary, "utf8")).replaceAll(root, "<root>");
    expect(markdown).toMatch(/^written by an earlier step\n\n## rbc check\n\n/);
    expect(markdown).toContain(
      "**3 bundles checked: 1 up to date, 1 drifted, 1 failed (exit 2)**\n\n" +
        "| Bundle | Status | Details |\n| --- | --- | --- |\n" +
        "| <root>/bundles/bad | ❌ invalid | <root>/bundles/bad/bundle.yaml:2:6: error OVL202: ",
    );
    expect(markdown).toContain("| <root>/bundles/ok | ✅ up to date |  |\n");
    expect(markdown).toContain(
      "| <root>/bundles/web | ❌ drifted | the overlay changed: the committed files are stale relative to bundle.yaml |\n",
    );
    expect(markdown).toContain(
      "<details><summary><root>/bundles/web/config.json drifted</summary>\n\n```diff\n--- <root>/bundles/web/config.json (committed)\n",
    );
    expect(markdown).toContain('-      "GREETING=hello"\n+      "GREETING=hi"\n');
    expect(markdown).toContain(
      "```\n\n</details>\n\nFix: <code>rbc build <root>/bundles/web &amp;&amp; git add <root>/bundles/web</code>\n",
    );
  });

  it("folds each diff in the log, the reasons and the overlay lines staying outside", async () => {
    const engine = engineWith([cliImage()]);
    const root = await mixedProject(engine);
    const result = await runCli(["check", join(root, "bundles")], {
      root,
      engine,
      githubActions: true,
    });
    expect(result.stdout).toMatch(
      /<root>\/bundles\/web\/config\.json drifted\n {2}<root>\/bundles\/web\/bundle\.yaml:5 environment\.GREETING: \/process\/env\/2\n::group::<root>\/bundles\/web: config\.json drifted\n::stop-commands::(rbc-[0-9a-f]{32})\n--- <root>\/bundles\/web\/config\.json \(committed\)\n[^]*\n::\1::\n::endgroup::\n/,
    );
    const plain = await runCli(["check", join(root, "bundles")], { root, engine });
    expect(plain.stdout).not.toContain("::");
  });

  it("annotates a change from the image at the image line, as upstream", async () => {
    const root = await cliProject("web");
    const built = await runCli(["build", join(root, "bundles")], {
      root,
      engine: engineWith([cliImage("hello")]),
    });
    expect(built.exitCode).toBe(0);
    const moved = engineWith([cliImage("bonjour")]);
    const result = await runCli(["check", join(root, "bundles")], {
      root,
      engine: moved,
      githubActions: true,
    });
    expect(result.exitCode).toBe(1);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error file=<root>\/bundles\/web\/bundle\.yaml,line=2,col=8,title=rbc check%3A drift \(upstream\)::<root>\/bundles\/web\/rootfs\.mtree; <root>\/bundles\/web\/bundle\.lock changed upstream, not in the overlay \(upstream moved: rbc\.local\/cli:1 now resolves to sha256:/,
      ),
    ]);
  });

  it("annotates an upstream change at the base file that names the image", async () => {
    const root = await scratchDir("actions");
    await git(root, ["init", "-q"]);
    await mkdir(join(root, "bundles/web"), { recursive: true });
    await writeFile(join(root, "bundles/base.yaml"), "# shared\nimage: rbc.local/cli:1\n");
    await writeFile(join(root, "bundles/web/bundle.yaml"), "extends: ../base.yaml\ntty: true\n");
    const build = await runCli(["build", join(root, "bundles")], {
      root,
      engine: engineWith([cliImage("hello")]),
    });
    expect(build.exitCode).toBe(0);
    const result = await runCli(["check", join(root, "bundles")], {
      root,
      engine: engineWith([cliImage("bonjour")]),
      githubActions: true,
    });
    expect(result.stdout).toMatch(
      /^::error file=<root>\/bundles\/base\.yaml,line=2,col=8,title=rbc check%3A drift \(upstream\)::/m,
    );
  });

  it("annotates a missing image at its image line", async () => {
    const root = await cliProject("web");
    const result = await runCli(["check", join(root, "bundles")], {
      root,
      engine: engineWith([]),
      githubActions: true,
    });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe(
      '::error file=<root>/bundles/web/bundle.yaml,line=2,col=8,title=rbc::image "rbc.local/cli:1" is not present on the Docker engine (rbc never pulls; docker pull or docker load it first)\n',
    );
  });

  it("keeps stdout to the JSON document with --json, the annotations going to stderr", async () => {
    const engine = engineWith([cliImage()]);
    const root = await mixedProject(engine);
    const result = await runCli(["check", "--json", join(root, "bundles")], {
      root,
      engine,
      githubActions: true,
    });
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expect(result.stderr).toContain("::error file=<root>/bundles/web/bundle.yaml,line=5,col=13,");
    expect(result.stderr).toContain("::error file=<root>/bundles/bad/bundle.yaml,line=2,col=6,");
  });

  it("warns, and keeps its exit code, when the step summary cannot be written", async () => {
    const engine = engineWith([cliImage()]);
    const root = await mixedProject(engine);
    const summary = join(root, "no-such-directory", "summary.md");
    const options = { root, engine, githubActions: true, stepSummary: summary };
    const result = await runCli(["check", join(root, "bundles")], options);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      "warning: cannot write the GitHub step summary (GITHUB_STEP_SUMMARY=<root>/no-such-directory/summary.md): ENOENT",
    );
  });

  it("has rbc build append its outcome table too", async () => {
    const engine = engineWith([cliImage()]);
    const root = await cliProject("web");
    const summary = join(root, "summary.md");
    const options = { root, engine, githubActions: true, stepSummary: summary };
    expect((await runCli(["build", join(root, "bundles")], options)).exitCode).toBe(0);
    expect((await readFile(summary, "utf8")).replaceAll(root, "<root>")).toBe(
      "\n## rbc build\n\n**1 bundle: 1 built**\n\n" +
        "| Bundle | Status | Details |\n| --- | --- | --- |\n" +
        "| <root>/bundles/web | ✅ built | wrote config.json, hostname, hosts, resolv.conf, .gitignore, rootfs.mtree, bundle.lock |\n\n",
    );
  });
});
