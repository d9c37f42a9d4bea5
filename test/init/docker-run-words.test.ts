import { describe, expect, it } from "vitest";
import { readDockerRun } from "../../src/init/index.ts";

describe("readDockerRun", () => {
  it("passes the carried flags, the image and its command to docker create", () => {
    const read = readDockerRun([
      "-m",
      "64m",
      "--cap-add=NET_ADMIN",
      "-e",
      "A=1",
      "busybox",
      "sh",
      "-c",
      "x",
    ]);
    expect(read.diagnostics).toEqual([]);
    expect(read.value?.createArgs).toEqual([
      "-m=64m",
      "--cap-add=NET_ADMIN",
      "-e=A=1",
      "busybox",
      "sh",
      "-c",
      "x",
    ]);
  });

  it("splits short booleans that share a dash and reads a value glued to a short flag", () => {
    const read = readDockerRun(["-it", "-p8080:80", "--rm", "busybox"]);
    expect(read.value?.createArgs).toEqual(["-t", "-p=8080:80", "busybox"]);
    expect(read.diagnostics.map((d) => [d.code, d.severity, d.message.split(" ")[0]])).toEqual([
      ["INI803", "warning", "-i"],
      ["INI803", "warning", "--rm"],
    ]);
  });

  it("keeps --name for the bundle directory and leaves it out of the create", () => {
    const read = readDockerRun(["--name", "web", "busybox"]);
    expect(read.value).toMatchObject({ createArgs: ["busybox"], name: "web" });
  });

  it("refuses a flag rbc cannot reproduce, naming it", () => {
    const read = readDockerRun(["--gpus", "all", "--link=db:db", "busybox"]);
    expect(read.value).toBeUndefined();
    expect(read.diagnostics.map((d) => [d.code, d.message.split(":")[0]])).toEqual([
      ["INI802", "--gpus"],
      ["INI802", "--link"],
    ]);
  });

  it("says a word is no docker run flag, with the flag it most likely meant", () => {
    const read = readDockerRun(["--memroy", "10m", "--frobnicate=1", "-Z1", "busybox"]);
    expect(read.value).toBeUndefined();
    expect(read.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["INI804", "--memroy is not a docker run flag (did you mean --memory?)"],
      ["INI804", "--frobnicate is not a docker run flag"],
      ["INI804", "-Z is not a docker run flag"],
    ]);
  });

  it("names the image", () => {
    expect(readDockerRun(["-t", "--cpus=1", "busybox", "sh"]).value?.image).toBe("busybox");
  });

  it("takes the words after the image as its command, flags included", () => {
    const read = readDockerRun(["-t", "busybox", "ls", "-l", "--all"]);
    expect(read.value?.createArgs).toEqual(["-t", "busybox", "ls", "-l", "--all"]);
  });

  it("wants an image", () => {
    const read = readDockerRun(["-t"]);
    expect(read.diagnostics.map((d) => d.message)).toEqual([
      "the docker run command line names no image",
    ]);
  });
});
