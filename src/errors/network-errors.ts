import { EnvironmentError } from "./rbc-error.ts";

/** The CNI plugins a network needs are not installed (exit 3). */
export class CniPluginsNotFoundError extends EnvironmentError {
  constructor(missing: readonly string[], searched: readonly string[]) {
    super(
      "CNI_PLUGINS_NOT_FOUND",
      `CNI plugins not found: ${missing.join(", ")} (searched ${searched.join(", ")}; install Debian's containernetworking-plugins, or set CNI_PATH)`,
    );
  }
}

/** A published host port is taken by another process or another rbc bundle (exit 3). */
export class PortInUseError extends EnvironmentError {
  constructor(port: string, holder: string) {
    super("PORT_IN_USE", `host port ${port} is already in use (${holder})`);
  }
}

/** A CNI plugin failed, or the container's namespaces could not be pinned (exit 3). */
export class NetworkSetupError extends EnvironmentError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("NETWORK_SETUP", message, options);
  }
}
