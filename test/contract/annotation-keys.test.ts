import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CONTAINER_ID_ANNOTATION,
  STOP_SIGNAL_ANNOTATION,
  STOP_TIMEOUT_ANNOTATION,
} from "../../src/contract/index.ts";
import { readRunBundle } from "../../src/run/index.ts";
import { buildHooks } from "../../src/spec/hooks.ts";
import { buildAnnotations } from "../../src/spec/annotations.ts";
import type { ImageInfo } from "../../src/spec/container-state.ts";
import { containerState } from "../helpers/container-state.ts";

const image: ImageInfo = {
  Id: "sha256:1",
  RepoTags: [],
  RepoDigests: [],
  Os: "linux",
  Architecture: "amd64",
  Config: { User: "", Env: null, Cmd: null, Entrypoint: null, WorkingDir: "", Labels: null },
};

/** A bundle directory whose config.json holds what the build wrote, as rbc run reads it. */
async function bundleWith(config: object): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "rbc-contract-")), "web");
  await mkdir(dir);
  await writeFile(join(dir, "config.json"), JSON.stringify(config));
  return dir;
}

describe("the runtime contract, written by the build and read by rbc run", () => {
  it("carries the container id, the stop signal, the grace period and the network hook through config.json", async () => {
    const state = containerState({
      config: { StopSignal: "SIGQUIT", StopTimeout: 7 },
      hostConfig: {
        NetworkMode: "default",
        PortBindings: { "80/tcp": [{ HostIp: "127.0.0.1", HostPort: "8080" }] },
      },
    });
    const id = "rbc-web-0123abcd";
    const annotations = buildAnnotations(image, state, {}, id);
    expect(annotations[CONTAINER_ID_ANNOTATION]).toBe(id);
    expect(annotations[STOP_SIGNAL_ANNOTATION]).toBe("SIGQUIT");
    expect(annotations[STOP_TIMEOUT_ANNOTATION]).toBe("7");

    const dir = await bundleWith({ annotations, hooks: buildHooks(state, id) });
    const run = await readRunBundle(dir);
    expect(run?.id).toBe(id);
    expect(run?.stopSignal).toBe("QUIT");
    expect(run?.stopTimeout).toBe(7);
    expect(run?.networkHook).toEqual({
      name: id,
      network: "bridge",
      publish: ["127.0.0.1:8080:80/tcp"],
    });
  });

  it("runs a bundle an older rbc built (no container id annotation) as rbc-<name>, as that rbc did", async () => {
    const dir = await bundleWith({ hooks: buildHooks(containerState(), "web") });
    expect((await readRunBundle(dir))?.id).toBe("rbc-web");
  });
});
