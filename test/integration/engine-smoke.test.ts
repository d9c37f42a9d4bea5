import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { BUSYBOX_BINARY, IMAGE_NAMES } from "../../scripts/images/images.ts";
import { captureDockerSpec } from "../support/capture.ts";
import { loadImageArchive, removeImage, runDocker, runDockerChecked } from "../support/docker.ts";
import { createImageArchive, sortEntries } from "../support/tar.ts";

describe("engine smoke", () => {
  it("has the test images loaded with their built IDs", async () => {
    const ids = inject("rbcImageIds");
    for (const name of Object.values(IMAGE_NAMES)) {
      const id = await runDockerChecked(["image", "inspect", "--format", "{{.Id}}", name]);
      expect(id.trim()).toBe(ids[name]);
    }
  });

  it("runs echo in rbc.local/busybox:1", async () => {
    const result = await runDocker(["run", "--rm", IMAGE_NAMES.busybox, "echo", "hi"]);
    expect(result).toMatchObject({ exitCode: 0, stdout: "hi\n" });
  });

  it("captures the config.json the engine hands runc", async () => {
    const spec = await captureDockerSpec([IMAGE_NAMES.busybox, "echo", "hi"]);
    expect(spec).toMatchObject({ ociVersion: "1.0.2-dev", process: { args: ["echo", "hi"] } });
  });

  it("captures the spec of a container runc rejects", async () => {
    // runc looks the command up at create, after the wrapper has copied the spec.
    const spec = await captureDockerSpec([IMAGE_NAMES.busybox, "/no/such/command"]);
    expect(spec).toMatchObject({ process: { args: ["/no/such/command"] } });
  });

  it("loads a PAX-heavy image written by the tar writer", async () => {
    const deep = `${"d".repeat(60)}/${"e".repeat(60)}/${"f".repeat(60)}`;
    const archive = createImageArchive({
      repoTags: ["rbc.local/smoke-pax:1"],
      config: { Cmd: ["/bin/sh", "-c", `cat /${deep}/file.txt`] },
      layers: [
        {
          createdBy: "engine-smoke",
          entries: sortEntries([
            { type: "dir", path: "bin" },
            {
              type: "file",
              path: "bin/busybox",
              data: await readFile(BUSYBOX_BINARY),
              mode: 0o755,
            },
            // The engine applies a hard link's header mode to the shared inode.
            { type: "hardlink", path: "bin/sh", target: "bin/busybox", mode: 0o755 },
            { type: "dir", path: "d".repeat(60) },
            { type: "dir", path: `${"d".repeat(60)}/${"e".repeat(60)}` },
            { type: "dir", path: deep, uid: 70000, gid: 70001 },
            { type: "file", path: `${deep}/file.txt`, data: "deep\n" },
          ]),
        },
      ],
    });
    try {
      expect(await loadImageArchive(archive)).toBe(archive.id);
      const run = await runDocker(["run", "--rm", "rbc.local/smoke-pax:1"]);
      expect(run).toMatchObject({ exitCode: 0, stdout: "deep\n" });
      const owner = await runDocker([
        "run",
        "--rm",
        "rbc.local/smoke-pax:1",
        "/bin/busybox",
        "stat",
        "-c",
        "%u:%g",
        `/${deep}`,
      ]);
      expect(owner.stdout).toBe("70000:70001\n");
    } finally {
      await removeImage("rbc.local/smoke-pax:1");
    }
  });
});
