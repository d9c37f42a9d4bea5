import type { OciDeviceRule } from "./oci-types.ts";

// moby daemon/oci_linux.go deviceCgroupRuleRegex; anchored, so no surrounding spaces.
const rulePattern = /^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$/;

/**
 * One `--device-cgroup-rule` as Docker appends it to `linux.resources.devices`
 * (config-linux.md#allowed-device-list): `TYPE MAJOR:MINOR ACCESS` becomes an allow rule, `*`
 * meaning any number (-1). Undefined when Docker refuses the rule ("invalid device cgroup rule
 * format"). Numbers beyond 2^53 are refused too: rbc could not write them exactly.
 */
export function parseDeviceCgroupRule(rule: string): OciDeviceRule | undefined {
  const match = rulePattern.exec(rule);
  if (match === null) return undefined;
  const [, type = "", major = "", minor = "", access = ""] = match;
  const majorNumber = deviceNumber(major);
  const minorNumber = deviceNumber(minor);
  if (majorNumber === undefined || minorNumber === undefined) return undefined;
  return { allow: true, type, major: majorNumber, minor: minorNumber, access };
}

function deviceNumber(text: string): number | undefined {
  if (text === "*") return -1;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}
