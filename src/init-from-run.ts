import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { error } from "./diagnostics.ts";
import { DockerCliError } from "./errors/index.ts";
import { readDockerRun } from "./init/index.ts";
import {
  dirProblem,
  initFromContainer,
  type InitOptions,
  type InitOutcome,
} from "./init-bundle.ts";
import type { Engine } from "./resolve/index.ts";

/**
 * `rbc init --from-run [DIR] -- docker run ARGS…`: the Docker CLI itself creates (never starts)
 * a container from the flags rbc carries over, reading their files (`--env-file`, seccomp
 * profiles) and checking their values as `docker run` would; the overlay is then the one
 * `--from-container` writes for it, and the container is removed. `words` are what follows
 * `docker run`.
 */
export async function initFromRun(
  words: readonly string[],
  dir: string | undefined,
  engine: Engine,
  options: InitOptions,
): Promise<InitOutcome> {
  const read = readDockerRun(words);
  if (read.value === undefined)
    return { dir: dir ?? "", written: [], diagnostics: read.diagnostics };
  const target =
    dir ?? (read.value.name === undefined ? undefined : join("bundles", read.value.name));
  if (target === undefined) {
    const message = "give the bundle directory (rbc init --from-run DIR -- docker run …) or --name";
    return { dir: "", written: [], diagnostics: [...read.diagnostics, error("INI802", message)] };
  }
  const badDir = await dirProblem(target);
  if (badDir !== undefined) return { dir: target, written: [], diagnostics: [badDir] };
  // As build does: a missing image is the environment's problem (ImageNotFoundError), not the
  // command line's; rbc never pulls.
  await engine.inspectImage(read.value.image);
  const volumesBefore = await volumeNames(engine);
  const name = `rbc-init-${randomBytes(6).toString("hex")}`;
  const created = await dockerCreate(engine, [
    "--pull",
    "never",
    "--name",
    name,
    ...read.value.createArgs,
  ]);
  if ("problem" in created) {
    return {
      dir: target,
      written: [],
      diagnostics: [...read.diagnostics, error("INI802", created.problem)],
    };
  }
  try {
    const header = [
      "Started by rbc init from a docker run command line: the keys its flags set,",
      "each with the Docker field it reproduces.",
    ];
    const outcome = await initFromContainer(created.id, target, engine, { ...options, header });
    return { ...outcome, diagnostics: [...read.value.warnings, ...outcome.diagnostics] };
  } finally {
    await removeCreated(engine, created.id, volumesBefore);
  }
}

/** The names of the engine's volumes. */
async function volumeNames(engine: Engine): Promise<ReadonlySet<string>> {
  const answer = await docker(engine, ["volume", "ls", "--quiet"]);
  return new Set(answer.stdout.split("\n").filter((line) => line !== ""));
}

/**
 * Removes the container init created, with the volumes its creation made: `--volumes` removes
 * the anonymous ones, and a named volume `docker create -v NAME:/path` created (one not there
 * before) is removed by name; a volume that existed before is the user's and stays.
 */
async function removeCreated(
  engine: Engine,
  id: string,
  volumesBefore: ReadonlySet<string>,
): Promise<void> {
  const format = '{{range .Mounts}}{{if eq .Type "volume"}}{{println .Name}}{{end}}{{end}}';
  const mounted = await docker(engine, ["inspect", "--format", format, id]);
  await docker(engine, ["rm", "--force", "--volumes", id]);
  const made = mounted.stdout
    .split("\n")
    .filter((volume) => volume !== "" && !volumesBefore.has(volume));
  if (made.length > 0) await docker(engine, ["volume", "rm", "--force", ...made]);
}

/** The Docker CLI's answer: its output, or its error output and exit status. */
interface DockerAnswer {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function dockerCreate(
  engine: Engine,
  args: readonly string[],
): Promise<{ id: string } | { problem: string }> {
  const answer = await docker(engine, ["create", ...args]);
  if (answer.code === 0) return { id: answer.stdout.trim().split("\n").pop() ?? "" };
  const message =
    answer.stderr
      .trim()
      .replace(/^docker: /, "")
      .split("\n")[0] ?? "";
  return { problem: `docker create refused the command line: ${message}` };
}

/** Runs the Docker CLI against rbc's engine (DOCKER_HOST: its endpoint). */
function docker(engine: Engine, args: readonly string[]): Promise<DockerAnswer> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DOCKER_HOST: engine.endpoint };
    execFile("docker", [...args], { env, maxBuffer: 1024 * 1024 }, (failure, stdout, stderr) => {
      if (failure !== null && typeof failure.code !== "number") {
        reject(new DockerCliError(failure));
        return;
      }
      resolve({ code: typeof failure?.code === "number" ? failure.code : 0, stdout, stderr });
    });
  });
}
