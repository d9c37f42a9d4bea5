import type { Runc } from "./runc.ts";

const pollMs = 100;

/** Poll `runc state` until the container has stopped or is gone; false if `ms` pass first. */
export async function waitStopped(runc: Runc, id: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    const state = await runc.state(id);
    if (state === undefined || state.status === "stopped") return true;
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, pollMs));
  }
}
