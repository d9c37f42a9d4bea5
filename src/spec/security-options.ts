import { error, type Diagnostic } from "../diagnostics.ts";

/** What HostConfig.SecurityOpt asks for, as Docker's parseSecurityOpt reads it. */
export interface SecurityOptions {
  readonly noNewPrivileges: boolean;
  /** `seccomp=`: `unconfined`, a profile's JSON text (the CLI inlines the file), or absent. */
  readonly seccomp?: { readonly value: string; readonly index: number };
  readonly apparmorProfile?: string;
}

/**
 * moby daemon parseSecurityOpt: options are `key=value` (the legacy `key:value` only when there is
 * no `=`), the last one of a kind wins; `no-new-privileges` alone means true. `label=...` and a bare
 * `disable` are SELinux labels: rbc targets hosts without SELinux, where Docker writes no label
 * either, so they are accepted and have no effect. Anything else is refused, as Docker refuses it.
 */
export function parseSecurityOptions(options: readonly string[]): {
  value: SecurityOptions;
  diagnostics: Diagnostic[];
} {
  let result: SecurityOptions = { noNewPrivileges: false };
  const diagnostics: Diagnostic[] = [];
  options.forEach((option, index) => {
    const parsed = applyOption(result, option, index);
    if (typeof parsed === "string") {
      diagnostics.push(error("SPC506", parsed, { key: `security_opt[${index}]` }));
    } else result = parsed;
  });
  return { value: result, diagnostics };
}

/** The options with one more applied, or why Docker refuses it. */
function applyOption(
  current: SecurityOptions,
  option: string,
  index: number,
): SecurityOptions | string {
  if (option === "no-new-privileges") return { ...current, noNewPrivileges: true };
  if (option === "disable") return current;
  const [key, value] = splitOption(option);
  switch (key) {
    case "label":
      return current;
    case "apparmor":
      return { ...current, apparmorProfile: value };
    case "seccomp":
      return { ...current, seccomp: { value, index } };
    case "no-new-privileges": {
      const enabled = parseGoBool(value);
      if (enabled === undefined) return `invalid security option "${option}": expected a boolean`;
      return { ...current, noNewPrivileges: enabled };
    }
    default:
      return `invalid security option "${option}"`;
  }
}

function splitOption(option: string): [string | undefined, string] {
  const separator = option.includes("=") ? "=" : option.includes(":") ? ":" : undefined;
  if (separator === undefined) return [undefined, ""];
  const at = option.indexOf(separator);
  return [option.slice(0, at), option.slice(at + 1)];
}

/** Go's strconv.ParseBool. */
function parseGoBool(text: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return undefined;
}
