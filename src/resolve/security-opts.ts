import { error, type Diagnostic } from "../diagnostics.ts";

/** Files an overlay names, by the path as written (relative to the bundle directory) → content. */
export type ReferencedFiles = ReadonlyMap<string, string>;

/** A file a setting names, and the overlay key that names it. */
export interface FileReference {
  readonly key: string;
  readonly path: string;
}

/** What `security_opt` sends: the options, and the system-path lists `systempaths=unconfined` empties. */
export interface SecurityRequest {
  readonly SecurityOpt: string[];
  readonly unconfinedSystemPaths: boolean;
}

/**
 * The seccomp profile files `security_opt` names (`seccomp=profile.json`), for the caller to read
 * before the pure mapping, as the Docker CLI reads them before it sends the request.
 */
export function seccompProfileFiles(securityOpt: readonly string[]): FileReference[] {
  return securityOpt.flatMap((opt, i) => {
    const [key, value] = splitSecurityOpt(opt);
    return key === "seccomp" && value !== undefined && value !== "" && value !== "unconfined"
      ? [{ key: `security_opt[${i}]`, path: value }]
      : [];
  });
}

/**
 * `security_opt` as the Docker 20.10 CLI sends it (cli/command/container/opts.go
 * parseSecurityOpts, parseSystemPaths): `seccomp=<file>` becomes `seccomp=<the file's JSON,
 * compacted>`; `systempaths=unconfined` is not sent but empties MaskedPaths and ReadonlyPaths.
 * Options the daemon would reject (daemon parseSecurityOpt) are diagnostics.
 */
export function parseSecurityOpts(
  securityOpt: readonly string[],
  files: ReferencedFiles,
  diagnostics: Diagnostic[],
): SecurityRequest {
  const sent: string[] = [];
  let unconfinedSystemPaths = false;
  securityOpt.forEach((opt, i) => {
    const key = `security_opt[${i}]`;
    if (opt === "systempaths=unconfined") {
      unconfinedSystemPaths = true;
      return;
    }
    const checked = checkSecurityOpt(opt, files);
    if ("problem" in checked) diagnostics.push(error(checked.code, checked.problem, { key }));
    else sent.push(checked.sent);
  });
  return { SecurityOpt: sent, unconfinedSystemPaths };
}

type Checked = { sent: string } | { code: "SPC506" | "RES403"; problem: string };

function checkSecurityOpt(opt: string, files: ReferencedFiles): Checked {
  // The daemon's legacy forms: a bare `no-new-privileges`, and a bare `disable` for label=disable.
  if (opt === "no-new-privileges" || opt === "disable") return { sent: opt };
  const [name, value] = splitSecurityOpt(opt);
  const invalid = (why: string): Checked => ({
    code: "SPC506",
    problem: `invalid security option "${opt}": ${why}`,
  });
  if (value === undefined) return invalid("expected NAME=VALUE");
  switch (name) {
    case "label":
    case "apparmor":
      return { sent: opt };
    case "no-new-privileges":
      return goBool(value) ? { sent: opt } : invalid("expected a boolean");
    case "seccomp":
      return value === "unconfined" ? { sent: opt } : inlineProfile(value, files, invalid);
    case "systempaths":
      return invalid("the only system-paths option is systempaths=unconfined");
    default:
      return invalid(
        "known options are seccomp, apparmor, label, no-new-privileges and systempaths",
      );
  }
}

function inlineProfile(
  path: string,
  files: ReferencedFiles,
  invalid: (why: string) => Checked,
): Checked {
  if (path === "") return invalid("seccomp needs a profile file or unconfined");
  const content = files.get(path);
  if (content === undefined) {
    return { code: "RES403", problem: `seccomp profile "${path}" cannot be read` };
  }
  const compact = compactJson(content);
  if ("error" in compact) return invalid(`the seccomp profile is not JSON${compact.error}`);
  return { sent: `seccomp=${compact.json}` };
}

/** Docker splits at the first `=`, else (a deprecated form) at the first `:`. */
function splitSecurityOpt(opt: string): [string, string | undefined] {
  const eq = opt.indexOf("=");
  const at = eq === -1 ? opt.indexOf(":") : eq;
  return at === -1 ? [opt, undefined] : [opt.slice(0, at), opt.slice(at + 1)];
}

/** Go's strconv.ParseBool. */
function goBool(value: string): boolean {
  return ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"].includes(
    value,
  );
}

/**
 * Go's json.Compact: the same JSON without insignificant whitespace, nothing else changed. The
 * error says only where the text stops being JSON (` (at position 3, line 1 column 4)`), never
 * what it holds: JSON.parse quotes the text, and the file may be anything (`../../etc/shadow`).
 */
export function compactJson(text: string): { json: string } | { error: string } {
  try {
    JSON.parse(text);
  } catch (cause) {
    const at = / at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(String(cause));
    const where =
      at === null
        ? ""
        : at[2] === undefined
          ? ` (at position ${at[1] ?? ""})`
          : ` (line ${at[2]} column ${at[3] ?? ""})`;
    return { error: where };
  }
  const out: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (inString) {
      out.push(ch);
      if (ch === "\\") {
        i += 1;
        out.push(text.charAt(i));
      } else if (ch === '"') {
        inString = false;
      }
    } else if (ch !== " " && ch !== "\t" && ch !== "\n" && ch !== "\r") {
      out.push(ch);
      if (ch === '"') inString = true;
    }
  }
  return { json: out.join("") };
}
