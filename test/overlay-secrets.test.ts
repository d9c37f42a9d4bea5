import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileBundle } from "../src/compile.ts";
import { formatDiagnostic } from "../src/diagnostics.ts";
import { cliContainer, cliImage, scratchDir } from "./helpers/cli-harness.ts";
import { fakeEngine } from "./helpers/fake-engine.ts";

const token = "ghp_ErQHQwjyaxErPZDS3MoJaQNjCxkv5ndK0meG";
const password = "hunter2hunter2";
const stripe = "sk_live_ujiqPc1QMYYyABNQqvAXyFy8";

async function bundle(name: string, yaml: string): Promise<string> {
  const dir = join(await scratchDir("secrets"), "bundles", name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "bundle.yaml"), yaml);
  return dir;
}

function everything(files: ReadonlyMap<string, string> | undefined): string {
  return [...(files ?? new Map<string, string>()).values()].join("\n");
}

describe("compiling a bundle whose environment holds secrets", () => {
  it("warns (SEC701) at each committed value that looks like a credential, without the value", async () => {
    const yaml = [
      "image: rbc.local/cli:1",
      "environment:",
      `  GITHUB_TOKEN: ${token}`,
      `  DATABASE_URL: postgres://app:${password}@db/app`,
      `  PAYMENTS: \${PAYMENTS_KEY:-${stripe}}`,
      "  FROM_RUN_TIME: postgres://app:${DB_PASSWORD}@db/app",
      `  FIXTURE_TOKEN: ${token}`,
      "  GREETING: hello",
      "allow_plaintext: [FIXTURE_TOKEN]",
      "",
    ].join("\n");
    const dir = await bundle("web", yaml);
    const compiled = await compileBundle(dir, fakeEngine([cliImage()]), { rootfs: false });
    const lines = compiled.diagnostics.map(formatDiagnostic);
    expect(lines).toEqual([
      expect.stringMatching(
        /bundle\.yaml:3:17: warning SEC701: the value of GITHUB_TOKEN .* looks like a GitHub token/,
      ),
      expect.stringMatching(
        /bundle\.yaml:4:17: warning SEC701: the value of DATABASE_URL .* URL with a password/,
      ),
      expect.stringMatching(
        /bundle\.yaml:5:13: warning SEC701: the value of PAYMENTS .* Stripe secret key/,
      ),
    ]);
    expect(lines.join("\n")).not.toMatch(new RegExp(`${token}|${password}|${stripe}`));
    expect(lines[0]).toContain(
      "take it from the run-time environment (GITHUB_TOKEN: ${GITHUB_TOKEN}) or an env_file, or list GITHUB_TOKEN in allow_plaintext",
    );
    expect(compiled.files?.has("config.json")).toBe(true);
  });

  it("keeps a removed variable's value out of bundle.lock and config.json, and warns of the container's own", async () => {
    const secret = "glpat-NrNBdNfbvzuzLyxNcnU-";
    const container = cliContainer([
      "PATH=/usr/bin:/bin",
      `API_TOKEN=${secret}`,
      `DEPLOY_KEY=${stripe}`,
      "MODE=production",
    ]);
    const yaml = ["container: rbc-cli-app", "environment:", "  API_TOKEN: null", ""].join("\n");
    const dir = await bundle("app", yaml);
    const compiled = await compileBundle(dir, fakeEngine([cliImage()], [container]));
    const files = everything(compiled.files);
    expect(files).not.toContain(secret);
    const lock = JSON.parse(compiled.files?.get("bundle.lock") ?? "{}") as {
      inputs: { engine: { containers: Record<string, { Config: { Env: string[] } }> } };
    };
    expect(lock.inputs.engine.containers["rbc-cli-app"]?.Config.Env).toEqual([
      "PATH=/usr/bin:/bin",
      "API_TOKEN",
      `DEPLOY_KEY=${stripe}`,
      "MODE=production",
    ]);
    expect(compiled.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /bundle\.yaml:1:12: warning SEC701: the container's variable DEPLOY_KEY .* Stripe secret key: remove it \(DEPLOY_KEY: null\)/,
      ),
    ]);
  });

  it("keeps a run-time variable's recorded value out of the lock too, and checks only the template's text", async () => {
    const container = cliContainer(["PATH=/usr/bin:/bin", `API_TOKEN=${token}`]);
    const yaml = ["container: rbc-cli-app", "environment:", "  API_TOKEN: ${API_TOKEN}", ""].join(
      "\n",
    );
    const dir = await bundle("app", yaml);
    const compiled = await compileBundle(dir, fakeEngine([cliImage()], [container]));
    expect(everything(compiled.files)).not.toContain(token);
    expect(compiled.diagnostics).toEqual([]);
    const config = JSON.parse(compiled.files?.get("config.json") ?? "{}") as {
      process: { env: string[] };
      annotations: Record<string, string>;
    };
    expect(config.process.env).toContain("API_TOKEN=${API_TOKEN}");
    expect(JSON.parse(config.annotations["rbc.environment"] ?? "")).toEqual({
      interpolate: ["API_TOKEN"],
      envFiles: [],
      environment: [],
    });
  });
});
