import { cp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitRepository } from "../helpers/git-repository.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";

const web = `# yaml-language-server: $schema=../../schemas/bundle.schema.json
image: rbc.local/busybox:1
command: ["httpd", "-f", "-p", "8080", "-h", "/var/www"]
environment:
  GREETING: hello
user: alice
read_only: true
`;

async function project(files: Record<string, string> = {}): Promise<string> {
  return scratchProject({ "bundles/web/bundle.yaml": web, ...files });
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    files[name] = await readFile(join(dir, name), "utf8");
  return files;
}

describe("rbc build and rbc check", () => {
  it("builds a bundle, then reports it current and leaves unchanged files untouched", async () => {
    const root = await project();
    const built = await runRbc(["build", "bundles/"], { cwd: root });
    expect(built.stderr).toContain(
      "bundles/web: wrote config.json, hostname, hosts, resolv.conf, .gitignore, rootfs.mtree, bundle.lock",
    );
    expect(built.exitCode).toBe(0);
    const config = JSON.parse(await readFile(join(root, "bundles/web/config.json"), "utf8")) as {
      process: { args: string[]; user: unknown; env: string[] };
      root: unknown;
    };
    expect(config.process.args).toEqual(["httpd", "-f", "-p", "8080", "-h", "/var/www"]);
    expect(config.process.user).toEqual({ uid: 1000, gid: 1000, additionalGids: [1000, 29, 50] });
    expect(config.root).toEqual({ path: ".rootfs/rootfs", readonly: true });
    expect(config.process.env).toContain("GREETING=hello");

    const before = await stat(join(root, "bundles/web/config.json"));
    const again = await runRbc(["build"], { cwd: root });
    expect(again.exitCode).toBe(0);
    expect(again.stderr).toContain("bundles/web: up to date");
    expect((await stat(join(root, "bundles/web/config.json"))).mtimeMs).toBe(before.mtimeMs);

    const check = await runRbc(["check", "bundles/"], { cwd: root });
    expect(check.exitCode).toBe(0);
    expect(check.stdout).toBe("");
    expect(check.stderr).toContain("1 bundle checked: 1 up to date");
  });

  it("writes byte-identical files for the same overlay in another clone of the repository", async () => {
    // Two directories with the same first commit, as two machines' clones of one repository.
    const a = await gitRepository({ "bundles/web/bundle.yaml": web }, "one repository");
    const b = await gitRepository({ "bundles/web/bundle.yaml": web }, "one repository");
    await runRbc(["build"], { cwd: a });
    await runRbc(["build"], { cwd: b });
    expect(await snapshot(join(a, "bundles/web"))).toEqual(await snapshot(join(b, "bundles/web")));
  });

  it("names the bundle apart per directory outside git, and the same again after a copy", async () => {
    const a = await project();
    const b = await project();
    await runRbc(["build"], { cwd: a });
    await runRbc(["build"], { cwd: b });
    const [one, two] = [
      await snapshot(join(a, "bundles/web")),
      await snapshot(join(b, "bundles/web")),
    ];
    expect(one["config.json"]).not.toBe(two["config.json"]);
    const id = (files: Record<string, string>): unknown =>
      (JSON.parse(files["config.json"] ?? "{}") as { annotations: Record<string, string> })
        .annotations["rbc.container-id"];
    // Only the container id, and the path it was made from, set them apart.
    const same = (files: Record<string, string>, root: string) =>
      Object.fromEntries(
        Object.entries(files).map(([name, text]) => [
          name,
          text.replaceAll(String(id(files)), "<id>").replaceAll(root, "<root>"),
        ]),
      );
    expect(same(one, a)).toEqual(same(two, b));
    // A copy keeps the id its lock records: rbc build there changes nothing.
    const copy = await scratchProject({});
    await cp(join(a, "bundles"), join(copy, "bundles"), { recursive: true });
    const rebuilt = await runRbc(["build"], { cwd: copy });
    expect(rebuilt.stderr).toContain("bundles/web: up to date");
  });

  it("exits 1 with a diff naming the overlay line when an overlay changes", async () => {
    const root = await project();
    await runRbc(["build"], { cwd: root });
    await writeFile(
      join(root, "bundles/web/bundle.yaml"),
      web.replace("GREETING: hello", "GREETING: bonjour"),
    );
    const check = await runRbc(["check"], { cwd: root });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain("bundles/web/config.json drifted");
    expect(check.stdout).toContain(
      "bundles/web/bundle.yaml:5 environment.GREETING: /process/env/2",
    );
    expect(check.stdout).toContain('-      "GREETING=hello"');
    expect(check.stdout).toContain('+      "GREETING=bonjour"');
    expect(check.stderr).toContain("1 bundle checked: 1 drifted");
    // check never writes
    expect(await readFile(join(root, "bundles/web/config.json"), "utf8")).toContain(
      "GREETING=hello",
    );
  });

  it("emits GitHub annotations at the overlay line under GitHub Actions", async () => {
    const root = await project();
    await runRbc(["build"], { cwd: root });
    await writeFile(join(root, "bundles/web/bundle.yaml"), web.replace("user: alice", "user: bob"));
    const check = await runRbc(["check"], { cwd: root, env: { GITHUB_ACTIONS: "true" } });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toMatch(
      /^::error file=bundles\/web\/bundle\.yaml,line=6,col=7,title=rbc check%3A drift::bundles\/web\/config\.json \/process\/user\/uid, \/process\/user\/gid, \/process\/user\/additionalGids \(bundles\/web\/bundle\.yaml:6 user\) is out of date/m,
    );
  });

  it("prints a machine-readable result with --json", async () => {
    const root = await project();
    const result = await runRbc(["check", "--json"], { cwd: root });
    expect(result.exitCode).toBe(1);
    const json = JSON.parse(result.stdout) as {
      command: string;
      exitCode: number;
      bundles: { name: string; status: string; drift: { path: string; state: string }[] }[];
    };
    expect(json.command).toBe("check");
    expect(json.exitCode).toBe(1);
    expect(json.bundles[0]?.status).toBe("drift");
    expect(json.bundles[0]?.drift.map((d) => [d.path, d.state])).toContainEqual([
      "bundles/web/config.json",
      "missing",
    ]);
  });
});

