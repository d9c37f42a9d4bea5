import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { DockerContextError } from "../errors/index.ts";
import {
  chooseEndpoint,
  DEFAULT_ENGINE_HOST,
  type EndpointTls,
  type EngineEndpoint,
} from "./engine-endpoint.ts";

/**
 * The engine endpoint the docker CLI would use in this environment, read from the CLI's own
 * configuration: DOCKER_CONFIG (default ~/.docker), its config.json's `currentContext`, and the
 * context store beside it (contexts/meta/<sha256 of the name>/meta.json, and the TLS material in
 * contexts/tls/<sha256 of the name>/docker/).
 */
export async function dockerEndpoint(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<EngineEndpoint> {
  const configDir = env["DOCKER_CONFIG"] ?? join(homedir(), ".docker");
  const choice = chooseEndpoint(env, await currentContext(configDir));
  if (choice.kind === "host") return { host: choice.host, context: undefined, tls: undefined };
  if (choice.kind === "default") {
    return { host: DEFAULT_ENGINE_HOST, context: undefined, tls: undefined };
  }
  const id = createHash("sha256").update(choice.name).digest("hex");
  const metaFile = join(configDir, "contexts", "meta", id, "meta.json");
  const meta = await readJson(metaFile);
  const docker = (meta?.["Endpoints"] as Record<string, unknown> | undefined)?.["docker"] as
    { Host?: unknown; SkipTLSVerify?: unknown } | undefined;
  if (typeof docker?.Host !== "string" || docker.Host === "") {
    const from = choice.from === "DOCKER_CONTEXT" ? "DOCKER_CONTEXT" : `${configDir}/config.json`;
    throw new DockerContextError(choice.name, from, metaFile);
  }
  const tls = await contextTls(
    join(configDir, "contexts", "tls", id, "docker"),
    docker.SkipTLSVerify === true,
  );
  return { host: docker.Host, context: choice.name, tls };
}

async function currentContext(configDir: string): Promise<string | undefined> {
  const config = await readJson(join(configDir, "config.json"));
  const name = config?.["currentContext"];
  return typeof name === "string" ? name : undefined;
}

async function contextTls(dir: string, skipVerify: boolean): Promise<EndpointTls | undefined> {
  const [ca, cert, key] = await Promise.all(
    ["ca.pem", "cert.pem", "key.pem"].map((file) => readOptional(join(dir, file))),
  );
  if (ca === undefined && cert === undefined && key === undefined && !skipVerify) return undefined;
  return { ca, cert, key, skipVerify };
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readOptional(file);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
