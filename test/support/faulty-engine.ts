import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { rm } from "node:fs/promises";

/** What the proxy does with a request a fault matches. */
export type Fault =
  | { readonly kind: "answer"; readonly status: number; readonly message: string }
  | { readonly kind: "cut-after"; readonly bytes: number };

/** A request path (URL-decoded) a fault applies to, and the fault. */
export interface FaultRule {
  readonly path: RegExp;
  readonly fault: Fault;
}

/**
 * An Engine API endpoint on a Unix socket that forwards every request to the real engine, except
 * those a rule matches: it answers them with an error status and the engine's JSON error shape
 * (`{"message": ...}`), or forwards them and cuts the connection after some bytes of the
 * response, as an engine that fails or dies mid-stream would. It records every path it was asked.
 */
export async function faultyEngine(
  socketPath: string,
  rules: readonly FaultRule[],
  upstream = "/var/run/docker.sock",
): Promise<{ requested: string[]; close: () => Promise<void> }> {
  const requested: string[] = [];
  await rm(socketPath, { force: true });
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? "");
    requested.push(path);
    const fault = rules.find((rule) => rule.path.test(path))?.fault;
    if (fault?.kind === "answer") {
      res.writeHead(fault.status, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ message: fault.message }));
      return;
    }
    const forwarded = request(
      { socketPath: upstream, path: req.url, method: req.method, headers: req.headers },
      (answer: IncomingMessage) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (fault?.kind !== "cut-after") {
          answer.pipe(res);
          return;
        }
        let sent = 0;
        answer.on("data", (chunk: Buffer) => {
          const room = fault.bytes - sent;
          res.write(chunk.subarray(0, Math.max(0, room)));
          sent += chunk.length;
          if (sent >= fault.bytes) {
            answer.destroy();
            res.socket?.destroy();
          }
        });
        answer.on("end", () => res.end());
      },
    );
    forwarded.on("error", () => res.socket?.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((done) => server.listen(socketPath, done));
  return {
    requested,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
