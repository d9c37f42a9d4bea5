import { runTimed } from "./run-timed.ts";

/**
 * The floor of an online check of a repository: one Node process starts, then asks the engine for
 * each bundle's image (`GET /images/{name}/json`, one call per bundle, the same references in the
 * same order) over its unix socket with plain http and a keep-alive agent (no dockerode), `width`
 * calls at a time, and parses each answer. What an unchanged check cannot avoid: proving each
 * bundle's image is the one its lock names.
 */
const FLOOR_SCRIPT = `
const http = require("node:http");
const [socketPath, width, ...refs] = process.argv.slice(1);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(width) });
const inspect = (ref) => new Promise((resolve, reject) => {
  const path = "/images/" + encodeURIComponent(ref) + "/json";
  http.get({ socketPath, path, agent }, (res) => {
    const chunks = [];
    res.on("data", (chunk) => chunks.push(chunk));
    res.on("end", () => {
      const id = JSON.parse(Buffer.concat(chunks).toString("utf8")).Id;
      if (res.statusCode === 200 && typeof id === "string") resolve(id);
      else reject(new Error(ref + ": " + res.statusCode));
    });
  }).on("error", reject);
});
let next = 0;
const worker = async () => { while (next < refs.length) await inspect(refs[next++]); };
Promise.all(Array.from({ length: Number(width) }, worker)).then(
  () => agent.destroy(),
  (error) => { console.error(error.message); process.exit(3); },
);`;

/** The engine's socket, as rbc finds it when DOCKER_HOST names a unix socket or nothing. */
export function engineSocket(): string {
  const host = process.env.DOCKER_HOST;
  if (host === undefined || host === "") return "/var/run/docker.sock";
  if (!host.startsWith("unix://")) throw new Error(`DOCKER_HOST=${host}: a unix socket is needed`);
  return host.slice("unix://".length);
}

/** Seconds of the floor process, spawn to exit: `refs.length` inspects, `width` at a time. */
export async function inspectFloor(refs: readonly string[], width: number): Promise<number> {
  const args = ["-e", FLOOR_SCRIPT, engineSocket(), String(width), ...refs];
  return (await runTimed(process.execPath, args)).seconds;
}
