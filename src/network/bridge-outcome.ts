import type { CniPluginCall } from "./cni-network.ts";
import type { NetworkRecord } from "./network-record.ts";

/** The parts of the bridge plugin's ADD result (CNI result 1.0.0) rbc reads. */
export interface BridgeResult {
  readonly interfaces?: readonly { readonly mac?: string; readonly sandbox?: string }[];
  readonly ips?: readonly { readonly address?: string; readonly gateway?: string }[];
  readonly routes?: readonly { readonly dst?: string; readonly gw?: string }[];
}

/** The bridge plugin's call and its ADD result, if the record has them. */
export function bridgeOutcome(
  record: Pick<NetworkRecord, "calls" | "results">,
): { call: CniPluginCall; result: BridgeResult } | undefined {
  const index = record.calls.findIndex((call) => call.type === "bridge");
  const call = record.calls[index];
  const result = record.results[index];
  if (call === undefined || typeof result !== "object" || result === null) return undefined;
  return { call, result };
}
