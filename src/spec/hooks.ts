import {
  createRuntimeArgs,
  formatPublishedPort,
  hookNetwork,
  poststopArgs,
  rbcHook,
  type PublishedPortSpec,
} from "../contract/index.ts";
import type { ContainerState } from "./container-state.ts";
import type { OciHooks } from "./oci-types.ts";
import { noRecord, type RecordCause } from "./spec-recorder.ts";

/**
 * `hooks` for `rbc run` (and plain `runc run`): Docker sets the network up in its daemon, OCI
 * leaves it to hooks. `createRuntime` (runs in the runtime namespace once the container's
 * namespaces exist) pins the namespaces under /run/rbc/<id>/ and, for `bridge` and `none`, adds
 * the container to its CNI network, publishing the `ports`; `poststop` undoes both. The command
 * lines are the runtime contract's (contract/hook-command.ts).
 */
export function buildHooks(
  state: ContainerState,
  containerId: string,
  record: RecordCause = noRecord,
): OciHooks {
  const network = hookNetwork(state.HostConfig.NetworkMode);
  const publish = network === "bridge" ? publishedPorts(state) : [];
  const hooks = {
    rbc: "the hooks through which rbc run joins the bundle's namespaces and sets up its network",
    source: "contract/hook-command.ts",
  };
  record("/hooks", hooks);
  const args = "/hooks/createRuntime/0/args";
  record(args, hooks, { state: "HostConfig.NetworkMode" });
  if (publish.length > 0) record(args, { state: "HostConfig.PortBindings" });
  return {
    createRuntime: [rbcHook(createRuntimeArgs({ name: containerId, network, publish }))],
    poststop: [rbcHook(poststopArgs(containerId))],
  };
}

/**
 * The published ports in the contract's `--publish` form (`8080:80/tcp`, `127.0.0.1:8443:443/tcp`,
 * `[::1]:53:53/udp`, `80/tcp` for an engine-chosen host port), sorted by container port number,
 * protocol and host address so the bundle does not depend on the overlay's order.
 */
export function publishedPorts(state: ContainerState): string[] {
  const bindings = state.HostConfig.PortBindings ?? {};
  const entries = Object.entries(bindings).flatMap(([port, list]) =>
    list.map((binding) => ({ port, ...binding })),
  );
  entries.sort(
    (a, b) =>
      portNumber(a.port) - portNumber(b.port) ||
      compare(a.port, b.port) ||
      compare(a.HostIp, b.HostIp) ||
      compare(a.HostPort, b.HostPort),
  );
  return entries.map(({ port, HostIp, HostPort }) => {
    const [number = "", protocol = "tcp"] = port.split("/");
    return formatPublishedPort({
      hostIp: HostIp,
      hostPort: HostPort,
      containerPort: Number(number),
      protocol: protocol as PublishedPortSpec["protocol"],
    });
  });
}

function portNumber(port: string): number {
  return Number.parseInt(port, 10);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
