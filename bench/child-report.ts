/** What one run of rbc-manifest-child.ts reports on its stdout (one JSON line). */
export interface ChildReport {
  /** From opening the `docker save` stream to the mtree text, inside the child. */
  readonly seconds: number;
  /**
   * The part of `seconds` spent waiting for the Engine API's response headers. Engine 20.10
   * stages the whole archive in a temporary directory before it answers `GET /images/{name}/get`;
   * the floor's `docker save` waits the same way.
   */
  readonly openSeconds: number;
  /** Manifest entries (mtree lines less the signature). */
  readonly entries: number;
  /** sha256 (hex) of the rootfs.mtree text. */
  readonly mtreeSha256: string;
  readonly mtreeBytes: number;
  /** Bytes of the `docker save` stream left after the tar's end-of-archive block. */
  readonly trailingBytes: number;
  /** The child's CPU time (user and system) over the same span as `seconds`. */
  readonly cpuSeconds: number;
  /** The child's peak resident set size, KiB. */
  readonly maxRssKiB: number;
}

export function parseChildReport(stdout: string): ChildReport {
  const value: unknown = JSON.parse(stdout.trim());
  if (!isChildReport(value)) throw new Error(`unexpected child report: ${stdout}`);
  return value;
}

function isChildReport(value: unknown): value is ChildReport {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    [
      "seconds",
      "openSeconds",
      "entries",
      "mtreeBytes",
      "trailingBytes",
      "cpuSeconds",
      "maxRssKiB",
    ].every((key) => typeof record[key] === "number") && typeof record["mtreeSha256"] === "string"
  );
}
