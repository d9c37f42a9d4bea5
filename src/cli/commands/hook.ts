import { text } from "node:stream/consumers";
import {
  setUpContainerNetwork,
  tearDownContainerNetwork,
  parseHookState,
} from "../../network/index.ts";
import { createRuntimeArgs, type HookNetwork } from "../../contract/index.ts";
import { exitCodes } from "../report.ts";
import type { Terminal } from "../terminal.ts";

export interface CreateRuntimeFlags {
  readonly network: HookNetwork;
  readonly publish: readonly string[];
}

/**
 * `rbc hook create-runtime <id>`: the createRuntime hook of every compiled bundle. runc runs it
 * once the container's namespaces exist, with the container state on stdin; it pins them under
 * /run/rbc/<id>/ (the bundle's container id, as config.json names it) and sets the network up. A
 * non-zero exit makes runc abort the start.
 */
export async function createRuntimeHook(
  name: string,
  flags: CreateRuntimeFlags,
  terminal: Terminal,
): Promise<number> {
  const state = parseHookState(await text(process.stdin));
  if (state.pid <= 0) throw new Error("the container state on stdin has no pid");
  const record = await setUpContainerNetwork({
    hookArgs: createRuntimeArgs({ name, network: flags.network, publish: flags.publish }),
    name,
    containerId: state.id,
    pid: state.pid,
    bundleDir: state.bundle,
    network: flags.network,
    publish: flags.publish,
  });
  // runc shows a hook's output only on failure; this line is for someone running the hook by hand.
  terminal.err(
    `rbc hook: ${name}: ${record.network}${record.address ? ` ${record.address}` : ""}\n`,
  );
  return exitCodes.ok;
}

/** `rbc hook poststop <id>`: the poststop hook; undoes what create-runtime set up. */
export async function poststopHook(name: string): Promise<number> {
  const state = parseHookState(await text(process.stdin));
  await tearDownContainerNetwork(name, state.id);
  return exitCodes.ok;
}
