/** The Docker engine address rbc talks to, and where it came from. */
export interface EngineEndpoint {
  /** `unix:///path`, `tcp://host:port` or `ssh://user@host[:port]`. */
  readonly host: string;
  /** The docker context that named it, if any. */
  readonly context: string | undefined;
  /** A context's TLS material (PEM text), for `tcp://`. */
  readonly tls: EndpointTls | undefined;
}

export interface EndpointTls {
  readonly ca: string | undefined;
  readonly cert: string | undefined;
  readonly key: string | undefined;
  readonly skipVerify: boolean;
}

/** Where the endpoint is to be found: an address, a named context, or the default socket. */
export type EndpointChoice =
  | { readonly kind: "host"; readonly host: string }
  | { readonly kind: "context"; readonly name: string; readonly from: "DOCKER_CONTEXT" | "config" }
  | { readonly kind: "default" };

export const DEFAULT_ENGINE_HOST = "unix:///var/run/docker.sock";

/**
 * The docker CLI's choice (cli/command/cli.go resolveContextName): DOCKER_HOST wins and means the
 * default context; then DOCKER_CONTEXT; then `currentContext` of the CLI's config.json. An empty
 * variable counts as unset, and the context named `default` is the default socket (or
 * DOCKER_HOST).
 */
export function chooseEndpoint(
  env: Readonly<Record<string, string | undefined>>,
  currentContext: string | undefined,
): EndpointChoice {
  const host = env["DOCKER_HOST"] ?? "";
  if (host !== "") return { kind: "host", host };
  const fromEnv = env["DOCKER_CONTEXT"] ?? "";
  if (fromEnv !== "") {
    return fromEnv === "default"
      ? { kind: "default" }
      : { kind: "context", name: fromEnv, from: "DOCKER_CONTEXT" };
  }
  const fromConfig = currentContext ?? "";
  if (fromConfig !== "" && fromConfig !== "default") {
    return { kind: "context", name: fromConfig, from: "config" };
  }
  return { kind: "default" };
}

/** How messages name the endpoint: its address, and the context that chose it. */
export function describeEndpoint(endpoint: EngineEndpoint): string {
  return endpoint.context === undefined
    ? endpoint.host
    : `${endpoint.host} (docker context ${endpoint.context})`;
}

/** An endpoint given as an address (DOCKER_HOST); unset or empty is the default socket. */
export function hostEndpoint(host: string | undefined): EngineEndpoint {
  const given = host ?? "";
  return { host: given === "" ? DEFAULT_ENGINE_HOST : given, context: undefined, tls: undefined };
}
