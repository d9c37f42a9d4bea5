/**
 * User-input problems are data: every stage returns diagnostics instead of throwing.
 * Codes are stable and listed in the README; the CLI maps any error diagnostic to exit code 2.
 */
export const diagnosticCodes = {
  OVL101: "malformed YAML",
  OVL102: "overlay file cannot be read",
  OVL103: "bundle directory name cannot name a container",
  OVL201: "unknown key",
  OVL202: "invalid value",
  OVL203: "image or container required",
  OVL204: "conflicting settings",
  OVL205: "setting the target cannot express",
  OVL206: "key rbc does not support",
  OVL221: "restart: runc has no restart policy",
  OVL222: "healthcheck: runc runs no health checks",
  OVL223: "deploy: a bundle is one container on this host",
  OVL224: "links: legacy links need Docker's networks",
  OVL225: "build: rbc compiles images that exist",
  OVL226: "profiles: a bundle is one service",
  OVL301: "extends cycle",
  OVL302: "base overlay not found",
  RES401: "user not found in the image",
  RES402: "group not found in the image",
  SPC501: "patch does not apply",
  SPC502: "unknown capability",
  SPC503: "invalid mount",
  SPC504: "invalid spec",
  SPC505: "invalid device",
  SPC506: "invalid security option",
  SPC507: "a hook rbc did not generate",
  RES403: "referenced file cannot be read",
  RES404: "ports replace a container source's published ports",
  BND601: "bundle lock missing, invalid or incomplete",
  BND602: "no such config.json field",
  SEC701: "a committed value looks like a credential",
  IMP801: "a Compose file rbc import cannot read",
  IMP802: "a Compose service without an image",
  IMP803: "rbc import would overwrite existing files",
  INI801: "rbc init would overwrite a bundle",
  INI802: "docker run flag rbc init cannot carry over",
  INI803: "docker run flag with no effect on config.json",
  INI804: "not a docker run flag",
  INI805: "the bundle directory is a file",
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;

/** Where a value came from: an overlay file and a 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** Overlay key path, for example `environment.FOO` or `volumes[1]`. */
  readonly key?: string;
  readonly location?: SourceLocation;
}

/** A stage result: a value when the stage could produce one, and everything it had to say. */
export interface Result<T> {
  readonly value: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function error(
  code: DiagnosticCode,
  message: string,
  where: { key?: string; location?: SourceLocation | undefined } = {},
): Diagnostic {
  return {
    code,
    severity: "error",
    message,
    ...(where.key === undefined ? {} : { key: where.key }),
    ...(where.location === undefined ? {} : { location: where.location }),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `file:line:col: error CODE: message (key)` — the form editors and CI logs recognise. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.col}: ` : "";
  const key = d.key === undefined ? "" : ` (at ${d.key})`;
  return `${where}${d.severity} ${d.code}: ${d.message}${key}`;
}
