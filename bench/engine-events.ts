import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";

/** How long events may trail the step that caused them before the count is closed. */
const LATE_EVENTS_MS = 500;

/** What the engine did with the benchmark's images during one step. */
export interface EngineWork {
  /** `docker save` of one of the images (`GET /images/{name}/get`): an image read in full. */
  readonly saves: number;
  /** Containers created from one of the images (rbc's probes, which read /etc/passwd). */
  readonly creates: number;
  /** `docker export` of such a container: the other way to read an image in full. */
  readonly exports: number;
}

/** A running count of the engine's events; `stop` ends it and returns the count. */
export interface EngineWatch {
  readonly stop: () => Promise<EngineWork>;
}

/**
 * Starts counting the engine's own events that concern one of `ids` (image ids and references):
 * the engine logs a `save` event per image saved and a `create` and an `export` event per
 * container. The count is taken from a live `docker events` stream, started with `--since` now
 * so that nothing is lost while it connects: asked for afterwards (`--since … --until …`), the
 * engine answers only from the last 256 events it keeps (moby daemon/events, eventsLimit), which
 * other processes using the engine meanwhile (other tests on this host) overrun within a minute.
 * Their events name other images, and are not counted.
 */
export function watchEngine(ids: ReadonlySet<string>): EngineWatch {
  const since = (Date.now() / 1000).toFixed(3);
  const child = spawn(
    DOCKER,
    [
      "events",
      `--since=${since}`,
      "--filter=type=image",
      "--filter=type=container",
      "--filter=event=save",
      "--filter=event=create",
      "--filter=event=export",
      "--format={{json .}}",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  const exited = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", () => {
      resolve();
    });
  });
  return {
    stop: async () => {
      await sleep(LATE_EVENTS_MS);
      child.kill();
      await exited;
      return countEvents(Buffer.concat(chunks).toString("utf8"), ids);
    },
  };
}

function countEvents(stream: string, ids: ReadonlySet<string>): EngineWork {
  const work = { saves: 0, creates: 0, exports: 0 };
  const containers = new Set<string>();
  // Only whole lines: the stream was cut where it stood.
  for (const line of stream.split("\n").slice(0, -1)) {
    const event = JSON.parse(line) as DockerEvent;
    const id = event.Actor?.ID ?? "";
    const image = event.Actor?.Attributes?.image ?? "";
    if (event.Type === "image" && event.Action === "save" && ids.has(id)) work.saves += 1;
    if (event.Type === "container" && event.Action === "create" && ids.has(image)) {
      work.creates += 1;
      containers.add(id);
    }
    if (event.Type === "container" && event.Action === "export" && containers.has(id)) {
      work.exports += 1;
    }
  }
  return work;
}

interface DockerEvent {
  readonly Type?: string;
  readonly Action?: string;
  readonly Actor?: { readonly ID?: string; readonly Attributes?: Record<string, string> };
}
