/**
 * Container networking at run time, which OCI leaves to hooks: the create-runtime and poststop
 * hooks' work (CNI plugins for rbc's bridge network, namespace pins under /run/rbc, published
 * ports), the record of what was set up, and keeping a network across a restart.
 */
export {
  releaseUnusedNetwork,
  setUpContainerNetwork,
  tearDownContainerNetwork,
} from "./container-network.ts";
export { parseHookState } from "./oci-state.ts";
export { networkPrerequisites } from "./preflight.ts";
export { readNetworkRecords } from "./network-record.ts";
export type { NetworkRecord } from "./network-record.ts";
export { clearRestartMark, markRestart } from "./parked-network.ts";
export { hostBinding } from "./published-port.ts";
