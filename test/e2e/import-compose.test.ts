import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { runRbc, scratchProject as newProject } from "../helpers/run-rbc.ts";

async function scratchProject(files: Record<string, string>): Promise<string> {
  const root = await newProject(files);
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

const compose = `name: shop
services:
  web:
    image: rbc.local/busybox:\${TAG:-1}
    command: ["httpd", "-f", "-p", "8080"]
    restart: unless-stopped
    depends_on: [api]
    ports:
      - target: 8080
        published: 8080
    environment:
      LOG_LEVEL: info
    volumes:
      - ./html:/srv/html:ro
    cap_drop: [ALL]
  api:
    image: rbc.local/busybox:1
    build: ./api
    command: ["sleep", "300"]
    environment:
      - LOG_LEVEL=info
      - TOKEN=\${API_TOKEN}
    cap_drop: [ALL]
    env_file: [./api.env]
`;

describe("rbc import", () => {
  it("writes bundles that rbc build compiles, with notes for what did not carry over", async () => {
    const root = await scratchProject({
      "compose.yaml": compose,
      "api.env": "A=1\n",
      "html/index.html": "hi\n",
    });
    const imported = await runRbc(["import", "compose.yaml"], { cwd: root });
    expect(imported.stderr).toBe("imported 2 services into bundles/ (1 base file, 4 notes)\n");
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout.split("\n")).toEqual([
      "bundles/web/bundle.yaml: service web",
      expect.stringMatching(
        /^ {2}compose\.yaml:6:14: note: restart: not carried over: runc has no restart policy/,
      ),
      "  compose.yaml:7:17: note: depends_on: not carried over: rbc runs each bundle on its own; start order is the caller's",
      "  compose.yaml:4:12: note: image: ${TAG} is not set: the default is written",
      "bundles/api/bundle.yaml: service api",
      expect.stringMatching(/^ {2}compose\.yaml:18:12: note: build: not carried over/),
      "",
    ]);
    const web = await readFile(join(root, "bundles/web/bundle.yaml"), "utf8");
    expect(parse(web)).toEqual({
      image: "rbc.local/busybox:1",
      extends: "../_base/shared.yaml",
      command: ["httpd", "-f", "-p", "8080"],
      volumes: ["../../html:/srv/html:ro"],
      ports: ["8080:8080"],
    });
    expect(web).toContain("# restart (line 6): not carried over: runc has no restart policy");
    expect(parse(await readFile(join(root, "bundles/_base/shared.yaml"), "utf8"))).toEqual({
      environment: { LOG_LEVEL: "info" },
      cap_drop: ["ALL"],
    });
    expect(parse(await readFile(join(root, "bundles/api/bundle.yaml"), "utf8"))).toMatchObject({
      environment: { TOKEN: "${API_TOKEN}" },
      env_file: ["../../api.env"],
    });

    const built = await runRbc(["build"], { cwd: root });
    expect(built.stderr).toContain("2 bundles: 2 built");
    expect(built.exitCode).toBe(0);
    const spec = JSON.parse(await readFile(join(root, "bundles/web/config.json"), "utf8")) as {
      process: { env: string[]; capabilities: { bounding?: string[] } };
      mounts: { destination: string; source: string; options: string[] }[];
    };
    expect(spec.process.env).toContain("LOG_LEVEL=info");
    expect(spec.process.capabilities.bounding ?? []).toEqual([]);
    expect(spec.mounts.find((m) => m.destination === "/srv/html")).toMatchObject({
      source: "../../html",
    });
  });

  it("replaces nothing without --force, and writes nothing when a service has no image", async () => {
    const root = await scratchProject({ "compose.yaml": compose, "api.env": "" });
    expect((await runRbc(["import", "compose.yaml"], { cwd: root })).exitCode).toBe(0);
    await writeFile(join(root, "bundles/web/bundle.yaml"), "image: mine\n");
    const again = await runRbc(["import", "compose.yaml"], { cwd: root });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain(
      "bundles/web/bundle.yaml:1:1: error IMP803: bundles/web/bundle.yaml exists: rbc import does not replace it (--force replaces it)",
    );
    expect(await readFile(join(root, "bundles/web/bundle.yaml"), "utf8")).toBe("image: mine\n");
    const forced = await runRbc(["import", "--force", "compose.yaml"], { cwd: root });
    expect(forced.exitCode).toBe(0);
    expect(await readFile(join(root, "bundles/web/bundle.yaml"), "utf8")).toContain("httpd");

    await writeFile(join(root, "other.yaml"), "services:\n  a: {image: x}\n  b:\n    build: .\n");
    const refused = await runRbc(["import", "other.yaml", "--out", "more"], { cwd: root });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('other.yaml:4:12: error IMP802: service "b" has only build');
    expect(refused.stderr).toContain("nothing imported from other.yaml");
    expect(await readFile(join(root, "more/a/bundle.yaml"), "utf8").catch(() => "none")).toBe(
      "none",
    );
  });
});
