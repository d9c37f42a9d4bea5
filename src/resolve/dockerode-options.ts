import type { DockerOptions } from "dockerode";
import { DEFAULT_ENGINE_HOST, type EngineEndpoint } from "./engine-endpoint.ts";

/**
 * dockerode's connection options for an endpoint, as the docker CLI connects: a Unix socket, TCP
 * (TLS when the context has TLS material, or on port 2376 as Docker's convention has it) or SSH
 * (through the SSH agent).
 */
export function dockerodeOptions(endpoint: EngineEndpoint): DockerOptions {
  const host = endpoint.host === "" ? DEFAULT_ENGINE_HOST : endpoint.host;
  if (host.startsWith("unix://")) return { socketPath: host.slice("unix://".length) };
  const url = new URL(host.includes("://") ? host : `tcp://${host}`);
  if (url.protocol === "ssh:") {
    const agent = process.env["SSH_AUTH_SOCK"];
    return {
      protocol: "ssh",
      host: url.hostname,
      ...(url.port === "" ? {} : { port: url.port }),
      ...(url.username === "" ? {} : { username: url.username }),
      ...(agent === undefined ? {} : { sshOptions: { agent } }),
    };
  }
  const tls = endpoint.tls;
  const https = tls !== undefined || url.port === "2376";
  return {
    protocol: https ? "https" : "http",
    host: url.hostname,
    port: url.port === "" ? (https ? 2376 : 2375) : url.port,
    ...(tls?.ca === undefined ? {} : { ca: tls.ca }),
    ...(tls?.cert === undefined ? {} : { cert: tls.cert }),
    ...(tls?.key === undefined ? {} : { key: tls.key }),
  };
}
