/**
 * A differential scenario: the same container settings given to `docker run` (flags) and to rbc
 * (overlay keys). Environment goes through an env file because Docker's client sends several `-e`
 * values in random order.
 *
 * Two tokens stand for what is only known when the test runs; the harness replaces them in flags
 * and overlay alike: `blockDevice` (a block device node of this host) and, in Docker's flags only,
 * `bundleFile(name)` (the absolute path of a file the scenario writes into the bundle directory;
 * the overlay names the same file relative to the bundle, as rbc reads it).
 */
export interface Scenario {
  readonly name: string;
  readonly image: string;
  /** `docker run` flags (before the image). */
  readonly flags?: readonly string[];
  /** Environment lines, passed to Docker with --env-file and to rbc as `environment`. */
  readonly env?: readonly string[];
  /** Command after the image (Docker) and `command` (rbc). */
  readonly command?: readonly string[];
  /** The overlay keys equivalent to `flags` (image and environment are added by the harness). */
  readonly overlay?: Readonly<Record<string, unknown>>;
  /** Files written into the bundle directory (and given to Docker by absolute path). */
  readonly files?: Readonly<Record<string, string>>;
  /** Containers that must run first, for `container:NAME` network, ipc and pid modes. */
  readonly donors?: readonly Donor[];
}

/** A container another one joins by name; started detached before the scenario, removed after. */
export interface Donor {
  readonly name: string;
  /** `docker run` flags of the donor itself (`--ipc shareable`, `--hostname`). */
  readonly flags?: readonly string[];
  readonly image?: string;
  readonly command?: readonly string[];
}

export const busybox = "rbc.local/busybox:1";
/** ENTRYPOINT/CMD/ENV/WORKDIR/USER alice/VOLUME /data/STOPSIGNAL SIGQUIT/EXPOSE 8080. */
export const app = "rbc.local/app:1";
/** No /etc/passwd or /etc/group. */
export const nousers = "rbc.local/nousers:1";
export const echo = ["echo", "hi"] as const;

/** Replaced by the block device node backing `/` (or another block device of the host). */
export const blockDevice = "@block-device";

const bundlePrefix = "@bundle/";

/** In Docker's flags: the absolute path of `name` in the scenario's bundle directory. */
export function bundleFile(name: string): string {
  return `${bundlePrefix}${name}`;
}

/** Donor names carry the test process id so that concurrent runs do not collide. */
export function donorName(role: string): string {
  return `rbc-diff-donor-${role}-${process.pid}`;
}

/** Replace the tokens in every string of a flag list or overlay value. */
export function substituteTokens<T>(
  value: T,
  tokens: { readonly bundleDir: string; readonly blockDevice: () => string },
): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === "string") {
      let s = v.includes(blockDevice) ? v.replaceAll(blockDevice, tokens.blockDevice()) : v;
      s = s.replaceAll(bundlePrefix, `${tokens.bundleDir}/`);
      return s;
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    }
    return v;
  };
  return visit(value) as T;
}
