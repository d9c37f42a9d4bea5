import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDocker } from "../../src/resolve/docker.ts";
import type { Engine } from "../../src/resolve/engine.ts";
import { EnvironmentError } from "../../src/errors/index.ts";
import { runRbc } from "../helpers/run-rbc.ts";

/**
 * A frozen engine: a local HTTP server on a unix socket that accepts every request and then
 * answers nothing (or, for `docker save`, sends the headers and a few bytes, then stops). rbc must
 * give up after its timeouts with an EnvironmentError, and close the connections it opened.
 */
describe("engine timeouts against a frozen engine", () => {
  let dir: string;
  let socket: string;
  let server: Server;
  const open = new Set<IncomingMessage>();
  const closed: string[] = [];
  let engine: Engine;
  const savedHost = process.env.DOCKER_HOST;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    open.add(req);
    res.on("close", () => {
      open.delete(req);
      closed.push(`${req.method ?? ""} ${req.url ?? ""}`);
    });
    if (req.url?.endsWith("/get") === true) {
      res.writeHead(200, { "Content-Type": "application/x-tar" });
      res.write(Buffer.alloc(512));
    }
    // Otherwise: never answer.
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rbc-frozen-"));
    socket = join(dir, "docker.sock");
    server = createServer(handle);
    await new Promise<void>((done) => server.listen(socket, done));
    process.env.DOCKER_HOST = `unix://${socket}`;
    engine = connectDocker({ callMs: 300, stallMs: 300 });
  });

  afterAll(async () => {
    if (savedHost === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = savedHost;
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await rm(dir, { recursive: true, force: true });
  });

  it("fails an inspect the engine never answers, and closes its connection", async () => {
    const inspect = engine.inspectImage("frozen");
    await expect(inspect).rejects.toBeInstanceOf(EnvironmentError);
    await expect(inspect).rejects.toThrow(
      `the Docker engine at unix://${socket} did not answer GET /images/frozen/json within 0.3 s (set RBC_ENGINE_TIMEOUT to wait longer)`,
    );
    await expect.poll(() => closed).toContain("GET /images/frozen/json");
  });

  it("fails a user lookup whose probe container is never created", async () => {
    const lookUp = engine.lookUpUsers(
      { kind: "image", id: "sha256:1" },
      { user: "", groupAdd: [] },
    );
    await expect(lookUp).rejects.toThrow(
      "did not answer the creation of a probe container within 0.3 s",
    );
  });

  it("fails a docker save stream that stops sending, and closes its connection", async () => {
    const stream = await engine.saveImage("stalled");
    const read = async () => {
      let bytes = 0;
      for await (const chunk of stream) bytes += chunk.length;
      return bytes;
    };
    const reading = read();
    await expect(reading).rejects.toBeInstanceOf(EnvironmentError);
    await expect(reading).rejects.toThrow(
      "did not answer docker save (no data) within 0.3 s (set RBC_ENGINE_STALL_TIMEOUT to wait longer)",
    );
    await expect.poll(() => closed).toContain("GET /images/stalled/get");
  });

  it("lets rbc build exit 3 with the reason, within its timeout (RBC_ENGINE_TIMEOUT)", async () => {
    const root = join(dir, "project");
    await mkdir(join(root, "bundles/web"), { recursive: true });
    await writeFile(join(root, "bundles/web/bundle.yaml"), "image: frozen\ncommand: [sh]\n");
    const result = await runRbc(["build", "bundles/"], {
      cwd: root,
      env: { DOCKER_HOST: `unix://${socket}`, RBC_ENGINE_TIMEOUT: "0.5" },
    });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain("did not answer GET /images/frozen/json within 0.5 s");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