describe("rbc errors", () => {
  it("exits 2 and writes nothing for an invalid overlay, naming file, line and key", async () => {
    const root = await project({
      "bundles/bad/bundle.yaml": "image: rbc.local/busybox:1\ntty: yes please\n",
    });
    const result = await runRbc(["build"], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/bundles\/bad\/bundle\.yaml:2:6: error OVL202: .*tty/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(await readdir(join(root, "bundles/bad"))).toEqual(["bundle.yaml"]);
    // the valid bundle beside it is still built
    expect(await readdir(join(root, "bundles/web"))).toContain("config.json");
  });

  it("exits 2 for a user the image does not have, at the user key", async () => {
    const root = await scratchProject({
      "bundles/x/bundle.yaml": "image: rbc.local/busybox:1\nuser: carol\n",
    });
    const result = await runRbc(["build"], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      "bundles/x/bundle.yaml:2:7: error RES401: unable to find user carol: no matching entries in passwd file (at user)",
    );
    expect(await readdir(join(root, "bundles/x"))).toEqual(["bundle.yaml"]);
  });

  it("exits 2 for a patch that does not apply", async () => {
    const root = await scratchProject({
      "bundles/x/bundle.yaml":
        "image: rbc.local/busybox:1\npatches:\n  - op: remove\n    path: /process/nope\n",
    });
    const result = await runRbc(["build"], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      "bundles/x/bundle.yaml:3:5: error SPC501: patch does not apply: path /process/nope does not exist",
    );
  });

  it("exits 3 and writes nothing when the image is missing", async () => {
    const root = await scratchProject({ "bundles/x/bundle.yaml": "image: rbc.local/absent:404\n" });
    const result = await runRbc(["build"], { cwd: root });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(
      'image "rbc.local/absent:404" is not present on the Docker engine',
    );
    expect(await readdir(join(root, "bundles/x"))).toEqual(["bundle.yaml"]);
  });

  it("exits 3 when the container is missing", async () => {
    const root = await scratchProject({
      "bundles/x/bundle.yaml": "container: rbc-no-such-container\n",
    });
    const result = await runRbc(["build"], { cwd: root });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('container "rbc-no-such-container" does not exist');
  });

  it("exits 3 when Docker is unreachable (DOCKER_HOST honoured)", async () => {
    const root = await project();
    const result = await runRbc(["build"], {
      cwd: root,
      env: { DOCKER_HOST: "unix:///nonexistent/docker.sock" },
    });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(
      "cannot reach the Docker engine at unix:///nonexistent/docker.sock",
    );
    expect(await readdir(join(root, "bundles/web"))).toEqual(["bundle.yaml"]);
  });

  it("exits 2 on a usage error", async () => {
    const root = await project();
    const result = await runRbc(["biuld"], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("unknown command 'biuld'");
  });
});
