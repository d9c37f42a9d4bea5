/** Exact JSON for committed files: bigint-safe parse and deterministic stringify. */
export { parseJson } from "./parse-json.ts";
export { stringifyJson } from "./stringify-json.ts";
