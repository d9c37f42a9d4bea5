import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson, stringifyJson } from "../../src/json/index.ts";

/**
 * The Docker 26.1.5 client sends `--device-read-bps`, `--device-write-bps`, `--device-read-iops`
 * and `--device-write-iops` as empty lists (docker/cli#5321, fixed in later clients), so the
 * engine never sees them. To compare the engine's own behaviour, the client talks to the engine
 * through this proxy, which puts the rates the flags give into the create request the client
 * sends, as the Engine API documents them (HostConfig.BlkioDevice{Read,Write}{Bps,IOps}:
 * `[{Path, Rate}]`), when the client left them empty. Everything else passes through unchanged.
 */
export interface ThrottleProxy {
  /** DOCKER_HOST for a client, a socket under /tmp (which the chroot engines' clients see). */
  readonly host: string;
  /** Whether a create request was amended. */
  readonly amended: () => boolean;
  close(): Promise<void>;
}

/** The flags the 26.1.5 client drops, and the create request field each one sets. */
const throttleFlags: Readonly<Record<string, { field: string; rate: (text: string) => number }>> = {
  "--device-read-bps": { field: "BlkioDeviceReadBps", rate: ramInBytes },
  "--device-write-bps": { field: "BlkioDeviceWriteBps", rate: ramInBytes },
  "--device-read-iops": { field: "BlkioDeviceReadIOps", rate: unsigned },
  "--device-write-iops": { field: "BlkioDeviceWriteIOps", rate: unsigned },
};

/** Whether `docker run` flags hold a throttle the 26.1.5 client drops. */
export function hasThrottleFlags(flags: readonly string[]): boolean {
  return flags.some((flag) => Object.hasOwn(throttleFlags, flag.split("=")[0] ?? ""));
}

/** Starts a proxy to the engine socket `engineSocket` that adds the throttles `flags` give. */
export async function startThrottleProxy(
  engineSocket: string,
  flags: readonly string[],
): Promise<ThrottleProxy> {
  const throttles = throttlesOf(flags);
  const dir = await mkdtemp(join(tmpdir(), "rbc-diff-proxy-"));
  const socket = join(dir, "docker.sock");
  let amended = false;
  const server = createServer((req, res) => {
    const create =
      req.method === "POST" && /^\/v[\d.]+\/containers\/create(\?|$)/.test(req.url ?? "");
    if (!create) {
      forward(engineSocket, req, res, undefined);
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = parseJson(Buffer.concat(chunks).toString("utf8")) as {
        HostConfig?: Record<string, unknown>;
      };
      const hostConfig = (body.HostConfig ??= {});
      for (const [field, devices] of throttles) {
        const sent = hostConfig[field];
        if (Array.isArray(sent) && sent.length > 0) continue;
        hostConfig[field] = devices;
        amended = true;
      }
      forward(engineSocket, req, res, Buffer.from(stringifyJson(body)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socket, resolve);
  });
  return {
    host: `unix://${socket}`,
    amended: () => amended,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The throttles the flags give, by create request field: `PATH:RATE` as the client parses it. */
function throttlesOf(flags: readonly string[]): Map<string, { Path: string; Rate: number }[]> {
  const throttles = new Map<string, { Path: string; Rate: number }[]>();
  flags.forEach((flag, i) => {
    const [name = "", inline] = flag.split(/=(.*)/s);
    const spec = throttleFlags[name];
    const value = inline ?? flags[i + 1];
    if (spec === undefined || value === undefined) return;
    const colon = value.lastIndexOf(":");
    const device = { Path: value.slice(0, colon), Rate: spec.rate(value.slice(colon + 1)) };
    throttles.set(spec.field, [...(throttles.get(spec.field) ?? []), device]);
  });
  return throttles;
}

/** go-units RAMInBytes: a size with an optional binary unit (`1mb`, `512k`, `524288`). */
function ramInBytes(text: string): number {
  const match = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(text);
  if (match === null) throw new Error(`invalid size: ${text}`);
  const power = " kmgtp".indexOf((match[2] ?? " ").toLowerCase());
  return Math.floor(Number(match[1]) * 1024 ** power);
}

/** strconv.ParseUint, as the client parses IOPS rates. */
function unsigned(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`invalid rate: ${text}`);
  return Number(text);
}

function forward(
  engineSocket: string,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | undefined,
): void {
  const headers = { ...req.headers };
  if (body !== undefined) {
    delete headers["transfer-encoding"];
    headers["content-length"] = String(body.length);
  }
  const upstream = request(
    { socketPath: engineSocket, method: req.method, path: req.url, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      // `docker run` starts the container only once its `wait` request is answered, and the
      // engine answers it with headers alone until the container exits: pass them on at once.
      res.flushHeaders();
      answer.pipe(res);
    },
  );
  upstream.on("error", (error) => {
    res.writeHead(502);
    res.end(String(error));
  });
  if (body === undefined) req.pipe(upstream);
  else upstream.end(body);
}
