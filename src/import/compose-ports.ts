import { scalarText } from "./scalar-text.ts";
import type { ComposePath, ImportNote } from "./types.ts";

/**
 * Compose's `ports`, short syntax kept, long syntax (`{target, published, host_ip, protocol}`)
 * written in the short syntax rbc reads, `[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]`, which Compose
 * reads into the same port binding. `mode`, `name` and `app_protocol` have nothing in a port
 * binding Docker creates for a single container, so they become notes.
 */
export function composePorts(
  value: unknown,
  note: (path: ComposePath, message: string) => ImportNote,
): { readonly ports: unknown; readonly notes: readonly ImportNote[] } {
  if (!Array.isArray(value)) return { ports: value, notes: [] };
  const notes: ImportNote[] = [];
  const ports = value.map((item: unknown, index) => {
    if (typeof item !== "object" || item === null) return item;
    const port = item as Record<string, unknown>;
    for (const key of ["name", "app_protocol"].filter((k) => port[k] !== undefined)) {
      notes.push(note([index, key], `"${key}" only names the port: not carried over`));
    }
    if (port["mode"] !== undefined && port["mode"] !== "ingress") {
      notes.push(
        note([index, "mode"], `"mode: ${scalarText(port["mode"])}" is Swarm's: not carried over`),
      );
    }
    return shortPort(port);
  });
  return { ports, notes };
}

function shortPort(port: Readonly<Record<string, unknown>>): unknown {
  const target = port["target"];
  if (target === undefined) return port;
  const published = port["published"];
  const hostIp = port["host_ip"];
  const protocol = port["protocol"];
  let text = scalarText(target);
  if (published !== undefined && published !== "") text = `${scalarText(published)}:${text}`;
  if (typeof hostIp === "string" && hostIp !== "") {
    const ip = hostIp.includes(":") && !hostIp.startsWith("[") ? `[${hostIp}]` : hostIp;
    text = `${ip}:${published === undefined || published === "" ? ":" : ""}${text}`;
  }
  return typeof protocol === "string" && protocol !== "tcp" ? `${text}/${protocol}` : text;
}
