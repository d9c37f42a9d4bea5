import { appendFile, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cliContainer,
  cliImage,
  cliProject,
  engineWith,
  runCli,
} from "../../helpers/cli-harness.ts";

const bundleFiles = [
  ".gitignore",
  "bundle.lock",
  "bundle.yaml",
  "config.json",
  "hostname",
  "hosts",
  "resolv.conf",
  "rootfs.mtree",
];

describe("rbc build", () => {
  it("writes the bundle's files, then reports it up to date", async () => {
    const root = await cliProject("web");
    const web = join(root, "bundles/web");
    const engine = engineWith([cliImage()]);

    const first = await runCli(["build", join(root, "bundles")], { root, engine });
    expect(first).toEqual({
      exitCode: 0,
      stdout: "",
      stderr:
        "✓ <root>/bundles/web: wrote config.json, hostname, hosts, resolv.conf, .gitignore, rootfs.mtree, bundle.lock\n" +
        "1 bundle: 1 built\n",
    });
    expect((await readdir(web)).sort()).toEqual(bundleFiles);
    const config = JSON.parse(await readFile(join(web, "config.json"), "utf8")) as {
      process: { args: string[]; env: string[] };
    };
    expect(config.process.args).toEqual(["sh", "-c", "echo hello"]);
    expect(config.process.env).toContain("GREETING=hello");
    const mtree = await readFile(join(web, "rootfs.mtree"), "utf8");
    expect(mtree).toMatch(/^\.\/etc\/motd type=file .*size=6/m);
    const lock = JSON.parse(await readFile(join(web, "bundle.lock"), "utf8")) as {
      image: { id: string };
    };
    expect(lock.image.id).toBe((cliImage().inspect as { Id: string }).Id);

    const second = await runCli(["build", web], { root, engine });
    expect(second).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "✓ <root>/bundles/web: up to date\n1 bundle: 1 unchanged\n",
    });
  });

  it("prints a machine-readable result with --json", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    const result = await runCli(["build", "--json", join(root, "bundles")], { root, engine });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      command: "build",
      exitCode: 0,
      bundles: [
        {
          name: "web",
          dir: "<root>/bundles/web",
          status: "changed",
          changed: bundleFiles.filter((f) => f !== "bundle.yaml").sort(byWriteOrder),
          diagnostics: [],
        },
      ],
      diagnostics: [],
    });
  });

  it("notes the published ports of a container source that the overlay's ports replace", async () => {
    const root = await cliProject("app");
    const app = join(root, "bundles/app");
    await appendFile(join(app, "bundle.yaml"), "ports: ['9090:80']\n");
    const published = {
      PortBindings: {
        "80/tcp": [{ HostIp: "", HostPort: "8080" }],
        "443/tcp": [{ HostIp: "", HostPort: "8443" }],
      },
    };
    const engine = engineWith([cliImage()], [cliContainer(undefined, published)]);
    const result = await runCli(["build", app], { root, engine });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(
      "<root>/bundles/app/bundle.yaml:4:1: warning RES404: ports replaces the ports container " +
        "rbc-cli-app publishes: 8080:80/tcp, 8443:443/tcp are no longer published (list them " +
        "in ports to keep them) (at ports)\n",
    );
    const config = await readFile(join(app, "config.json"), "utf8");
    expect(config).toContain('"9090:80/tcp"');
    expect(config).not.toContain("8443");
  });

  it("materializes and verifies rootfs/ with --rootfs", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    const result = await runCli(["build", "--rootfs", join(root, "bundles/web")], {
      root,
      engine,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("✓ <root>/bundles/web: rootfs/ materialized and verified\n");
    expect(await readFile(join(root, "bundles/web/.rootfs/rootfs/etc/motd"), "utf8")).toBe(
      "hello\n",
    );
  });
});

const writeOrder = [
  "config.json",
  "hostname",
  "hosts",
  "resolv.conf",
  ".gitignore",
  "rootfs.mtree",
  "bundle.lock",
];
function byWriteOrder(a: string, b: string): number {
  return writeOrder.indexOf(a) - writeOrder.indexOf(b);
}
