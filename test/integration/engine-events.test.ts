import { afterAll, describe, expect, inject, it } from "vitest";
import { connectDocker } from "../../src/resolve/docker.ts";
import type { EngineEvent } from "../../src/resolve/engine.ts";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import {
  createContainer,
  removeContainer,
  removeImage,
  runDockerChecked,
} from "../support/docker.ts";
import { DockerUnavailableError } from "../../src/errors/index.ts";

const tag = `rbc.local/events-${String(process.pid)}:1`;

afterAll(async () => {
  await removeImage(tag);
  await removeImage(`${tag}-after`);
});

async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe("connectDocker().events", () => {
  it("streams the filtered events with their tag and image id, and nothing after close", async () => {
    const busyboxId = inject("rbcImageIds")[IMAGE_NAMES.busybox];
    const seen: EngineEvent[] = [];
    const ended: Error[] = [];
    const subscription = await connectDocker().events(
      { types: ["image"], actions: ["tag", "untag"] },
      { event: (e) => seen.push(e), end: (e) => ended.push(e) },
    );
    await runDockerChecked(["tag", IMAGE_NAMES.busybox, tag]);
    await waitFor("the tag event", () => seen.some((e) => e.attributes.name === tag));
    expect(seen).toContainEqual({
      type: "image",
      action: "tag",
      id: busyboxId,
      attributes: { name: tag },
    });
    // Events the filter leaves out: a container's create and destroy.
    await removeContainer(await createContainer([tag, "true"]));
    await runDockerChecked(["tag", IMAGE_NAMES.busybox, `${tag}-after`]);
    await waitFor("the second tag", () => seen.some((e) => e.attributes.name === `${tag}-after`));
    expect(seen.map((e) => e.type)).toEqual(["image", "image"]);

    subscription.close();
    await removeImage(tag);
    await new Promise((done) => setTimeout(done, 500));
    expect(seen.filter((e) => e.action === "untag")).toEqual([]);
    expect(ended).toEqual([]);
  });

  it("fails as DockerUnavailableError when the engine cannot be reached", async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = "unix:///nonexistent/docker.sock";
    try {
      const engine = connectDocker();
      const listener = { event: () => undefined, end: () => undefined };
      await expect(
        engine.events({ types: ["image"], actions: ["tag"] }, listener),
      ).rejects.toBeInstanceOf(DockerUnavailableError);
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
});
