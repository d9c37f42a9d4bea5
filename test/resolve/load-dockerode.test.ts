import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-rbc.ts";

/**
 * Loads dockerode in a fresh Node process (this one's require cache may already hold its
 * modules), then reports which of the deferred packages are loaded after each step.
 */
const script = `
import { createRequire } from "node:module";
const { loadDockerode } = await import(${JSON.stringify(join(repoRoot, "src/resolve/load-dockerode.ts"))});
const require = createRequire(import.meta.url);
const loaded = () => ["@grpc/grpc-js", "protobufjs", "ssh2"].filter((name) =>
  Object.keys(require.cache).some((path) => path.includes("/node_modules/" + name + "/")),
);
const Docker = loadDockerode();
const steps = { dockerode: loaded() };
new Docker({ socketPath: "/nonexistent.sock" });
steps.client = loaded();
const modem = createRequire(require.resolve("dockerode")).resolve("docker-modem");
const ssh = require(createRequire(modem).resolve("./ssh"));
const agent = ssh({ host: "127.0.0.1", port: 1 });
steps.ssh = loaded();
steps.agent = typeof agent.createConnection;
process.stdout.write(JSON.stringify(steps));
`;

describe("loadDockerode", () => {
  it("loads gRPC, protobufjs and ssh2 only when the modules that need them are called", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { cwd: repoRoot },
    );
    expect(JSON.parse(stdout)).toEqual({
      dockerode: [],
      client: [],
      ssh: ["ssh2"],
      agent: "function",
    });
  });
});
