import {
  type Draft,
  type Path,
  type SourceText,
  drafted,
  numberText,
  stringItems,
} from "./draft.ts";
import { formatKeyPath } from "./key-path.ts";
import { isIPAddress } from "./ip-address.ts";

/** Reads `dns`, `extra_hosts` and `ports` entries. */

/** Docker's stand-in for the host's gateway address in `--add-host` (Docker 20.10 and later). */
const hostGateway = "host-gateway";

/** `dns`: server IP addresses, one string or a list. */
export function dnsEntries(raw: string | readonly string[]): Draft<string>[] {
  return stringItems("dns", raw, (value, path) =>
    isIPAddress(value)
      ? undefined
      : `"${formatKeyPath(path)}" must be an IP address, got ${JSON.stringify(value)}`,
  );
}

/**
 * `extra_hosts` as `HOST:IP` strings: a map of host names to addresses, or a list of `HOST=IP` or
 * `HOST:IP` strings. A host name has neither `=` nor `:`, so the first of them separates it and
 * IPv6 addresses keep their colons; brackets around one (`[::1]`) are dropped, as Docker wants none.
 */
export function extraHostEntries(
  raw: Readonly<Record<string, string>> | readonly string[],
): Draft<string>[] {
  if (!Array.isArray(raw)) {
    return Object.entries(raw).map(([host, ip]) => extraHost(["extra_hosts", host], host, ip));
  }
  const list: readonly string[] = raw;
  return list.map((item, i) => {
    const path = ["extra_hosts", i];
    const cut = item.search(/[=:]/);
    if (cut <= 0) {
      const problem = `"extra_hosts[${i}]" must be HOST=IP or HOST:IP, got ${JSON.stringify(item)}`;
      return { path, problem };
    }
    return extraHost(path, item.slice(0, cut), item.slice(cut + 1));
  });
}

function extraHost(path: Path, host: string, written: string): Draft<string> {
  const ip = /^\[.*\]$/.test(written) ? written.slice(1, -1) : written;
  if (host === "" || /[=:\s]/.test(host)) {
    const problem = `"extra_hosts" has an invalid host name ${JSON.stringify(host)}`;
    return { path, problem, part: "key" };
  }
  if (ip !== hostGateway && !isIPAddress(ip)) {
    const problem = `"${formatKeyPath(path)}" must map a host to an IP address or "${hostGateway}", got ${JSON.stringify(written)}`;
    return { path, problem };
  }
  return { path, value: `${host}:${ip}` };
}

/** The host name an `extra_hosts` entry (`HOST:IP`) maps. */
export function extraHostName(entry: string): string {
  return entry.slice(0, entry.indexOf(":"));
}

// [[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL], ports or ranges; an IPv6 IP in brackets.
const portPattern =
  /^(?:(?:(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]):)?(\d+(?:-\d+)?)?:)?(\d+(?:-\d+)?)(?:\/(tcp|udp|sctp))?$/i;

/** `ports`: Compose short syntax strings; YAML numbers (`- 80`) become their digits. */
export function portEntries(
  raw: readonly (string | number)[],
  sourceText: SourceText,
): Draft<string>[] {
  return raw.map((item, i) => {
    const path = ["ports", i];
    const value = typeof item === "number" ? numberText(item, path, sourceText) : item;
    return drafted(path, value, portProblem(`ports[${i}]`, value));
  });
}

function portProblem(key: string, port: string): string | undefined {
  const match = portPattern.exec(port);
  const ip = match?.[1];
  const ranges = [match?.[2], match?.[3]].filter((range) => range !== undefined);
  const valid =
    match !== null &&
    (ip === undefined || isIPAddress(ip.replace(/^\[|\]$/g, ""))) &&
    ranges.every(isPortRange);
  if (valid) return undefined;
  const form = `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as "8080:80" or "127.0.0.1:8443:443/tcp"`;
  return `"${key}" must be ${form}, got ${JSON.stringify(port)}`;
}

function isPortRange(range: string): boolean {
  const [first = 0, last = first] = range.split("-").map(Number);
  return first >= 1 && last <= 65535 && first <= last;
}
