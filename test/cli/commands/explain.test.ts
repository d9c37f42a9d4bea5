import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliImage, cliProject, engineWith, runCli } from "../../helpers/cli-harness.ts";
import { cliOutputErrors } from "../../helpers/cli-output-schema.ts";

/** bundles/web built against the in-memory image, as committed: its lock answers everything. */
async function builtWeb(): Promise<string> {
  const root = await cliProject("web");
  const engine = engineWith([cliImage()]);
  expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
  return root;
}

describe("rbc explain", () => {
  it("names each asked field's origin from the lock, with no engine", async () => {
    const root = await builtWeb();
    const web = join(root, "bundles/web");
    const result = await runCli(["explain", web, "/process/env", "/process/args/0"], { root });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      "process\n" +
        "  /process/env/0  PATH=/usr/bin:/bin  image config Env[0] (rbc.local/cli:1)\n" +
        "  /process/env/1  HOSTNAME=web  rbc convention: the bundle's name as its hostname (Docker: the container id)\n" +
        "  /process/env/2  GREETING=hello  <root>/bundles/web/bundle.yaml:5 environment.GREETING\n" +
        "  /process/args/0  sh  <root>/bundles/web/bundle.yaml:3 command\n",
    );
  });

  it("tells a field the spec leaves out, and refuses a pointer to nothing (exit 2)", async () => {
    const root = await builtWeb();
    const web = join(root, "bundles/web");
    const absent = await runCli(["explain", web, "/process/terminal"], { root });
    expect(absent.stdout).toBe(
      "  /process/terminal  (absent)  engine default (docker 26.1, cgroup v2): tty not set in the overlay: docker run's default (daemon create)\n",
    );
    const left = await runCli(
      [
        "explain",
        web,
        "/process/rlimits",
        "/linux/resources/pids",
        "/linux/resources/memory/limit",
      ],
      { root },
    );
    expect(left.exitCode).toBe(0);
    const rule = "engine default (docker 26.1, cgroup v2):";
    expect(left.stdout).toBe(
      "process\n" +
        `  /process/rlimits  (absent)  ${rule} ulimits not set in the overlay: docker run's default (daemon create)\n` +
        "linux\n" +
        `  /linux/resources/pids  (absent)  ${rule} pids_limit not set in the overlay: docker run's default (daemon create)\n` +
        `  /linux/resources/memory/limit  (absent)  ${rule} mem_limit not set in the overlay: docker run's default (daemon create)\n`,
    );
    const unknown = await runCli(["explain", web, "/no/such"], { root });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe(
      "error BND602: argument /no/such: config.json has no field /no/such and nothing decides one\n",
    );
  });

  it("refuses a pointer without its leading / as a command-line error", async () => {
    const root = await builtWeb();
    const result = await runCli(["explain", join(root, "bundles/web"), "process/env"], { root });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'error BND602: argument "process/env" is not a JSON pointer: a JSON pointer starts with / (/process/env)\n',
    );
  });

  it("groups the fields asked for by section, one header each", async () => {
    const root = await builtWeb();
    const web = join(root, "bundles/web");
    const args = ["explain", web, "/process/args/0", "/root/path", "/process/env/2"];
    const result = await runCli(args, { root });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      "process\n" +
        "  /process/args/0  sh  <root>/bundles/web/bundle.yaml:3 command\n" +
        "  /process/env/2  GREETING=hello  <root>/bundles/web/bundle.yaml:5 environment.GREETING\n" +
        "root\n" +
        "  /root/path  .rootfs/rootfs  rbc convention: the bundle's rootfs directory, where rbc rootfs puts the image's files\n",
    );
    const json = await runCli(["explain", "--json", web, "/root/path"], { root });
    expect(JSON.parse(json.stdout)).toMatchObject({
      fields: [{ origins: [{ kind: "rbc", source: "contract/rootfs-layout.ts" }] }],
    });
  });

  it("says a never-built bundle is not built, not that its config.json is stale", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    const result = await runCli(["explain", join(root, "bundles/web"), "/process/args/0"], {
      root,
      engine,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      "<root>/bundles/web: not built (no config.json): explaining what the overlay compiles to\n",
    );
  });

  it("prints what schemas/cli-output.schema.json describes with --json", async () => {
    const root = await builtWeb();
    const result = await runCli(["explain", "--json", join(root, "bundles/web")], { root });
    expect(result.exitCode).toBe(0);
    const output: unknown = JSON.parse(result.stdout);
    expect(cliOutputErrors(result.stdout)).toEqual([]);
    expect(output).toMatchObject({ command: "explain", offline: true, stale: false });
  });
});
